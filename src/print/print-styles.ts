/**
 * How `<frontier-map>` looks on paper and in static mode: a sheet that explains itself, like a
 * newspaper locator map. Heading on top, the map filling the page, the legend (counts, frontier
 * length) over its top-right corner, scale and attribution in its bottom corners, and the numbered
 * sources after it (they begin on the first page and run on when there are many). Controls, panels
 * and notices are screen-only. Shadows and filters go, so Chromium keeps every layer as vectors.
 */
import { css } from 'lit';

export const printStyles = css`
  .print-sources {
    display: none;
  }

  @media screen {
    :host([static]) .frame {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) auto auto;
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
      grid-area: 4 / 1;
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
      grid-template-rows: auto var(--frontier-print-map-height, calc(100vh - 34mm)) auto;
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
      padding-left: 3.2em;
      columns: 2 105mm;
      column-gap: 8mm;
      font-size: 7pt;
      line-height: 1.3;
    }
    .sources-list li {
      break-inside: avoid;
      overflow-wrap: anywhere;
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
    .frontier-country-label span,
    .frontier-city-label span {
      text-shadow: none;
    }
  }
`;
