/** Styles of the notices (what was skipped and why) and the per-layer loading status. */
import { css } from 'lit';

export const noticesStyles = css`
  .notices {
    position: absolute;
    left: 50%;
    transform: translateX(-50%);
    top: 10px;
    z-index: 1002;
    width: min(520px, calc(100% - 120px));
    background: var(--frontier-warning-bg, #fff8e1);
    border: 1px solid #e0b341;
    border-radius: 6px;
    font-size: 12.5px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
  }
  .notices header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    padding: 6px 10px;
    font-weight: 600;
  }
  .notices ul {
    margin: 0;
    padding: 0 10px 8px 28px;
    max-height: 140px;
    overflow: auto;
  }
  .notices button {
    border: none;
    background: none;
    cursor: pointer;
    font-size: 18px;
  }
  .notices li {
    overflow-wrap: anywhere;
  }
  .notice-source {
    font-weight: 600;
  }
  .notice-more {
    list-style: none;
    color: var(--frontier-muted, #555);
  }

  /* Layers still loading: one small pill each, bottom centre, clear of scale and attribution */
  .loading-status {
    position: absolute;
    left: 50%;
    transform: translateX(-50%);
    bottom: 28px;
    z-index: 1001;
    pointer-events: none;
  }
  .loading-status ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 4px;
  }
  .loading-status li {
    max-width: 320px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 3px 10px;
    border-radius: 12px;
    background: rgba(29, 35, 48, 0.82);
    color: #fff;
    font-size: 12px;
  }

`;
