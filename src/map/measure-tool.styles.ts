/** Styles of the measure tool: its dotted path, vertices, readout and keyboard cross. */
import { css } from 'lit';

export const measureToolStyles = css`
  .frontier-measure-line {
    stroke: #111;
    stroke-dasharray: 2 6;
    stroke-linecap: round;
    fill: none;
  }
  .frontier-measure-vertex {
    stroke: #111;
    fill: #fff;
    fill-opacity: 1;
  }
  .leaflet-container.is-measuring {
    cursor: crosshair;
  }
  .leaflet-container.is-measuring::after {
    /* The cross that Enter measures to, for keyboard users. */
    content: '+';
    position: absolute;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    font-size: 22px;
    color: #111;
    pointer-events: none;
    z-index: 800;
  }
  .frontier-measure-readout {
    padding: 5px 8px;
    background: #fff;
    font-size: 12px;
    max-width: 220px;
  }
`;
