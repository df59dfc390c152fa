/**
 * Leaflet's CSS, adopted into each map's shadow root: host pages neither break it nor receive it.
 */
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { unsafeCSS } from 'lit';

export const leafletStyles = unsafeCSS(leafletCss);
