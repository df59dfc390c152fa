/**
 * Analytical overlays drawn from pure geometry: translucent distance bands along the frontier, and
 * great-circle arcs from a talks venue to the two capitals.
 */
import type { Position } from 'geojson';
import * as L from 'leaflet';
import type { BufferBand } from '../geo/buffers.ts';
import { CAPITALS, greatCircleArc } from '../geo/great-circle-arc.ts';

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

/** Dashed great-circle arcs from a venue to Kabul and Islamabad. */
export function createVenueArcs(venue: Position, pane: string): L.LayerGroup {
  const arcs = [CAPITALS.kabul, CAPITALS.islamabad].map((capital) => {
    const arc = greatCircleArc(venue, capital);
    const parts = arc.geometry.type === 'LineString' ? [arc.geometry.coordinates] : arc.geometry.coordinates;
    return L.polyline(parts.map(toLatLngs), {
      pane,
      interactive: false,
      className: 'frontier-venue-arc',
      weight: 2,
      dashArray: '6 6',
    });
  });
  return L.layerGroup(arcs);
}
