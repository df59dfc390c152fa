/** Styles of the table of events per distance band. */
import { css } from 'lit';

export const bandTableStyles = css`
  .band-table {
    margin: 2px 10px 6px;
    border-collapse: collapse;
    font-size: 12px;
  }
  .band-table caption {
    text-align: left;
    font-weight: 600;
    padding: 4px 0;
  }
  .band-table th,
  .band-table td {
    padding: 2px 6px;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .band-table th[scope='row'] {
    text-align: left;
    font-weight: 400;
  }
  .band-table .band-0 th {
    box-shadow: inset 4px 0 rgba(244, 162, 97, 0.9);
  }
  .band-table .band-1 th {
    box-shadow: inset 4px 0 rgba(244, 162, 97, 0.55);
  }
  .band-table .band-2 th {
    box-shadow: inset 4px 0 rgba(244, 162, 97, 0.3);
  }
  .band-kinds {
    margin: 0 10px 8px;
    padding-left: 16px;
    font-size: 11.5px;
    color: var(--frontier-muted, #555);
  }
`;
