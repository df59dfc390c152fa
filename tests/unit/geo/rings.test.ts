import { describe, expect, it } from 'vitest';
import { orientRing, rewindPolygons, ringArea2, ringContains } from '../../../src/geo/rings.ts';

const ccw = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
];
const cw = [...ccw].reverse();

describe('rings', () => {
  it('tells orientation by signed area', () => {
    expect(ringArea2(ccw)).toBe(8);
    expect(ringArea2(cw)).toBe(-8);
    expect(orientRing(cw, true)).toEqual(ccw);
    expect(orientRing(ccw, true)).toBe(ccw);
    expect(orientRing(ccw, false)).toEqual(cw);
  });

  it('rewinds polygons to RFC 7946: shells counter-clockwise, holes clockwise', () => {
    const hole = [
      [0.5, 0.5],
      [1, 0.5],
      [1, 1],
      [0.5, 0.5],
    ];
    expect(rewindPolygons({ type: 'Polygon', coordinates: [cw, hole] })).toEqual([
      [ccw, [...hole].reverse()],
    ]);
  });

  it('tests containment', () => {
    expect(ringContains(ccw, [1, 1])).toBe(true);
    expect(ringContains(cw, [1, 1])).toBe(true);
    expect(ringContains(ccw, [3, 1])).toBe(false);
  });
});
