import { distance } from '@turf/distance';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringArea2 } from '../../../src/geo/rings.ts';
import { uncertaintyCircle } from '../../../src/geo/uncertainty-circle.ts';
import { checkFixture } from './fixtures.ts';

describe('uncertaintyCircle', () => {
  it('puts every vertex radiusKm from the centre, ring closed and counter-clockwise', () => {
    const circle = uncertaintyCircle([70.45, 34.43], 5);
    const [ring] = circle.geometry.coordinates;
    expect(ring).toHaveLength(65);
    expect(ring[0]).toEqual(ring[64]);
    for (const p of ring) expect(distance([70.45, 34.43], p, { units: 'kilometers' })).toBeCloseTo(5, 9);
    expect(ringArea2(ring)).toBeGreaterThan(0);
  });

  it('takes the number of steps', () => {
    expect(uncertaintyCircle([0, 0], 1, 8).geometry.coordinates[0]).toHaveLength(9);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '5' as unknown as number])(
    'throws a RangeError for radius %s',
    (radius) => {
      expect(() => uncertaintyCircle([70, 34], radius)).toThrow(RangeError);
    },
  );

  it('throws a RangeError for a bad centre or step count', () => {
    expect(() => uncertaintyCircle([Number.NaN, 34], 5)).toThrow(RangeError);
    expect(() => uncertaintyCircle([34, 170], 5)).toThrow(RangeError);
    expect(() => uncertaintyCircle([70, 34], 5, 2)).toThrow(RangeError);
    expect(() => uncertaintyCircle([70, 34], 5, 6.5)).toThrow(RangeError);
  });

  it('matches the uncertainty-circle fixture', () => {
    checkFixture('uncertainty-circle', (input) => ({
      type: 'FeatureCollection',
      features: input.features.map((f) => {
        const { radiusKm, steps } = f.properties as { radiusKm: number; steps: number };
        const circle = uncertaintyCircle((f as Feature<Point>).geometry.coordinates, radiusKm, steps);
        return { ...circle, properties: { radiusKm, steps } };
      }),
    }));
  });
});
