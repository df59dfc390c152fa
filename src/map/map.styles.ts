/** Styles of what Leaflet draws for us: countries, the frontier line, markers, clusters, uncertainty
 * circles, bands, arcs, the gesture hint and our control buttons (place names: place-label.styles.ts). */
import { css } from 'lit';

export const mapStyles = css`
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
  .frontier-province-line {
    stroke: var(--frontier-border);
    stroke-opacity: 0.7;
    stroke-dasharray: 4 2;
    fill: none;
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
  /* The scale bar is read, never clicked: a marker under it stays reachable. */
  .leaflet-control-scale {
    pointer-events: none;
  }
  /* On a narrow map the credits wrap beside the scale bar rather than run over it. */
  .leaflet-control-attribution {
    max-width: calc(100cqw - 100px);
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
  /* A marker folded into a stack: still in the DOM and laid out, neither drawn, hit nor focusable. */
  .frontier-marker.is-stacked {
    visibility: hidden;
  }
  .frontier-stack {
    background: none;
    border: none;
    cursor: pointer;
  }
  .frontier-stack > span {
    position: relative;
    display: flex;
    width: 100%;
    height: 100%;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    border-radius: 50%;
    border: 2px solid #fff;
    background: #1d2330;
    color: #fff;
    font-size: 11px;
    font-weight: 700;
    box-shadow: 0 1px 2px rgba(0, 0, 0, 0.4);
  }
  /* The selected event is in this stack: ringed as a selected marker is enlarged. */
  .frontier-stack.has-selected > span {
    box-shadow:
      0 0 0 2px #fff,
      0 0 0 5px #d97706;
  }
  .frontier-stack.is-open > span {
    background: #fff;
    color: #1d2330;
    border-color: #1d2330;
  }
  .frontier-stack:focus-visible {
    outline: 3px solid #2b6cb0;
    outline-offset: 2px;
    border-radius: 50%;
  }
  .frontier-stack-legs {
    position: absolute;
    left: 0;
    top: 0;
    width: 1px;
    height: 1px;
    overflow: visible;
    pointer-events: none;
  }
  .frontier-stack-legs line {
    stroke: #1d2330;
    stroke-width: 1.2;
    stroke-opacity: 0.7;
  }
  .frontier-tooltip-date {
    color: #5a6070;
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
  /* Where an event may have been: a quiet dashed outline that hides nothing, strong only for the
     selected or hovered event (map/feature-layers.ts toggles is-strong). */
  .frontier-uncertainty {
    fill-opacity: 0;
    stroke-opacity: 0.45;
    stroke-width: 1px;
    stroke-dasharray: 3 3;
  }
  .frontier-uncertainty.is-strong {
    fill-opacity: 0.12;
    stroke-opacity: 0.9;
    stroke-width: 1.5px;
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
  .frontier-control-button.leaflet-disabled {
    cursor: default;
    background: #f4f4f4;
    color: #a3a3a3;
  }

`;
