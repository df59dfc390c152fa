/**
 * Analytical overlays drawn from pure geometry: translucent distance bands along the frontier, and
 * great-circle arcs from a talks venue to the two capitals.
 */
import type { Position } from 'geojson';
import * as L from 'leaflet';
import type { BufferBand } from '../geo/buffers.ts';
import { CAPITALS } from '../geo/venue-distances.ts';

const toLatLngs = (ring: Position[]) => ring.map(([lon, lat]) => [lat!, lon!] as L.LatLngTuple);

/** One polygon per band, innermost darkest, each a ring so no area is filled twice. */
export function createBufferBands(bands: readonly BufferBand[], pane: string): L.LayerGroup {
  return L.layerGroup(
    bands.map((band, index) =>
      L.polygon(
        band.geometry.coordinates.map((polygon) => polygon.map(toLatLngs)),
        {
          pane,
          interactive: false,
          className: `frontier-buffer band-${Math.min(index, 3)}`,
          weight: 1,
        },
      ),
    ),
  );
}

/**
 * Dashed great-circle arcs from the selected venue to Kabul and Islamabad. Their code loads with the
 * first venue chosen; a later choice (or none) wins over one still loading.
 */
export class VenueArcs {
  private layer?: L.LayerGroup;
  private request = 0;

  constructor(
    private readonly map: L.Map,
    private readonly pane: string,
  ) {}

  async set(venue: Position | null): Promise<void> {
    const request = ++this.request;
    this.layer?.remove();
    this.layer = undefined;
    if (!venue) return;
    const { greatCircleArc } = await import('../geo/great-circle-arc.ts');
    if (request !== this.request) return;
    const arcs = [CAPITALS.kabul, CAPITALS.islamabad].map((capital) => {
      const arc = greatCircleArc(venue, capital).geometry;
      const parts = arc.type === 'LineString' ? [arc.coordinates] : arc.coordinates;
      return L.polyline(parts.map(toLatLngs), {
        pane: this.pane,
        interactive: false,
        className: 'frontier-venue-arc',
        weight: 2,
        dashArray: '6 6',
      });
    });
    this.layer = L.layerGroup(arcs).addTo(this.map);
  }

  remove(): void {
    void this.set(null);
  }
}
