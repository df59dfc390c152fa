import { distance } from '@turf/distance';
import type { Feature, LineString, MultiLineString } from 'geojson';

/**
 * Length of the frontier line in kilometres: the sum of its segments' great-circle lengths on Turf's
 * sphere (`@turf/distance`, segment by segment as `@turf/length` adds them, without the generic
 * GeoJSON walkers that `@turf/length` brings into the page). Every part of a MultiLineString
 * counts; gaps between parts do not.
 *
 * @example
 * frontierLengthKm(lineString([[0, 0], [1, 0]])); // ≈ 111.195
 */
export function frontierLengthKm(
  line: Feature<LineString | MultiLineString> | LineString | MultiLineString,
): number {
  const geometry = line.type === 'Feature' ? line.geometry : line;
  if (geometry?.type !== 'LineString' && geometry?.type !== 'MultiLineString') {
    throw new TypeError('frontier must be a LineString or MultiLineString');
  }
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let km = 0;
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) km += distance(part[i - 1]!, part[i]!, { units: 'kilometers' });
  }
  return km;
}
