/**
 * Which shipped geodata files a view needs. The default geography comes in zoom bands: a coarse
 * basemap, frontier and label set for zoom ≤ 6, the detailed ones from zoom 7 (provinces too), the
 * town labels by band, and the frontier buffers only while their layer is on. A page without the
 * default data loads only the basemap pieces and labels of its zoom (see geodata/README.md).
 *
 * Pure: names and numbers, no fetch, no DOM.
 */

/** The files of the default geography, by piece. */
export const GEODATA_FILES = {
  basemapLow: 'basemap-low.topojson',
  frontierLow: 'frontier-low.geojson',
  labelsLow: 'labels-z0-6.geojson',
  basemap: 'basemap.topojson',
  frontier: 'frontier.geojson',
  provinces: 'provinces.topojson',
  labelsMid: 'labels-z7-8.geojson',
  labelsHigh: 'labels-z9.geojson',
  facts: 'facts.json',
  buffers: 'derived/frontier-buffers.geojson',
} as const;

export type GeodataPiece = keyof typeof GEODATA_FILES;

/** The built-in event and site files, by source name. */
export const DEFAULT_SOURCE_FILES = {
  events: 'events.geojson',
  posts: 'posts.geojson',
  crossings: 'crossings.geojson',
  venues: 'venues.geojson',
} as const;

/** From this zoom on, the detailed basemap, frontier and provinces are drawn (the coarse ones below). */
export const DETAILED_FROM_ZOOM = 7;

export interface GeodataNeeds {
  /** The view's zoom (fractional zooms round down to their band). */
  zoom: number;
  /** The default data is on: the Durand Line and its facts are part of the map. */
  defaults: boolean;
  /** The buffers layer is on (and the Durand Line is the line measured against). */
  buffers: boolean;
}

/**
 * The pieces a view needs, in the order they matter. The detailed frontier is needed at every zoom
 * when the default data is on: lengths and distances always come from it.
 *
 * @example
 * piecesFor({ zoom: 5.5, defaults: false, buffers: false }); // ['basemapLow', 'labelsLow']
 */
export function piecesFor({ zoom, defaults, buffers }: GeodataNeeds): GeodataPiece[] {
  const detailed = Math.floor(zoom) >= DETAILED_FROM_ZOOM;
  const pieces: GeodataPiece[] = detailed
    ? ['basemap', 'provinces', 'labelsLow', 'labelsMid']
    : ['basemapLow', 'labelsLow'];
  if (detailed && Math.floor(zoom) >= 9) pieces.push('labelsHigh');
  if (defaults) {
    pieces.push('frontier', 'facts');
    if (!detailed) pieces.push('frontierLow');
    if (buffers) pieces.push('buffers');
  }
  return pieces;
}
