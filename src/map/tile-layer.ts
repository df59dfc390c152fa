/** Optional raster tiles under the map, for pages that name a tile server (`tiles`, `attribution`). */
import type * as L from 'leaflet';

export interface TileOptions {
  url: string;
  attribution: string;
}

/**
 * The map's tiles: at most one layer, replaced when the page names other tiles. Leaflet's tile code
 * loads with the first tiles (a chunk of its own); a change meanwhile wins over the older request.
 */
export class TileSlot {
  private layer?: L.TileLayer;
  private request = 0;

  constructor(private readonly map: L.Map) {}

  /** Takes the current tiles off the map and puts `tiles` on it. */
  async set(tiles: TileOptions | null): Promise<void> {
    const request = ++this.request;
    this.clear();
    if (!tiles) return;
    const { tileLayer } = await import('./leaflet-tiles.js');
    if (request !== this.request) return;
    this.layer = tileLayer(tiles.url, {
      attribution: tiles.attribution, // shown as text (credits.ts)
      crossOrigin: 'anonymous',
      maxZoom: 18,
    }).addTo(this.map);
  }

  /** Off the map, and any tiles still loading are dropped. */
  remove(): void {
    this.request++;
    this.clear();
  }

  /** The tiles' credit goes with them (the map's credits follow a layer's removal). */
  private clear(): void {
    this.layer?.remove();
    this.layer = undefined;
  }
}
