/**
 * Styles of the details panel of the selected feature: a side panel beside the map on wide elements
 * (the frame makes room for it, so it covers neither the data nor the map's buttons), a bottom sheet
 * on narrow ones (half height, expanded by its handle). Logical properties: it mirrors in RTL.
 */
import { css } from 'lit';

export const panelStyles = css`
  .panel {
    position: absolute;
    z-index: 1001;
    overflow: auto;
    overscroll-behavior: contain;
    background: var(--frontier-panel-bg);
    color: var(--frontier-text, #1d2330);
    font-size: 13px;
    line-height: 1.45;
  }
  .panel.is-side {
    top: 0;
    bottom: 0;
    inset-inline-end: 0;
    width: var(--frontier-panel-width, 340px);
    border-inline-start: 1px solid var(--frontier-rule, #ddd7cb);
  }
  .panel.is-sheet {
    background: var(--frontier-surface, #fff);
    inset-inline: 0;
    bottom: 0;
    max-height: 48%;
    border-radius: 12px 12px 0 0;
    box-shadow: 0 -2px 12px rgba(0, 0, 0, 0.3);
    z-index: 1002;
  }
  .panel.is-sheet.is-expanded {
    max-height: calc(100% - 12px);
  }
  .panel-handle {
    display: flex;
    justify-content: center;
    align-items: center;
    position: sticky;
    top: 0;
    width: 100%;
    height: 28px;
    padding: 0;
    border: none;
    background: inherit;
    cursor: grab;
    touch-action: none;
  }
  .panel-handle span {
    width: 40px;
    height: 5px;
    border-radius: 3px;
    background: var(--frontier-control-border, #b9b2a3);
  }
  .panel-handle:focus-visible,
  .panel-close:focus-visible {
    outline: 2px solid var(--frontier-accent, #2b6cb0);
    outline-offset: -2px;
  }
  .panel-body {
    padding: 10px 12px 12px;
  }
  .panel.is-sheet .panel-body {
    padding-top: 0;
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
    color: var(--frontier-muted, #555);
    font-size: 12px;
  }
  .panel-title {
    margin: 2px 0 6px;
    font-size: 15px;
    line-height: 1.3;
  }
  .panel-title:focus {
    outline: none;
  }
  .panel-title:focus-visible {
    outline: 2px solid var(--frontier-accent, #2b6cb0);
    outline-offset: 2px;
  }
  .panel-close {
    flex: none;
    width: 32px;
    height: 32px;
    border: none;
    border-radius: 4px;
    background: none;
    font-size: 22px;
    line-height: 1;
    cursor: pointer;
    padding: 0;
    color: var(--frontier-muted, #444);
  }
  .panel-close:hover {
    background: var(--frontier-surface-alt, #f3f1ec);
  }
  @media (pointer: coarse) {
    .panel-close,
    .panel-handle {
      min-width: 44px;
      min-height: 44px;
    }
    .panel-handle {
      height: 44px;
    }
  }
  .panel-facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    margin: 0 0 8px;
  }
  .panel-facts dt {
    color: var(--frontier-muted, #666);
  }
  .panel-facts dd {
    margin: 0;
  }
  .panel h3 {
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--frontier-muted, #666);
    margin: 10px 0 4px;
  }
  .panel-description {
    margin: 0;
  }
  .panel-claims,
  .panel-sources {
    margin: 0;
    padding-inline-start: 18px;
  }
  .panel-sources a {
    color: var(--frontier-link, #1a5fb4);
  }
  .source-date {
    color: var(--frontier-muted, #666);
  }
`;
