/**
 * Great-circle routes, drawn for a venue's links to the capitals and by the measure tool. A module of
 * its own so that its code (`@turf/great-circle`) loads only when a route is first drawn.
 */
import { greatCircle } from '@turf/great-circle';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { assertLonLat } from './lon-lat.ts';

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
