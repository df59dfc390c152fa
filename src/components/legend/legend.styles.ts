/** Styles of the legend: its box, rows, switches, counts, swatches and notes. */
import { css } from 'lit';

export const legendStyles = css`
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
    color: #555;
    font-size: 11.5px;
    line-height: 1.35;
  }

`;
