/** Styles of `<frontier-event-list>`: a compact table; one line per row when rows are virtual. */
import { css } from 'lit';

export const eventListStyles = css`
  :host {
    display: block;
    overflow: auto;
    font-family: var(--frontier-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 13px;
    color: var(--frontier-text, #1d2330);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 6px 8px;
  }
  .count {
    color: #666;
    font-weight: 400;
  }
  th {
    position: sticky;
    top: 0;
    background: #f3f1ec;
    text-align: left;
    font-weight: 600;
    padding: 5px 8px;
    border-bottom: 1px solid #d9d4c9;
  }
  td {
    padding: 5px 8px;
    border-bottom: 1px solid #ece8df;
    vertical-align: top;
  }
  td.date {
    font-variant-numeric: tabular-nums;
  }
  td.date {
    width: 1%;
    color: #444;
    font-size: 12px;
  }
  .title {
    all: unset;
    display: block;
    cursor: pointer;
    color: #1a4f9c;
    font-weight: 500;
    line-height: 1.3;
  }
  .title:hover {
    text-decoration: underline;
  }
  .title:focus-visible {
    outline: 2px solid #2b6cb0;
    outline-offset: 2px;
  }
  .meta {
    display: block;
    margin-top: 2px;
    color: #5a5f6b;
    font-size: 11.5px;
  }
  .meta svg {
    vertical-align: -1px;
  }
  td.distance {
    width: 1%;
    white-space: nowrap;
    text-align: right;
    font-variant-numeric: tabular-nums;
    color: #444;
    font-size: 12px;
  }
  th.distance {
    text-align: right;
  }
  .sort {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  .sort:focus-visible {
    outline: 2px solid #2b6cb0;
  }
  tr[aria-current='true'] td {
    background: #fff3c4;
  }
  /* Many rows: one line each, fixed columns, so every row has the height the scroll maths assume. */
  table.virtual {
    table-layout: fixed;
  }
  table.virtual th.date {
    width: 104px;
  }
  table.virtual th.distance {
    width: 92px;
  }
  table.virtual td,
  table.virtual .title,
  table.virtual .meta {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
`;
