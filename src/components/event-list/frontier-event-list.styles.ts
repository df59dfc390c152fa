/** Styles of `<frontier-event-list>`: a compact table; one line per row when rows are virtual. */
import { css } from 'lit';

export const eventListStyles = css`
  :host {
    display: block;
    overflow: auto;
    font-family: var(--frontier-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 13px;
    color: var(--frontier-text, #1d2330);
    color-scheme: light dark;
  }
  /* The list follows the reader's colour scheme (as a map with theme="auto" does); paper stays light. */
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --frontier-text: #e8e6e1;
      --frontier-muted: #b9b4aa;
      --frontier-surface-alt: #2a3038;
      --frontier-rule: #3a414b;
      --frontier-link: #8cb8ff;
      --frontier-accent: #7fb0ff;
      --frontier-highlight: #4a4020;
      background: var(--frontier-surface, #1c2128);
    }
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 6px 8px;
  }
  .count {
    color: var(--frontier-muted, #666);
    font-weight: 400;
  }
  th {
    position: sticky;
    top: 0;
    background: var(--frontier-surface-alt, #f3f1ec);
    text-align: start;
    font-weight: 600;
    padding: 5px 8px;
    border-bottom: 1px solid var(--frontier-rule, #d9d4c9);
  }
  td {
    padding: 5px 8px;
    border-bottom: 1px solid var(--frontier-rule, #ece8df);
    vertical-align: top;
  }
  td.date {
    font-variant-numeric: tabular-nums;
  }
  td.date {
    width: 1%;
    color: var(--frontier-muted, #444);
    font-size: 12px;
  }
  /*
   * Dari and Pashto give a Solar Hijri date with the Gregorian one beside it: at the narrowest width
   * it would break after every word; a few words a line keep it readable. Urdu dates are as short as
   * English ones.
   */
  table:not(.virtual):is([lang='ps'], [lang='fa-AF']) td.date {
    min-width: 6.5em;
  }
  .title {
    all: unset;
    display: block;
    cursor: pointer;
    color: var(--frontier-link, #1a4f9c);
    font-weight: 500;
    line-height: 1.3;
  }
  .title:hover {
    text-decoration: underline;
  }
  .title:focus-visible {
    outline: 2px solid var(--frontier-accent, #2b6cb0);
    outline-offset: 2px;
  }
  .meta {
    display: block;
    margin-top: 2px;
    color: var(--frontier-muted, #5a5f6b);
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
    color: var(--frontier-muted, #444);
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
    outline: 2px solid var(--frontier-accent, #2b6cb0);
  }
  tr[aria-current='true'] td {
    background: var(--frontier-highlight, #fff3c4);
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
  /* Fingers: each title and sort button at least 44 px high (and the title as wide as its cell). */
  @media (pointer: coarse) {
    .title,
    .sort {
      display: flex;
      align-items: center;
      min-height: 44px;
      min-width: 44px;
    }
    .title {
      width: 100%;
      text-align: start;
    }
  }
`;
