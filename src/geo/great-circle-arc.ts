import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { assertLonLat } from './lon-lat.ts';

/** The two capitals that distances from a venue are given to, `[lon, lat]`. */
export interface Capitals {
  readonly kabul: readonly number[];
  readonly islamabad: readonly number[];
}

/** Kabul and Islamabad, city centres. */
export const CAPITALS: Capitals = Object.freeze({
  kabul: Object.freeze([69.1783, 34.5281]),
  islamabad: Object.freeze([73.0479, 33.6844]),
});

/**
 * The great-circle route from `from` to `to` as a line of `npoints` positions (`@turf/great-circle`),
 * for drawing a venue's link to a capital. A route across the antimeridian comes back as a
 * MultiLineString split there. Equal end points give a line of `npoints` copies of the point.
 *
 * @example
 * greatCircleArc([51.53, 25.29], [69.18, 34.53]); // Doha → Kabul, LineString of 64 positions
 */
export function greatCircleArc(
  from: readonly number[],
  to: readonly number[],
  npoints = 64,
): Feature<LineString | MultiLineString> {
  assertLonLat(from, 'arc start');
  assertLonLat(to, 'arc end');
  if (!Number.isInteger(npoints) || npoints < 2) {
    throw new RangeError(`arc npoints must be an integer ≥ 2, got ${String(npoints)}`);
  }
  return greatCircle([from[0], from[1]], [to[0], to[1]], { npoints });
}

/**
 * Great-circle distances in kilometres from a venue (talks, ceasefire signing) to each capital.
 *
 * @example
 * venueDistances([51.53, 25.29]); // Doha: { kabulKm: ≈ 1,983, islamabadKm: ≈ 2,276 }
 */
export function venueDistances(
  venue: readonly number[],
  capitals: Capitals = CAPITALS,
): { kabulKm: number; islamabadKm: number } {
  assertLonLat(venue, 'venue');
  assertLonLat(capitals.kabul, 'Kabul');
  assertLonLat(capitals.islamabad, 'Islamabad');
  return {
    kabulKm: distance([venue[0], venue[1]], [capitals.kabul[0], capitals.kabul[1]], { units: 'kilometers' }),
    islamabadKm: distance([venue[0], venue[1]], [capitals.islamabad[0], capitals.islamabad[1]], {
      units: 'kilometers',
    }),
  };
}
