/**
 * The index against `@turf/point-to-line-distance` (v7, default `method: 'geodesic'`: the point is
 * projected onto each segment's great circle and measured with the haversine formula on a sphere of
 * 6371.0088 km), the definition it reproduces. Turf takes about 13 ms per point on the 2,959-vertex
 * shipped frontier, so the 10,000-point comparison on it is part of the benchmark (bench/geo.mjs,
 * which fails above 1 mm); tests/unit/geodata/analysis.test.ts checks the first 300 of those points.
 */
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';
import { readFixture } from './fixtures.ts';
import { randomPoints, syntheticFrontier } from './synthetic.ts';

/** Turf takes LineStrings only: a MultiLineString is the nearest of its parts. */
function turfKm(line: Feature<LineString | MultiLineString>, p: Position): number {
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  return Math.min(
    ...parts.map((coordinates) =>
      pointToLineDistance(p, { type: 'LineString', coordinates }, { units: 'kilometers' }),
    ),
  );
}

/** Largest difference in metres between the index and Turf over `points`. */
function maxErrorM(line: Feature<LineString | MultiLineString>, points: Position[]): number {
  const index = createFrontierIndex(line);
  let worst = 0;
  for (const p of points) worst = Math.max(worst, Math.abs(index.distanceKm(p) - turfKm(line, p)) * 1000);
  return worst;
}

describe('createFrontierIndex against @turf/point-to-line-distance', () => {
  it('matches on the fixture points', () => {
    const [line, ...points] = readFixture('frontier-nearest').features;
    const coordinates = points.map((f) => (f.geometry as { coordinates: Position }).coordinates);
    expect(maxErrorM(line as Feature<MultiLineString>, coordinates)).toBeLessThan(0.001);
  });

  it('matches within 1 mm on 2,000 random points around a 400-vertex line', () => {
    expect(maxErrorM(syntheticFrontier(400, 9), randomPoints(2000, 21))).toBeLessThan(0.001);
  }, 120_000);
});
