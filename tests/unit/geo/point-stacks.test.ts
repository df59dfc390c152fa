import fc from 'fast-check';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type ScreenPoint, stackPoints } from '../../../src/geo/point-stacks.ts';
import { spiderfy } from '../../../src/geo/spiderfy.ts';
import { checkFixture } from './fixtures.ts';

const points = fc.array(
  fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }) }),
  { maxLength: 200 },
);
const withIds = (list: { x: number; y: number }[]): ScreenPoint[] =>
  list.map((p, i) => ({ id: `p${String(i).padStart(3, '0')}`, ...p }));

describe('stackPoints', () => {
  it('matches the point-stacks fixture: stacks and their spiders', () => {
    checkFixture('point-stacks', (input) => {
      const list = input.features.map((f) => {
        const [x, y] = (f.geometry as Point).coordinates as [number, number];
        return { id: String(f.properties!.id), x, y };
      });
      return {
        type: 'FeatureCollection',
        features: stackPoints(list, 12).flatMap((stack) => [
          {
            type: 'Feature',
            properties: { ids: stack.ids },
            geometry: { type: 'Point', coordinates: [stack.x, stack.y] },
          },
          ...(stack.ids.length > 1
            ? spiderfy(stack.ids.length).map(({ dx, dy }, i) => ({
                type: 'Feature' as const,
                properties: { id: stack.ids[i], leg: true },
                geometry: { type: 'Point' as const, coordinates: [stack.x + dx, stack.y + dy] },
              }))
            : []),
        ]),
      };
    });
  });

  it('puts every point in one stack, near its position, with stacks farther apart than the radius', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 0, max: 40 }), (list, radius) => {
        const input = withIds(list);
        const stacks = stackPoints(input, radius);
        const ids = stacks.flatMap((s) => s.ids);
        expect(ids.slice().sort()).toEqual(input.map((p) => p.id));
        const byId = new Map(input.map((p) => [p.id, p]));
        let bad = 0;
        for (const [i, s] of stacks.entries()) {
          if (byId.get(s.ids[0]!)!.x !== s.x || byId.get(s.ids[0]!)!.y !== s.y) bad++;
          for (const id of s.ids)
            if (Math.hypot(byId.get(id)!.x - s.x, byId.get(id)!.y - s.y) > radius) bad++;
          for (const t of stacks.slice(i + 1)) if (Math.hypot(t.x - s.x, t.y - s.y) <= radius) bad++;
        }
        expect(bad).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 1, max: 40 }), (list, radius) => {
        const input = withIds(list);
        expect(stackPoints([...input].reverse(), radius)).toEqual(stackPoints(input, radius));
      }),
      { numRuns: 100 },
    );
  });

  it('stacks points at exactly the same spot even with radius 0, and skips bad positions', () => {
    const stacks = stackPoints(
      [
        { id: 'b', x: 5, y: 5 },
        { id: 'a', x: 5, y: 5 },
        { id: 'c', x: Number.NaN, y: 5 },
      ],
      0,
    );
    expect(stacks).toEqual([{ ids: ['a', 'b'], x: 5, y: 5 }]);
    expect(stackPoints([], 10)).toEqual([]);
    expect(() => stackPoints([], -1)).toThrow(RangeError);
  });
});

describe('spiderfy', () => {
  const minDistance = (offsets: { dx: number; dy: number }[]) => {
    let min = Number.POSITIVE_INFINITY;
    for (const [i, a] of offsets.entries()) {
      min = Math.min(min, Math.hypot(a.dx, a.dy));
      for (const b of offsets.slice(i + 1)) min = Math.min(min, Math.hypot(a.dx - b.dx, a.dy - b.dy));
    }
    return min;
  };

  it('lays out a few on a circle, the first straight above', () => {
    const two = spiderfy(2);
    expect(two[0]!.dx).toBeCloseTo(0, 9);
    expect(two[0]!.dy).toBeCloseTo(-28, 9);
    expect(two[1]!.dy).toBeCloseTo(28, 9);
    const radii = spiderfy(8).map(({ dx, dy }) => Math.hypot(dx, dy));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-9);
  });

  it('lays out many on a spiral, growing outwards', () => {
    const radii = spiderfy(30).map(({ dx, dy }) => Math.hypot(dx, dy));
    for (let i = 1; i < radii.length; i++) expect(radii[i]).toBeGreaterThan(radii[i - 1]!);
  });

  it('keeps hit areas apart from each other and from the middle, for any count and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 8, max: 48 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 16 }),
        (n, hitSize, gap, circleMax) => {
          const offsets = spiderfy(n, { hitSize, gap, circleMax });
          expect(offsets).toHaveLength(n);
          if (n) expect(minDistance(offsets)).toBeGreaterThanOrEqual(hitSize + gap - 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects bad counts and sizes', () => {
    expect(() => spiderfy(-1)).toThrow(RangeError);
    expect(() => spiderfy(1.5)).toThrow(RangeError);
    expect(() => spiderfy(3, { hitSize: 0 })).toThrow(RangeError);
  });
});
