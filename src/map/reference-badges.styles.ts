/** The printed reference numbers beside the markers (map/reference-badges.ts). */
import { css } from 'lit';

export const referenceBadgeStyles = css`
  .frontier-ref-number {
    position: absolute;
    left: 0;
    top: 0;
    box-sizing: border-box;
    width: max-content;
    max-width: 116px;
    padding: 0 2px;
    border: 0.75px solid #5a6070;
    border-radius: 3px;
    background: #fff;
    color: #1d2330;
    font-size: 8.5px;
    font-weight: 600;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    white-space: normal;
    overflow-wrap: normal;
    pointer-events: none;
  }
`;
