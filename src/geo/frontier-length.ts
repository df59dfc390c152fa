import { length } from '@turf/length';
import type { Feature, LineString, MultiLineString } from 'geojson';

/**
 * Length of the frontier line in kilometres: the sum of its segments' great-circle lengths on Turf's
 * sphere (`@turf/length`). Every part of a MultiLineString counts; gaps between parts do not.
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
  return length({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' });
}
