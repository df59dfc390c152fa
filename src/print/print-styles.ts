/**
 * How `<frontier-map>` looks on paper and in static mode: a sheet that explains itself, like a
 * newspaper locator map. Heading on top, the map filling the page, the legend (counts, frontier
 * length) over its top-right corner, scale and attribution in its bottom corners, and the numbered
 * sources after it (they begin on the first page and run on when there are many). Controls, panels
 * and notices are screen-only. Shadows and filters go, so Chromium keeps every layer as vectors.
 */
import { css } from 'lit';

export const printStyles = css`
  .print-sources,
  .print-insets,
  .print-credits {
    display: none;
  }

  /* Insets top left (bottom left over an interactive map, whose snapshot heading is top left);
     credits bottom right above the attribution. */
  .print-insets {
    z-index: 800;
    display: flex;
    align-items: flex-end;
    gap: 6px;
    max-width: 46%;
    pointer-events: none;
  }
  .locator {
    flex: none;
    background: rgba(255, 255, 255, 0.92);
    border: 0.75px solid #9a9385;
  }
  .locator-land {
    fill: #ebe6da;
    stroke: #8a8272;
    stroke-width: 0.75;
  }
  .locator-frame {
    fill: rgba(192, 57, 43, 0.12);
    stroke: #c0392b;
    stroke-width: 1.5;
  }
  .far-off {
    padding: 3px 6px;
    background: rgba(255, 255, 255, 0.92);
    border: 0.75px solid #9a9385;
    font-size: 10px;
    line-height: 1.35;
    color: #1d2330;
  }
  .far-off-title {
    margin: 0 0 1px;
    font-weight: 600;
  }
  .far-off ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .print-credits {
    z-index: 800;
    margin: 0;
    padding: 1px 5px;
    background: rgba(255, 255, 255, 0.85);
    font-size: 10px;
    line-height: 1.3;
    color: #333;
    text-align: right;
    /* Clear of the scale bar in the bottom-left corner; wraps on a narrow map. */
    max-width: calc(100% - 140px);
    pointer-events: none;
  }
  /* On screen while snapshot() draws an interactive map: over the map's box, found by the controller. */
  @media screen {
    .print-insets.is-exporting,
    .print-credits.is-exporting {
      display: flex;
      position: absolute;
      top: calc(var(--export-top) + var(--export-height));
      transform: translateY(-100%);
    }
    .print-insets.is-exporting {
      left: calc(var(--export-left) + 10px);
      margin-top: -44px;
    }
    .print-credits.is-exporting {
      right: calc(100% - var(--export-left) - var(--export-width));
      max-width: calc(var(--export-width) - 140px);
      /* One line of attribution; snapshot() sets the attribution's measured height. */
      margin-top: -18px;
    }
  }

  @media screen {
    :host([static]) .frame {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) auto auto auto;
      background: #fff;
    }
    :host([static]) .heading {
      grid-area: 1 / 1;
      margin: 0;
      padding: 8px 12px 6px;
    }
    /* Reserved before the data loads, so the map does not change size (and centre) when it does. */
    :host([static]) .heading p {
      min-height: 1.4em;
      line-height: 1.4;
    }
    :host([static]) .map {
      grid-area: 2 / 1;
    }
    :host([static]) .legend {
      position: relative;
      grid-area: 2 / 1;
      top: auto;
      right: auto;
      justify-self: end;
      align-self: start;
      margin: 10px;
      max-height: calc(100% - 20px);
    }
    :host([static]) frontier-timeline {
      grid-area: 3 / 1;
    }
    /* A picture has no switches: it shows what is on the map, without a fold-out title. */
    :host([static]) .legend summary,
    :host([static]) .legend-row.is-off {
      display: none;
    }
    :host([static]) .legend-rows {
      padding-top: 6px;
    }
    :host([static]) .print-sources {
      display: block;
      grid-area: 5 / 1;
    }
    /* Top left: the heading sits above the map, and the frontier runs from south-west to north-east. */
    :host([static]) .print-insets {
      display: flex;
      align-items: flex-start;
      grid-area: 2 / 1;
      align-self: start;
      justify-self: start;
      margin: 10px 0 0 10px;
    }
    :host([static]) .frontier-uncertainty {
      stroke-opacity: 0.5;
      fill-opacity: 0.06;
      stroke-width: 0.75px;
    }
    /* Under the map and timeline: a small picture's legend would cover it on the map. */
    :host([static]) .print-credits {
      display: block;
      grid-area: 4 / 1;
      max-width: none;
      padding: 4px 12px 0;
      background: none;
      text-align: start;
      color: #555;
    }
    .sources-byline {
      margin: 0;
      padding: 4px 12px 6px;
      font-size: 11px;
      line-height: 1.35;
      color: #555;
      height: calc(2 * 1.35em + 10px);
      overflow: hidden;
    }
  }

  @media print {
    /* The element owns its paper layout: a page's screen height for it would cut the sheet. */
    :host {
      height: auto !important;
      min-height: 0 !important;
      overflow: visible !important;
      contain: none;
      break-inside: auto;
      color: #1d2330;
    }
    .frame {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto var(--frontier-print-map-height, var(--story-map-height, calc(100vh - 34mm))) auto;
      height: auto;
    }
    .heading {
      display: block;
      grid-area: 1 / 1;
      margin: 0 0 2mm;
      break-after: avoid;
    }
    .heading h1 {
      font-size: 16pt;
      line-height: 1.2;
    }
    .heading p {
      font-size: 9pt;
      min-height: 1.3em;
    }
    .map {
      grid-area: 2 / 1;
      height: auto;
      border: 0.5pt solid #9a9385;
      break-inside: avoid;
    }
    .legend {
      position: relative;
      grid-area: 2 / 1;
      top: auto;
      right: auto;
      justify-self: end;
      align-self: start;
      margin: 3mm;
      max-width: 64mm;
      max-height: none;
      overflow: visible;
      box-shadow: none;
      border: 0.5pt solid #9a9385;
      font-size: 8pt;
    }
    .legend summary,
    .legend-row.is-off {
      display: none;
    }
    .legend-rows {
      padding-top: 4px;
    }
    .print-sources {
      display: block;
      grid-area: 3 / 1;
    }
    .print-insets {
      display: flex;
      align-items: flex-start;
      grid-area: 2 / 1;
      align-self: start;
      justify-self: start;
      margin: 3mm 0 0 3mm;
    }
    .print-credits {
      display: block;
      grid-area: 2 / 1;
      align-self: end;
      justify-self: end;
      margin: 0 0 5mm;
      font-size: 7.5pt;
    }
    /* Uncertainty is honest but quiet on paper: a thin outline and a faint fill. */
    .frontier-uncertainty {
      stroke-opacity: 0.5;
      fill-opacity: 0.06;
      stroke-width: 0.75px;
    }
    .sources-byline {
      display: none;
    }
    .print-sources h2 {
      margin: 2.5mm 0 1mm;
      font-size: 8.5pt;
    }
    .sources-none {
      margin: 0;
      font-size: 8pt;
    }
    .sources-list {
      margin: 0;
      columns: 2 85mm;
      column-gap: 8mm;
      font-size: 7pt;
      line-height: 1.3;
    }
    .source-group {
      margin: 0 0 0.6mm;
      padding-left: 1.5em;
      text-indent: -1.5em;
      overflow-wrap: anywhere;
    }
    .source-publisher {
      margin-right: 0.4em;
    }
    .source-entry {
      break-inside: avoid;
    }
    .source-url {
      color: inherit;
      text-decoration: none;
    }
    .source-publisher {
      font-weight: 600;
    }
    .panel,
    .notices,
    .loading-status,
    .frontier-gesture-hint,
    [part~='timeline'],
    .leaflet-control-zoom,
    .frontier-story-control,
    .frontier-control-button,
    .frontier-measure-control:has(> .frontier-measure-readout[hidden]),
    .leaflet-container.is-measuring::after {
      display: none !important;
    }
    /* Filters and shadows are rasterised in PDF output; the white outlines carry the contrast. */
    .frontier-marker svg {
      filter: none;
    }
    .frontier-place-label {
      text-shadow: none;
    }
  }
`;
