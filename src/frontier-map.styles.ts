/**
 * Styles of the `<frontier-map>` frame: the host, the layout of heading, map and timeline, full
 * screen, static mode and print. Each part (legend, panel, notices, band table, map layers, measure
 * tool) keeps its styles beside its template; `frontierMapStyles` lists them all in cascade order.
 */
import { css } from 'lit';
import { bandTableStyles } from './components/band-table/band-table.styles.ts';
import { legendStyles } from './components/legend/legend.styles.ts';
import { noticesStyles } from './components/notices/notices.styles.ts';
import { panelStyles } from './components/panel/panel.styles.ts';
import { themeStyles } from './frontier-map.theme.ts';
import { leafletStyles } from './map/leaflet.styles.ts';
import { mapStyles } from './map/map.styles.ts';
import { measureToolStyles } from './map/measure-tool.styles.ts';
import { placeLabelStyles } from './map/place-label.styles.ts';
import { referenceBadgeStyles } from './map/reference-badges.styles.ts';

const frameStyles = css`
  :host {
    display: block;
    position: relative;
    height: 480px;
    min-height: 200px;
    box-sizing: border-box;
    font-family: var(--frontier-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--frontier-text, #1d2330);
    --frontier-sea: #d9e6ee;
    --frontier-land: #efece4;
    --frontier-land-focus: #faf7f0;
    --frontier-border: #b3ab9b;
    --frontier-line-color: #1d2330;
    --frontier-panel-bg: rgba(255, 255, 255, 0.97);
    contain: layout;
  }
  /* With fingers the timeline's buttons are 44 px tall: the timeline and what is placed above it grow. */
  @media (pointer: coarse) {
    :host {
      --frontier-timeline-height: 110px;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    position: relative;
    width: 100%;
    height: 100%;
    display: flex;
    flex-direction: column;
  }
  .map {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    width: 100%;
    background: var(--frontier-sea);
    font: inherit;
    /* Lets what is drawn on the map size itself to the map (cqw), not the page: the border's caption. */
    container-type: inline-size;
  }
  .map:focus-visible {
    outline: 3px solid var(--frontier-accent, #2b6cb0);
    outline-offset: -3px;
  }
  /* Cooperative gestures (map/cooperative-gestures.ts): one finger scrolls the page, two move the
     map; in full screen the map is all there is and takes every finger. */
  .map.leaflet-container.frontier-cooperative {
    touch-action: pan-x pan-y;
  }
  :host(:fullscreen) .map.leaflet-container.frontier-cooperative,
  :host([pseudo-fullscreen]) .map.leaflet-container.frontier-cooperative {
    touch-action: none;
  }
  /* Every marker has at least a 24 × 24 px hit area (WCAG 2.2 target size); the symbol stays 22 px. */
  .map .frontier-marker {
    width: 24px !important;
    height: 24px !important;
    margin-left: -12px !important;
    margin-top: -12px !important;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  /* The credits are English (publishers, licences): in a right-to-left map they keep their order. */
  .leaflet-control-attribution {
    direction: ltr;
    unicode-bidi: isolate;
  }
  /* Fingers: the map's buttons at least 44 × 44 px. */
  @media (pointer: coarse) {
    .map .frontier-control-button {
      width: 44px;
      height: 44px;
      line-height: 44px;
    }
  }
  :host(:fullscreen) {
    width: 100vw;
    height: 100vh;
    background: var(--frontier-sea);
  }
  :host([pseudo-fullscreen]) {
    position: fixed !important;
    inset: 0 !important;
    width: 100vw !important;
    height: 100vh !important;
    z-index: 2147483000;
    background: var(--frontier-sea);
  }
  /* Timeline under the map (natural height, fixed so the map never jumps); overlays keep clear of it */
  frontier-timeline {
    flex: 0 0 auto;
  }
  /* Wide: the details take a column at the inline end, beside the map (which gives up that width), so
     they cover neither the data nor the map's buttons; the legend moves out of their way. */
  .frame.is-wide.has-panel .map {
    width: calc(100% - var(--frontier-panel-width, 340px));
    margin-inline-end: var(--frontier-panel-width, 340px);
  }
  .frame.is-wide.has-panel .legend {
    inset-inline-end: calc(10px + var(--frontier-panel-width, 340px));
  }
  .frame.has-timeline .panel.is-side {
    bottom: var(--frontier-timeline-height, 88px);
  }
  .frame.has-timeline .legend {
    max-height: calc(100% - 40px - var(--frontier-timeline-height, 88px));
  }
  .frame.has-timeline .loading-status {
    bottom: calc(28px + var(--frontier-timeline-height, 88px));
  }

  .heading {
    display: none;
    margin: 0 0 6px;
  }
  .heading h1 {
    margin: 0;
    font-size: 18px;
  }
  .heading p {
    margin: 2px 0 0;
    font-size: 12px;
    color: var(--frontier-muted, #555);
  }
  :host([static]) .heading {
    display: block;
  }
  :host([static]) .leaflet-control-zoom,
  :host([static]) .frontier-story-control {
    display: none;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .heading {
      display: block;
    }
    .leaflet-control-zoom,
    .frontier-story-control,
    .notices,
    .loading-status,
    .legend input,
    .panel-close {
      display: none !important;
    }
  }
`;

export const frontierMapStyles = [
  leafletStyles,
  frameStyles,
  mapStyles,
  placeLabelStyles,
  measureToolStyles,
  referenceBadgeStyles,
  bandTableStyles,
  legendStyles,
  panelStyles,
  noticesStyles,
  themeStyles,
];
