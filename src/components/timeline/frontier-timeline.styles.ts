/** Styles of `<frontier-timeline>`; bar colours follow the map's `--frontier-color-<layer>` properties. */
import { css, unsafeCSS } from 'lit';
import { LAYER_STYLE } from '../../map/kind-style.ts';

// Built from our own constants (never from data), one rule per layer.
const layerFills = unsafeCSS(
  Object.entries(LAYER_STYLE)
    .map(([layer, { color }]) => `.layer-${layer} { fill: var(--frontier-color-${layer}, ${color}); }`)
    .join('\n'),
);

export const timelineStyles = [
  layerFills,
  css`
    :host {
      display: block;
      height: var(--frontier-timeline-height, 88px);
      padding: 2px 8px 0;
      box-sizing: border-box;
      background: var(--frontier-timeline-bg, #fbfaf7);
      border-top: 1px solid var(--frontier-rule, #ddd7cb);
      font-family: var(--frontier-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: 12px;
      color: var(--frontier-text, #1d2330);
      user-select: none;
      -webkit-user-select: none;
    }
    :host([hidden]) {
      display: none;
    }
    * {
      box-sizing: border-box;
    }
    .bar-row {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 22px;
    }
    /*
     * The window's dates wrap rather than being cut: Dari and Pashto give the Solar Hijri span and the
     * Gregorian one beside it, which a phone cannot hold on one line.
     */
    .summary {
      margin: 0;
      flex: 1;
      min-width: 0;
      line-height: 1.3;
      overflow-wrap: break-word;
      font-variant-numeric: tabular-nums;
    }
    .summary strong {
      font-weight: 600;
    }
    .key {
      display: flex;
      gap: 8px;
      color: var(--frontier-muted, #555);
      white-space: nowrap;
    }
    .key svg {
      vertical-align: -2px;
    }
    button {
      font: inherit;
      font-size: 11.5px;
      line-height: 1;
      padding: 3px 7px;
      border: 1px solid var(--frontier-control-border, #b9b2a3);
      border-radius: 4px;
      background: var(--frontier-surface, #fff);
      color: inherit;
      cursor: pointer;
    }
    button {
      white-space: nowrap;
      flex: none;
    }
    button[aria-pressed='true'] {
      background: var(--frontier-accent-soft, #e6eef8);
      border-color: var(--frontier-accent, #2b6cb0);
    }
    button:disabled {
      opacity: 0.45;
      cursor: default;
    }
    button:focus-visible,
    .handle:focus-visible {
      outline: 2px solid var(--frontier-accent, #2b6cb0);
      outline-offset: 1px;
    }
    button.play {
      width: 26px;
      height: 20px;
      padding: 0;
      display: inline-flex;
      align-items: center;
      justify-content: center;
    }
    .track {
      position: relative;
      height: 64px;
      touch-action: none;
      cursor: pointer;
    }
    :host([static]) .track {
      cursor: default;
    }
    .chart-svg {
      display: block;
      overflow: visible;
    }
    .window {
      fill: var(--frontier-accent, #2b6cb0);
      fill-opacity: 0.09;
    }
    .day.is-out {
      opacity: 0.28;
    }
    .axis,
    .tick line {
      stroke: var(--frontier-axis, #8a8272);
      stroke-width: 1;
    }
    .tick .grid {
      stroke: var(--frontier-axis, #d9d3c6);
      stroke-dasharray: 2 2;
    }
    .tick text {
      fill: var(--frontier-muted, #4a4f5c);
      font-size: 10.5px;
    }
    .marker path,
    .marker circle {
      stroke: var(--frontier-color-venues, #00838f);
      stroke-width: 1.5;
    }
    .marker path {
      fill: var(--frontier-color-venues, #00838f);
    }
    .marker circle {
      fill: var(--frontier-surface, #fff);
    }
    .marker .span {
      stroke: var(--frontier-color-venues, #00838f);
      stroke-width: 2;
      stroke-opacity: 0.6;
    }
    .handle {
      position: absolute;
      top: 2px;
      width: 14px;
      height: 40px;
      margin-left: -7px;
      cursor: ew-resize;
      touch-action: none;
      border-radius: 3px;
    }
    .handle::before {
      content: '';
      position: absolute;
      left: 6px;
      top: 0;
      bottom: 0;
      width: 2px;
      background: var(--frontier-accent, #2b6cb0);
    }
    .handle::after {
      content: '';
      position: absolute;
      left: 2px;
      top: 11px;
      width: 10px;
      height: 18px;
      border-radius: 3px;
      background: var(--frontier-surface, #fff);
      border: 2px solid var(--frontier-accent, #2b6cb0);
    }
    .empty {
      margin: 20px 0 0;
      color: var(--frontier-muted, #666);
    }
    @media print {
      button {
        display: none;
      }
    }
      /* Fingers: buttons and the window's handles at least 44 × 44 px (the drawn grip stays narrow). */
    @media (pointer: coarse) {
      /* The row grows to the buttons' height rather than letting them spill over the chart. */
      :host {
        height: var(--frontier-timeline-height, 110px);
      }
      .bar-row {
        height: 44px;
      }
      button.play,
      button.zoom,
      button.reset {
        min-width: 44px;
        min-height: 44px;
        display: inline-flex;
        align-items: center;
        justify-content: center;
      }
      .handle {
        top: 0;
        width: 44px;
        height: 44px;
        margin-left: -22px;
      }
      .handle::before {
        left: 21px;
      }
      .handle::after {
        left: 17px;
        top: 13px;
      }
    }
`,
];
