/** The map's own panes and their stacking. */

/**
 * Our panes, bottom to top. Place names: above lines and areas, below the markers (which they never
 * cover anyway). Canvas points and clusters: above Leaflet's marker pane (600), below tooltips (650);
 * the printed source numbers beside the markers above them all.
 */
export const PANES: ReadonlyArray<[string, number]> = [
  ['frontier-buffers', 405],
  ['frontier-areas', 410],
  ['frontier-line', 420],
  ['frontier-labels', 430],
  ['frontier-place-labels', 450],
  ['frontier-points', 610],
  ['frontier-ref-numbers', 620],
];
