import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createFrontierSide, describeFrontierDistance } from '../../../src/geo/frontier-side.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});

describe('createFrontierSide', () => {
  const sideOf = createFrontierSide({ AFG: square(60, 30, 70, 38), PAK: square(70, 24, 77, 37) });

  it('names the country a point is in, or null', () => {
    expect(sideOf([65, 34])).toBe('AFG');
    expect(sideOf([72, 30])).toBe('PAK');
    expect(sideOf([50, 30])).toBeNull();
    expect(sideOf([65, 25])).toBeNull();
  });

  it('respects holes and MultiPolygons', () => {
    const withHole = square(0, 0, 10, 10);
    withHole.geometry.coordinates.push([
      [4, 4],
      [4, 6],
      [6, 6],
      [6, 4],
      [4, 4],
    ]);
    const sides = createFrontierSide({
      AFG: withHole,
      PAK: {
        type: 'MultiPolygon',
        coordinates: [
          square(4.5, 4.5, 5.5, 5.5).geometry.coordinates,
          square(20, 0, 21, 1).geometry.coordinates,
        ],
      },
    });
    expect(sides([2, 2])).toBe('AFG');
    expect(sides([5, 5])).toBe('PAK');
    expect(sides([4.2, 4.2])).toBeNull();
    expect(sides([20.5, 0.5])).toBe('PAK');
  });

  it('rejects bad outlines and points', () => {
    expect(() => createFrontierSide({ AFG: square(0, 0, 1, 1), PAK: { type: 'Point' } as never })).toThrow(
      TypeError,
    );
    expect(() => sideOf([Number.NaN, 30])).toThrow(RangeError);
  });
});

describe('describeFrontierDistance', () => {
  it.each([
    [0, 'PAK', 'on the frontier'],
    [0.05, null, 'on the frontier'],
    [0.42, 'PAK', '≈ 0.4 km from the frontier'],
    [0.96, 'AFG', '≈ 1.0 km from the frontier'],
    [3.46, 'PAK', '≈ 3.5 km inside Pakistan'],
    [9.96, 'AFG', '≈ 10 km inside Afghanistan'],
    [12.3, 'AFG', '≈ 12 km inside Afghanistan'],
    [140, null, '≈ 140 km from the frontier'],
    [1234.4, 'PAK', '≈ 1,234 km inside Pakistan'],
  ] as const)('%s km, %s → %s', (km, side, text) => {
    expect(describeFrontierDistance(km, side)).toBe(text);
  });

  it('rejects negative and non-finite distances', () => {
    expect(() => describeFrontierDistance(-1, null)).toThrow(RangeError);
    expect(() => describeFrontierDistance(Number.NaN, 'AFG')).toThrow(RangeError);
    expect(() => describeFrontierDistance(Number.POSITIVE_INFINITY, 'AFG')).toThrow(RangeError);
  });
});
