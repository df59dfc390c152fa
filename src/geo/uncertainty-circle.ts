import { circle } from '@turf/circle';
import type { Feature, Polygon, Position } from 'geojson';
import { assertLonLat } from './lon-lat.ts';

/**
 * The circle drawn around a feature whose location is only known to within `radiusKm` (the data's
 * `uncertaintyKm`): a geodesic circle as a Polygon of `steps` vertices (`@turf/circle`), ring
 * counter-clockwise as RFC 7946 asks. Turf returns a degenerate or NaN polygon for a zero, negative
 * or non-finite radius; this throws a `RangeError` instead, as it does for a bad centre or step count.
 *
 * @example
 * uncertaintyCircle([70.45, 34.43], 5); // Polygon, 65 positions, every vertex 5 km from the centre
 * uncertaintyCircle([70.45, 34.43], 0); // throws RangeError
 */
export function uncertaintyCircle(center: Position, radiusKm: number, steps = 64): Feature<Polygon> {
  assertLonLat(center, 'circle centre');
  if (typeof radiusKm !== 'number' || !Number.isFinite(radiusKm) || radiusKm <= 0) {
    throw new RangeError(`circle radius must be a finite number of kilometres > 0, got ${String(radiusKm)}`);
  }
  if (!Number.isInteger(steps) || steps < 3) {
    throw new RangeError(`circle steps must be an integer ≥ 3, got ${String(steps)}`);
  }
  return circle([center[0], center[1]], radiusKm, { steps, units: 'kilometers' });
}
