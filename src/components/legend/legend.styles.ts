/** Styles of the legend: its box, rows, switches, counts, swatches and notes. */
import { css } from 'lit';

export const legendStyles = css`
  /* Top corner at the inline end (mirrors in right-to-left languages); folded, only its summary shows. */
  .legend {
    position: absolute;
    top: 10px;
    inset-inline-end: 10px;
    z-index: 1000;
    max-width: min(280px, calc(100% - 70px));
    max-height: calc(100% - 40px);
    overflow: auto;
    background: var(--frontier-panel-bg);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
    font-size: 12.5px;
  }
  .legend > summary {
    cursor: pointer;
    padding: 6px 10px;
    min-height: 30px;
    font-weight: 600;
    font-size: 13px;
  }
  .legend-counts {
    font-weight: 400;
    color: var(--frontier-muted, #555);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .legend-more > summary {
    cursor: pointer;
    padding: 4px 10px 6px;
    color: var(--frontier-muted, #555);
    font-size: 12px;
  }
  .legend-rows {
    list-style: none;
    margin: 0;
    padding: 0 8px 4px;
  }
  /* Rows at least 24 px apart: WCAG 2.2 target spacing for the switches on fine pointers. */
  .legend-row label,
  .legend-static {
    display: flex;
    align-items: center;
    gap: 7px;
    min-height: 25px;
    padding: 1px 2px;
    cursor: pointer;
  }
  .legend-row.is-off .legend-label,
  .legend-row.is-off svg {
    opacity: 0.45;
  }
  .legend-row input {
    margin: 0;
    width: 16px;
    height: 16px;
    accent-color: var(--frontier-accent, #2b6cb0);
  }
  /* Fingers: every switch and the summary at least 44 × 44 px (the row is the label). */
  @media (pointer: coarse) {
    .legend > summary {
      min-height: 44px;
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .legend-more > summary {
      min-height: 44px;
      display: flex;
      align-items: center;
    }
    .legend-row label,
    .legend-static {
      min-height: 44px;
    }
    .legend-row input {
      width: 22px;
      height: 22px;
    }
  }
  .legend-label {
    flex: 1;
  }
  .legend-count {
    font-variant-numeric: tabular-nums;
    color: var(--frontier-muted, #555);
    min-width: 2ch;
    text-align: end;
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
  .legend-key {
    display: flex;
    gap: 6px;
    align-items: center;
    margin: 0;
    padding: 0 10px 7px;
    color: #555;
    font-size: 11px;
  }
  .swatch-uncertainty {
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 1.5px dashed #c62828;
  }
  .legend-note {
    margin: 0;
    padding: 0 10px 7px;
    color: var(--frontier-muted, #555);
    font-size: 11.5px;
    line-height: 1.35;
  }

`;
