/**
 * Leaflet's CSS, adopted into each map's shadow root: host pages neither break it nor receive it.
 * Only the rules of the parts the map uses (scripts/leaflet-css.mjs writes the file from Leaflet's).
 */
import { unsafeCSS } from 'lit';
import leafletCss from './leaflet-core.css?inline';

export const leafletStyles = unsafeCSS(leafletCss);
