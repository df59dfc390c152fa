import { describe, expect, it } from 'vitest';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';
import { simplifyLine } from '../../../src/geo/simplify-line.ts';
import { syntheticFrontier } from './synthetic.ts';

describe('simplifyLine', () => {
  it('drops a bump smaller than the tolerance and keeps a larger one', () => {
    const line = [
      [0, 0],
      [0.5, 0.0001],
      [1, 0],
    ];
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(simplifyLine(line, 0.005)).toEqual(line);
  });

  it('keeps the ends, short lines and zero tolerance as they are', () => {
    expect(simplifyLine([[1, 1]], 5)).toEqual([[1, 1]]);
    const line = syntheticFrontier(50, 1).geometry.coordinates;
    expect(simplifyLine(line, 0)).toEqual(line);
    const simplified = simplifyLine(line, 100);
    expect(simplified).toEqual([line[0], line[49]]);
  });

  it('keeps every dropped vertex within about the tolerance of the simplified line', () => {
    const line = syntheticFrontier(3000, 4).geometry.coordinates;
    for (const toleranceKm of [0.2, 1]) {
      const simplified = simplifyLine(line, toleranceKm);
      expect(simplified.length).toBeLessThan(line.length);
      const index = createFrontierIndex({ type: 'LineString', coordinates: simplified });
      const worst = Math.max(...line.map((p) => index.distanceKm(p)));
      // The planar approximation errs by a few percent at the ends of a 900 km tall line.
      expect(worst).toBeLessThan(toleranceKm * 1.05);
    }
  });

  it('rejects a negative tolerance', () => {
    expect(() => simplifyLine([[0, 0]], -1)).toThrow(RangeError);
  });
});
