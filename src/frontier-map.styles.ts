/**
 * Styles of `<frontier-map>`: Leaflet's CSS adopted into the shadow root (so host pages neither
 * break it nor receive it) plus ours. Themable with `--frontier-*` custom properties.
 */

import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { css, unsafeCSS } from 'lit';

export const leafletStyles = unsafeCSS(leafletCss);

export const frontierMapStyles = css`
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
  /* Leaflet details re-asserted against host pages' global rules that pierce nothing but inherit. */
  .leaflet-container {
    font: inherit;
    font-size: 12px;
    background: var(--frontier-sea);
  }
  .leaflet-container img,
  .leaflet-container svg {
    max-width: none !important;
    max-height: none !important;
  }
  .frontier-country {
    fill: var(--frontier-land);
    stroke: var(--frontier-border);
  }
  .frontier-country.is-focus {
    fill: var(--frontier-land-focus);
  }
  .frontier-country-label,
  .frontier-city-label {
    background: none;
    border: none;
    white-space: nowrap;
    pointer-events: none;
  }
  .frontier-country-label span {
    display: block;
    transform: translate(-50%, -50%);
    font-size: 11px;
    letter-spacing: 0.12em;
    text-transform: uppercase;
    color: #8a8272;
    text-shadow: 0 0 3px #fff;
  }
  .frontier-country-label.is-focus span {
    font-size: 13px;
    font-weight: 600;
    color: #6b6352;
  }
  .frontier-city-label span {
    display: block;
    transform: translate(6px, -50%);
    font-size: 11px;
    color: #4a4f5c;
    text-shadow: 0 0 3px #fff, 0 0 3px #fff;
  }
  .frontier-city-label span::before {
    content: '';
    position: absolute;
    left: -9px;
    top: 50%;
    width: 5px;
    height: 5px;
    margin-top: -2.5px;
    border-radius: 50%;
    background: #4a4f5c;
  }
  .frontier-line {
    stroke: var(--frontier-line-color);
    fill: none;
  }
  .frontier-line-casing {
    stroke: #fff;
    stroke-opacity: 0.9;
    fill: none;
  }
  .frontier-line-label {
    width: auto !important;
    height: auto !important;
  }
  .frontier-line-label span {
    display: block;
    white-space: nowrap;
    transform: translate(8px, 4px);
    background: rgba(255, 255, 255, 0.9);
    border: 1px solid #9a9385;
    border-radius: 3px;
    box-shadow: none;
    color: #1d2330;
    font-size: 11px;
    padding: 2px 6px;
  }
  .frontier-marker {
    background: none;
    border: none;
    margin-left: -11px !important;
    margin-top: -11px !important;
    cursor: pointer;
    border-radius: 50%;
  }
  .frontier-marker svg {
    display: block;
    filter: drop-shadow(0 0 1px #fff) drop-shadow(0 1px 1px rgba(0, 0, 0, 0.35));
    transition: transform 120ms;
  }
  .frontier-marker path {
    stroke: #fff;
    stroke-width: 1.5;
  }
  .frontier-marker:focus-visible {
    outline: 3px solid #2b6cb0;
    outline-offset: 2px;
  }
  .frontier-marker.is-selected svg {
    transform: scale(1.45);
  }
  .frontier-marker.is-selected path {
    stroke: #111;
  }
  /* Clusters of large layers: the canvas draws each ring; this transparent button over it takes
     focus, clicks and the accessible name (see map/cluster-markers.ts). */
  .frontier-cluster-targets {
    position: absolute;
    left: 0;
    top: 0;
  }
  .frontier-cluster {
    position: absolute;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
  }
  .frontier-cluster:focus-visible {
    outline: 3px solid #2b6cb0;
    outline-offset: 2px;
  }
  .frontier-drawing-status {
    position: absolute;
    top: 10px;
    left: 50%;
    transform: translateX(-50%);
    z-index: 1001;
    padding: 3px 10px;
    border-radius: 12px;
    background: rgba(29, 35, 48, 0.82);
    color: #fff;
    font-size: 12px;
    pointer-events: none;
  }
  .frontier-uncertainty {
    fill-opacity: 0.08;
    stroke-opacity: 0.55;
    stroke-dasharray: 3 3;
  }
  .frontier-uncertainty.layer-strikes, .frontier-path.layer-strikes { fill: var(--frontier-color-strikes, #c62828); stroke: var(--frontier-color-strikes, #c62828); }
  .frontier-uncertainty.layer-attacks, .frontier-path.layer-attacks { fill: var(--frontier-color-attacks, #e65100); stroke: var(--frontier-color-attacks, #e65100); }
  .frontier-uncertainty.layer-militancy, .frontier-path.layer-militancy { fill: var(--frontier-color-militancy, #6a1b9a); stroke: var(--frontier-color-militancy, #6a1b9a); }
  .frontier-uncertainty.layer-posts, .frontier-path.layer-posts { fill: var(--frontier-color-posts, #1f3a93); stroke: var(--frontier-color-posts, #1f3a93); }
  .frontier-uncertainty.layer-crossings, .frontier-path.layer-crossings { fill: var(--frontier-color-crossings, #2e7d32); stroke: var(--frontier-color-crossings, #2e7d32); }
  .frontier-uncertainty.layer-venues, .frontier-path.layer-venues { fill: var(--frontier-color-venues, #00838f); stroke: var(--frontier-color-venues, #00838f); }
  .frontier-uncertainty.layer-statements, .frontier-path.layer-statements { fill: var(--frontier-color-statements, #546e7a); stroke: var(--frontier-color-statements, #546e7a); }
  .frontier-buffer {
    stroke: #c77b30;
    stroke-opacity: 0.6;
    fill: #f4a261;
  }
  .frontier-buffer.band-0 {
    fill-opacity: 0.42;
  }
  .frontier-buffer.band-1 {
    fill-opacity: 0.26;
  }
  .frontier-buffer.band-2,
  .frontier-buffer.band-3 {
    fill-opacity: 0.14;
  }
  .frontier-venue-arc {
    stroke: var(--frontier-color-venues, #00838f);
    fill: none;
  }
  .frontier-measure-line {
    stroke: #111;
    stroke-dasharray: 2 6;
    stroke-linecap: round;
    fill: none;
  }
  .frontier-measure-vertex {
    stroke: #111;
    fill: #fff;
    fill-opacity: 1;
  }
  .leaflet-container.is-measuring {
    cursor: crosshair;
  }
  .leaflet-container.is-measuring::after {
    /* The cross that Enter measures to, for keyboard users. */
    content: '+';
    position: absolute;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    font-size: 22px;
    color: #111;
    pointer-events: none;
    z-index: 800;
  }
  .frontier-measure-readout {
    padding: 5px 8px;
    background: #fff;
    font-size: 12px;
    max-width: 220px;
  }
  .frontier-gesture-hint {
    position: absolute;
    inset: 0;
    z-index: 1500;
    display: flex;
    align-items: center;
    justify-content: center;
    background: rgba(0, 0, 0, 0.45);
    color: #fff;
    font-size: 18px;
    opacity: 0;
    pointer-events: none;
    transition: opacity 200ms;
  }
  .frontier-gesture-hint.is-visible {
    opacity: 1;
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
  .band-table {
    margin: 2px 10px 6px;
    border-collapse: collapse;
    font-size: 12px;
  }
  .band-table caption {
    text-align: left;
    font-weight: 600;
    padding: 4px 0;
  }
  .band-table th,
  .band-table td {
    padding: 2px 6px;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .band-table th[scope='row'] {
    text-align: left;
    font-weight: 400;
  }
  .band-table .band-0 th {
    box-shadow: inset 4px 0 rgba(244, 162, 97, 0.9);
  }
  .band-table .band-1 th {
    box-shadow: inset 4px 0 rgba(244, 162, 97, 0.55);
  }
  .band-table .band-2 th {
    box-shadow: inset 4px 0 rgba(244, 162, 97, 0.3);
  }
  .band-kinds {
    margin: 0 10px 8px;
    padding-left: 16px;
    font-size: 11.5px;
    color: #555;
  }
  .frontier-control-button svg {
    display: block;
    margin: auto;
  }
  .frontier-control-button[aria-pressed='true'] {
    background: #dbe7f5;
  }
  .frontier-control-button {
    display: block;
    width: 30px;
    height: 30px;
    border: none;
    border-bottom: 1px solid #ccc;
    background: #fff;
    font-size: 16px;
    line-height: 30px;
    cursor: pointer;
    padding: 0;
    color: #1d2330;
  }
  .frontier-control-button:last-child {
    border-bottom: none;
  }
  .frontier-control-button:hover {
    background: #f4f4f4;
  }

  /* Legend */
  .legend {
    position: absolute;
    top: 10px;
    right: 10px;
    z-index: 1000;
    max-width: min(300px, calc(100% - 70px));
    max-height: calc(100% - 40px);
    overflow: auto;
    background: var(--frontier-panel-bg);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
    font-size: 12.5px;
  }
  .legend summary {
    cursor: pointer;
    padding: 7px 10px;
    font-weight: 600;
    font-size: 13px;
  }
  .legend-rows {
    list-style: none;
    margin: 0;
    padding: 0 8px 4px;
  }
  .legend-row label,
  .legend-static {
    display: flex;
    align-items: center;
    gap: 7px;
    padding: 3px 2px;
    cursor: pointer;
  }
  .legend-row.is-off .legend-label,
  .legend-row.is-off svg {
    opacity: 0.45;
  }
  .legend-row input {
    margin: 0;
  }
  .legend-label {
    flex: 1;
  }
  .legend-count {
    font-variant-numeric: tabular-nums;
    color: #555;
    min-width: 2ch;
    text-align: right;
  }
  .swatch {
    display: inline-block;
    width: 18px;
    height: 0;
    border-top: 3px dashed var(--frontier-line-color);
  }
  .swatch-buffers {
    height: 12px;
    border: 1px solid #d08c3a;
    background: rgba(244, 162, 97, 0.35);
  }
  .legend-note {
    margin: 0;
    padding: 0 10px 7px;
    color: #555;
    font-size: 11.5px;
    line-height: 1.35;
  }

  /* Details panel */
  .panel {
    position: absolute;
    left: 10px;
    bottom: 34px;
    z-index: 1001;
    width: min(360px, calc(100% - 20px));
    max-height: calc(100% - 90px);
    overflow: auto;
    background: var(--frontier-panel-bg);
    border-radius: 6px;
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3);
    font-size: 13px;
    line-height: 1.45;
  }
  .panel-body {
    padding: 10px 12px 12px;
  }
  .panel-header {
    display: flex;
    gap: 8px;
    align-items: flex-start;
  }
  .panel-header > div {
    flex: 1;
  }
  .panel-kind {
    margin: 0;
    color: #555;
    font-size: 12px;
  }
  .panel-title {
    margin: 2px 0 6px;
    font-size: 15px;
    line-height: 1.3;
  }
  .panel-close {
    border: none;
    background: none;
    font-size: 22px;
    line-height: 1;
    cursor: pointer;
    padding: 0 4px;
    color: #444;
  }
  .panel-facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    margin: 0 0 8px;
  }
  .panel-facts dt {
    color: #666;
  }
  .panel-facts dd {
    margin: 0;
  }
  .panel h3 {
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: #666;
    margin: 10px 0 4px;
  }
  .panel-description {
    margin: 0;
  }
  .panel-claims,
  .panel-sources {
    margin: 0;
    padding-left: 18px;
  }
  .panel-sources a {
    color: #1a5fb4;
  }
  .source-date {
    color: #666;
  }

  /* Notices: what was skipped and why */
  .notices {
    position: absolute;
    left: 50%;
    transform: translateX(-50%);
    top: 10px;
    z-index: 1002;
    width: min(520px, calc(100% - 120px));
    background: #fff8e1;
    border: 1px solid #e0b341;
    border-radius: 6px;
    font-size: 12.5px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
  }
  .notices header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    padding: 6px 10px;
    font-weight: 600;
  }
  .notices ul {
    margin: 0;
    padding: 0 10px 8px 28px;
    max-height: 140px;
    overflow: auto;
  }
  .notices button {
    border: none;
    background: none;
    cursor: pointer;
    font-size: 18px;
  }
  .notices li {
    overflow-wrap: anywhere;
  }
  .notice-source {
    font-weight: 600;
  }
  .notice-more {
    list-style: none;
    color: #555;
  }

  /* Layers still loading: one small pill each, bottom centre, clear of scale and attribution */
  .loading-status {
    position: absolute;
    left: 50%;
    transform: translateX(-50%);
    bottom: 28px;
    z-index: 1001;
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 4px;
    pointer-events: none;
  }
  .loading-status li {
    max-width: 320px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 3px 10px;
    border-radius: 12px;
    background: rgba(29, 35, 48, 0.82);
    color: #fff;
    font-size: 12px;
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
