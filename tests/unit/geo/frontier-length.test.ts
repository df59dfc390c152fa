import { length } from '@turf/length';
import { describe, expect, it } from 'vitest';
import { frontierLengthKm } from '../../../src/geo/frontier-length.ts';

describe('frontierLengthKm', () => {
  it('measures one degree of the equator as ≈ 111.195 km', () => {
    expect(
      frontierLengthKm({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 0],
        ],
      }),
    ).toBeCloseTo(111.195, 3);
  });

  it('adds up the parts of a MultiLineString, not the gaps between them', () => {
    const km = frontierLengthKm({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 0],
          ],
          [
            [5, 0],
            [5, 1],
          ],
        ],
      },
    });
    expect(km).toBeCloseTo(2 * 111.195, 2);
  });

  it('gives what @turf/length gives, to the metre', () => {
    const zigzag = {
      type: 'MultiLineString' as const,
      coordinates: [
        [
          [69.1, 34.5],
          [70.4, 34.1],
          [71.2, 33.2],
          [66.4, 25.3],
        ],
        [[61.6, 29.8]],
        [
          [179.5, 10],
          [-179.5, 10.5],
        ],
      ],
    };
    const turf = length({ type: 'Feature', properties: {}, geometry: zigzag }, { units: 'kilometers' });
    expect(frontierLengthKm(zigzag)).toBeCloseTo(turf, 3);
  });

  it('rejects other geometries', () => {
    expect(() => frontierLengthKm({ type: 'Point', coordinates: [0, 0] } as never)).toThrow(TypeError);
  });
});
