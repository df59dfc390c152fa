import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import { assertLonLat } from './lon-lat.ts';

/** Kilometres in one international mile. */
const KM_PER_MILE = 1.609344;

/** Total and per-leg length of a measured path. */
export interface PathLength {
  /** Sum of the legs, in kilometres. */
  totalKm: number;
  /** Great-circle length of each leg `points[i] → points[i + 1]`, in kilometres. */
  legsKm: number[];
}

/**
 * Great-circle length of a path through `points` (`[lon, lat]`), leg by leg, on Turf's sphere
 * (`@turf/distance`). Fewer than two points make an empty path of length 0.
 *
 * @example
 * pathLengthKm([[0, 0], [1, 0], [1, 1]]); // { totalKm: ≈ 222.39, legsKm: [≈ 111.195, ≈ 111.195] }
 */
export function pathLengthKm(points: readonly Position[]): PathLength {
  points.forEach((point, i) => {
    assertLonLat(point, `path point ${i}`);
  });
  const legsKm: number[] = [];
  let totalKm = 0;
  for (let i = 1; i < points.length; i++) {
    const leg = distance(points[i - 1] as Position, points[i] as Position, { units: 'kilometers' });
    legsKm.push(leg);
    totalKm += leg;
  }
  return { totalKm, legsKm };
}

/**
 * Kilometres to international miles.
 *
 * @example
 * kmToMiles(1.609344); // 1
 */
export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}
