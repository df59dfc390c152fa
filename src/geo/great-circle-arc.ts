import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { assertLonLat, type LonLat } from './lon-lat.ts';

/** The two capitals that distances from a venue are given to. */
export interface Capitals {
  kabul: Position;
  islamabad: Position;
}

/** Kabul and Islamabad, `[lon, lat]`, city centres. */
export const CAPITALS: Readonly<Capitals> = Object.freeze({
  kabul: Object.freeze([69.1783, 34.5281]) as unknown as LonLat,
  islamabad: Object.freeze([73.0479, 33.6844]) as unknown as LonLat,
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
  from: Position,
  to: Position,
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
 * venueDistances([51.53, 25.29]); // Doha: { kabulKm: ≈ 1,880, islamabadKm: ≈ 2,160 }
 */
export function venueDistances(
  venue: Position,
  capitals: Capitals = CAPITALS,
): { kabulKm: number; islamabadKm: number } {
  assertLonLat(venue, 'venue');
  assertLonLat(capitals.kabul, 'Kabul');
  assertLonLat(capitals.islamabad, 'Islamabad');
  return {
    kabulKm: distance(venue, capitals.kabul, { units: 'kilometers' }),
    islamabadKm: distance(venue, capitals.islamabad, { units: 'kilometers' }),
  };
}
