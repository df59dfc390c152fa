/**
 * The index against `@turf/point-to-line-distance` (v7, default `method: 'geodesic'`: the point is
 * projected onto each segment's great circle and measured with the haversine formula on a sphere of
 * 6371.0088 km), the definition it reproduces. Turf takes about 15 ms per point on the 2,959-vertex
 * frontier, so the shipped-frontier check uses 2,000 points; `GEO_FULL=1` runs all 10,000.
 */
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';
import { readFixture } from './fixtures.ts';
import { hasFrontier, readFrontier } from './real-geodata.ts';
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
  });

  const count = process.env.GEO_FULL === '1' ? 10_000 : 2_000;
  it.runIf(hasFrontier)(
    `matches within 1 mm on ${count.toLocaleString('en-GB')} random points around the shipped frontier`,
    () => {
      // The first `count` of the same seeded 10,000 points the benchmark uses.
      const points = randomPoints(10_000, 1).slice(0, count);
      expect(maxErrorM(readFrontier(), points)).toBeLessThan(0.001);
    },
    300_000,
  );
});
