/** Optional raster tiles under the map, for pages that name a tile server (`tiles`, `attribution`). */
import * as L from 'leaflet';

export interface TileOptions {
  url: string;
  attribution: string;
}

/** Leaflet writes attributions as HTML: text is escaped so it stays text. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Takes `current` off the map (with its credit) and puts `tiles` on it; returns the new layer. */
export function replaceTiles(
  map: L.Map,
  current: L.TileLayer | undefined,
  tiles: TileOptions | null,
): L.TileLayer | undefined {
  if (current) {
    map.attributionControl?.removeAttribution(current.getAttribution?.() ?? '');
    current.remove();
  }
  if (!tiles) return undefined;
  return L.tileLayer(tiles.url, {
    attribution: escapeHtml(tiles.attribution),
    crossOrigin: 'anonymous',
    maxZoom: 18,
  }).addTo(map);
}
