/** Styles of the details panel of the selected feature. */
import { css } from 'lit';

export const panelStyles = css`
  .panel {
    position: absolute;
    left: 10px;
    bottom: 34px;
    z-index: 1001;
    width: min(360px, calc(100% - 20px));
    max-height: calc(100% - 90px);
    overflow: auto;
    background: var(--frontier-panel-bg);
    border-radius: 6px;
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3);
    font-size: 13px;
    line-height: 1.45;
  }
  .panel-body {
    padding: 10px 12px 12px;
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
    color: #555;
    font-size: 12px;
  }
  .panel-title {
    margin: 2px 0 6px;
    font-size: 15px;
    line-height: 1.3;
  }
  .panel-close {
    border: none;
    background: none;
    font-size: 22px;
    line-height: 1;
    cursor: pointer;
    padding: 0 4px;
    color: #444;
  }
  .panel-facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    margin: 0 0 8px;
  }
  .panel-facts dt {
    color: #666;
  }
  .panel-facts dd {
    margin: 0;
  }
  .panel h3 {
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: #666;
    margin: 10px 0 4px;
  }
  .panel-description {
    margin: 0;
  }
  .panel-claims,
  .panel-sources {
    margin: 0;
    padding-left: 18px;
  }
  .panel-sources a {
    color: #1a5fb4;
  }
  .source-date {
    color: #666;
  }

`;
