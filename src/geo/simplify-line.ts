import type { Position } from 'geojson';
import { EARTH_RADIUS_KM } from './lon-lat.ts';

const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * Douglas–Peucker simplification of a `[lon, lat]` polyline with a tolerance in kilometres. Distances
 * are measured in a local equirectangular plane (longitude scaled by the cosine of the line's middle
 * latitude), which over a line a few hundred kilometres tall errs by well under 1 % of the tolerance
 * at the middle and a few percent at the ends — fine for a drawing tolerance. The first and last
 * positions are always kept, so no returned position is further than about `toleranceKm` from the
 * input line and vice versa.
 *
 * @example
 * simplifyLine([[0, 0], [0.5, 0.0001], [1, 0]], 0.1); // [[0, 0], [1, 0]] (the bump is 11 m)
 */
export function simplifyLine(positions: readonly Position[], toleranceKm: number): Position[] {
  if (!Number.isFinite(toleranceKm) || toleranceKm < 0) {
    throw new RangeError(`simplification tolerance must be a finite number ≥ 0, got ${toleranceKm}`);
  }
  const n = positions.length;
  if (n <= 2 || toleranceKm === 0) return positions.slice();
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const p of positions) {
    minLat = Math.min(minLat, p[1]);
    maxLat = Math.max(maxLat, p[1]);
  }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180) * KM_PER_DEGREE;
  const ky = KM_PER_DEGREE;
  const x = (i: number) => positions[i][0] * kx;
  const y = (i: number) => positions[i][1] * ky;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tolerance2 = toleranceKm * toleranceKm;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const ax = x(first);
    const ay = y(first);
    const dx = x(last) - ax;
    const dy = y(last) - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD2 = tolerance2;
    for (let i = first + 1; i < last; i++) {
      let px = x(i) - ax;
      let py = y(i) - ay;
      if (len2 > 0) {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        px -= t * dx;
        py -= t * dy;
      }
      const d2 = px * px + py * py;
      if (d2 > worstD2) {
        worstD2 = d2;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return positions.filter((_, i) => keep[i] === 1);
}
