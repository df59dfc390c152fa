import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';
import { EARTH_RADIUS_KM } from '../../../src/geo/lon-lat.ts';
import { checkFixture } from './fixtures.ts';
import { mulberry32, randomPoints, syntheticFrontier } from './synthetic.ts';

const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
const line = (coordinates: Position[]): Feature<LineString> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates },
});

const RAD = Math.PI / 180;
const haversine = (a: Position, b: Position) => {
  const h =
    Math.sin(((b[1] - a[1]) * RAD) / 2) ** 2 +
    Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(((b[0] - a[0]) * RAD) / 2) ** 2;
  return 2 * Math.asin(Math.sqrt(h));
};
const bearing = (a: Position, b: Position) =>
  Math.atan2(
    Math.sin((b[0] - a[0]) * RAD) * Math.cos(b[1] * RAD),
    Math.cos(a[1] * RAD) * Math.sin(b[1] * RAD) -
      Math.sin(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.cos((b[0] - a[0]) * RAD),
  );

/**
 * Exhaustive reference by other formulas (cross-track and along-track distance from bearings, as in
 * the aviation formulary), segment by segment, without an index.
 */
function referenceKm(parts: Position[][], p: Position): number {
  let best = Number.POSITIVE_INFINITY;
  for (const part of parts) {
    for (let i = 0; i + 1 < part.length; i++) {
      const [a, b] = [part[i], part[i + 1]];
      const toA = haversine(a, p);
      const length = haversine(a, b);
      let d = Math.min(toA, haversine(b, p));
      if (length > 0) {
        const offset = bearing(a, p) - bearing(a, b);
        const crossTrack = Math.asin(Math.sin(toA) * Math.sin(offset));
        const alongTrack = Math.acos(Math.min(1, Math.cos(toA) / Math.cos(crossTrack)));
        if (Math.cos(offset) > 0 && alongTrack <= length) d = Math.min(d, Math.abs(crossTrack));
      }
      best = Math.min(best, d);
    }
  }
  return best * EARTH_RADIUS_KM;
}

describe('createFrontierIndex', () => {
  it('measures one degree of latitude north of an equatorial segment as ≈ 111.2 km', () => {
    const index = createFrontierIndex(
      line([
        [0, 0],
        [2, 0],
      ]),
    );
    expect(index.distanceKm([1, 1])).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(index.distanceKm([1, 1])).toBeCloseTo(111.195, 3);
    const nearest = index.nearest([1, 1]);
    expect(nearest).toMatchObject({ lineIndex: 0, segmentIndex: 0 });
    expect(nearest.point[0]).toBeCloseTo(1, 12);
    expect(nearest.point[1]).toBeCloseTo(0, 12);
  });

  it('falls back to the nearer end point beyond a segment', () => {
    const index = createFrontierIndex(
      line([
        [0, 0],
        [1, 0],
      ]),
    );
    const nearest = index.nearest([2, 0]);
    expect(nearest.point).toEqual([1, 0]);
    expect(nearest.km).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(index.nearest([-0.5, -0.5]).point).toEqual([0, 0]);
  });

  it('is zero on a vertex and on the line', () => {
    const index = createFrontierIndex(
      line([
        [70, 30],
        [71, 31],
        [72, 30],
      ]),
    );
    expect(index.distanceKm([71, 31])).toBe(0);
    const onArc = index.nearest([70.5, 30.5]);
    expect(index.distanceKm(onArc.point)).toBeLessThan(1e-9);
  });

  it('follows the great circle, not the straight line in lon/lat, on a long segment', () => {
    // The arc from 60°W to 60°E along 50°N peaks at 67.2°N over the prime meridian.
    const index = createFrontierIndex(
      line([
        [-60, 50],
        [60, 50],
      ]),
    );
    const apexLat =
      (Math.atan(Math.tan(50 * (Math.PI / 180)) / Math.cos(60 * (Math.PI / 180))) * 180) / Math.PI;
    expect(index.distanceKm([0, apexLat])).toBeLessThan(1e-6);
    expect(index.distanceKm([0, 50])).toBeCloseTo((apexLat - 50) * KM_PER_DEGREE, 6);
  });

  it('finds the arc bulge even when another segment is nearer in lon/lat', () => {
    const index = createFrontierIndex({
      type: 'MultiLineString',
      coordinates: [
        [
          [-60, 50],
          [60, 50],
        ],
        [
          [-1, 62],
          [1, 62],
        ],
      ],
    });
    // 66.9°N is 0.3° from the long arc's apex but 4.9° from the short segment.
    const nearest = index.nearest([0, 66.9]);
    expect(nearest.lineIndex).toBe(0);
    expect(nearest.km).toBeLessThan(40);
  });

  it('reports the part and the segment within it for a MultiLineString', () => {
    const index = createFrontierIndex({
      type: 'MultiLineString',
      coordinates: [
        [
          [60, 30],
          [61, 30],
        ],
        [
          [65, 30],
          [66, 30],
          [67, 30],
        ],
      ],
    });
    expect(index.segmentCount).toBe(3);
    expect(index.nearest([66.5, 30.2])).toMatchObject({ lineIndex: 1, segmentIndex: 1 });
    expect(index.nearest([60.2, 29.9])).toMatchObject({ lineIndex: 0, segmentIndex: 0 });
  });

  it('copes with repeated vertices', () => {
    const index = createFrontierIndex(
      line([
        [70, 30],
        [70, 30],
        [71, 30],
      ]),
    );
    expect(index.segmentCount).toBe(2);
    // Along 30°N the arc between the vertices bulges about 0.1 km poleward of the parallel.
    expect(index.distanceKm([70.5, 30])).toBeCloseTo(
      referenceKm(
        [
          [
            [70, 30],
            [71, 30],
          ],
        ],
        [70.5, 30],
      ),
      9,
    );
    expect(index.distanceKm([69, 30])).toBeCloseTo(
      referenceKm(
        [
          [
            [70, 30],
            [71, 30],
          ],
        ],
        [69, 30],
      ),
      9,
    );
  });

  it('measures across the antimeridian the short way', () => {
    const index = createFrontierIndex(
      line([
        [170, 0],
        [-170, 0],
      ]),
    );
    expect(index.distanceKm([180, 1])).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(index.distanceKm([-175, -2])).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });

  it('keeps its precision about 90° away from the great circle of a segment', () => {
    // Closed forms, not the index's vectors: north of an equatorial segment the nearest point is on
    // the same meridian, so the distance is the latitude; east of a meridian segment, along the
    // equator, it is the difference in longitude.
    const equatorial = createFrontierIndex(
      line([
        [0, 0],
        [10, 0],
      ]),
    );
    const meridian = createFrontierIndex(
      line([
        [20, -10],
        [20, 10],
      ]),
    );
    for (const offset of [1e-4, 1e-5, 1e-6, 6e-7, 1e-7, 1e-8, 0]) {
      const degrees = 90 - offset;
      const km = degrees * KM_PER_DEGREE;
      // Within a millimetre.
      expect(Math.abs(equatorial.distanceKm([5, degrees]) - km), `lat ${degrees}`).toBeLessThan(1e-6);
      expect(Math.abs(meridian.distanceKm([20 + degrees, 0]) - km), `lon ${20 + degrees}`).toBeLessThan(1e-6);
    }
    expect(equatorial.distanceKm([5, 90])).toBeCloseTo(90 * KM_PER_DEGREE, 9);
  });

  it('agrees with an exhaustive search everywhere on the globe, poles included', () => {
    const coordinates = [
      syntheticFrontier(400, 3).geometry.coordinates,
      [
        [-20, 80],
        [40, 85],
        [100, 80],
      ],
    ];
    const index = createFrontierIndex({ type: 'MultiLineString', coordinates });
    const random = mulberry32(11);
    for (let i = 0; i < 300; i++) {
      const p: Position = [random() * 360 - 180, Math.asin(random() * 2 - 1) * (180 / Math.PI)];
      expect(Math.abs(index.distanceKm(p) - referenceKm(coordinates, p))).toBeLessThan(1e-6);
    }
  });

  it('agrees with an exhaustive search on 2,000 points around a 3,000-vertex line', () => {
    const frontier = syntheticFrontier(3000, 7);
    const index = createFrontierIndex(frontier);
    let worst = 0;
    for (const p of randomPoints(2000, 5)) {
      worst = Math.max(
        worst,
        Math.abs(index.distanceKm(p) - referenceKm([frontier.geometry.coordinates], p)),
      );
    }
    expect(worst).toBeLessThan(1e-6); // 1 mm
  });

  it('rejects bad lines and bad points', () => {
    expect(() => createFrontierIndex(line([[70, 30]]))).toThrow(RangeError);
    expect(() =>
      createFrontierIndex(
        line([
          [70, 30],
          [Number.NaN, 30],
        ]),
      ),
    ).toThrow(RangeError);
    expect(() =>
      createFrontierIndex({ type: 'Point', coordinates: [0, 0] } as unknown as LineString),
    ).toThrow(TypeError);
    const index = createFrontierIndex(
      line([
        [70, 30],
        [71, 30],
      ]),
    );
    expect(() => index.distanceKm([Number.NaN, 30])).toThrow(RangeError);
    expect(() => index.distanceKm([30, 200])).toThrow(RangeError);
  });

  it('matches the frontier-nearest fixture', () => {
    checkFixture('frontier-nearest', (input) => {
      const frontier = input.features[0] as Feature<MultiLineString>;
      const index = createFrontierIndex(frontier);
      return {
        type: 'FeatureCollection',
        features: input.features.slice(1).flatMap((f) => {
          const from = (f.geometry as { coordinates: Position }).coordinates;
          const { km, point, lineIndex, segmentIndex } = index.nearest(from);
          return [
            { ...f, properties: { ...f.properties, km, lineIndex, segmentIndex } },
            {
              type: 'Feature',
              properties: { km },
              geometry: { type: 'LineString', coordinates: [from, point] },
            },
          ];
        }),
      };
    });
  });
});
