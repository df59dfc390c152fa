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
import { leafletStyles } from './map/leaflet.styles.ts';
import { mapStyles } from './map/map.styles.ts';
import { measureToolStyles } from './map/measure-tool.styles.ts';

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
  }
  .map:focus-visible {
    outline: 3px solid #2b6cb0;
    outline-offset: -3px;
  }
  :host(:fullscreen) {
    width: 100vw;
    height: 100vh;
    background: #fff;
  }
  :host([pseudo-fullscreen]) {
    position: fixed !important;
    inset: 0 !important;
    width: 100vw !important;
    height: 100vh !important;
    z-index: 2147483000;
    background: #fff;
  }
  /* Timeline under the map (natural height, fixed so the map never jumps); overlays keep clear of it */
  frontier-timeline {
    flex: 0 0 auto;
  }
  .frame.has-timeline .panel {
    bottom: calc(34px + var(--frontier-timeline-height, 88px));
    max-height: calc(100% - 90px - var(--frontier-timeline-height, 88px));
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
    color: #555;
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
  measureToolStyles,
  bandTableStyles,
  legendStyles,
  panelStyles,
  noticesStyles,
];
