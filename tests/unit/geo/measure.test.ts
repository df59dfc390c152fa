import { describe, expect, it } from 'vitest';
import { kmToMiles, pathLengthKm } from '../../../src/geo/measure.ts';

describe('pathLengthKm', () => {
  it('measures each leg and the total', () => {
    const { totalKm, legsKm } = pathLengthKm([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(legsKm).toHaveLength(2);
    expect(legsKm[0]).toBeCloseTo(111.195, 3);
    expect(legsKm[1]).toBeCloseTo(111.195, 3);
    expect(totalKm).toBeCloseTo(legsKm[0] + legsKm[1], 12);
  });

  it('gives an empty path for fewer than two points', () => {
    expect(pathLengthKm([])).toEqual({ totalKm: 0, legsKm: [] });
    expect(pathLengthKm([[70, 34]])).toEqual({ totalKm: 0, legsKm: [] });
  });

  it('rejects bad points', () => {
    expect(() =>
      pathLengthKm([
        [0, 0],
        [Number.NaN, 1],
      ]),
    ).toThrow(RangeError);
  });
});

describe('kmToMiles', () => {
  it('uses the international mile', () => {
    expect(kmToMiles(1.609344)).toBe(1);
    expect(kmToMiles(2600)).toBeCloseTo(1615.6, 1);
  });
});
