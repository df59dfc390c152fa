import fc from 'fast-check';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type LabelCandidate, labelBox, placeLabels, type ScreenBox } from '../../../src/geo/place-labels.ts';
import { checkFixture } from './fixtures.ts';

const VIEW: ScreenBox = { minX: 0, minY: 0, maxX: 800, maxY: 600 };
const overlap = (a: ScreenBox, b: ScreenBox) =>
  a.minX < b.maxX && a.maxX > b.minX && a.minY < b.maxY && a.maxY > b.minY;
const boxOf = (f: Feature): ScreenBox => {
  const ring = (f.geometry as Polygon).coordinates[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
};
const polygon = (b: ScreenBox): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [b.minX, b.minY],
      [b.maxX, b.minY],
      [b.maxX, b.maxY],
      [b.minX, b.maxY],
      [b.minX, b.minY],
    ],
  ],
});

/** Seeded candidates and obstacles: a crowded map. */
function scene(seed: number, labels: number, markers: number) {
  let s = seed >>> 0;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const candidates: LabelCandidate[] = Array.from({ length: labels }, (_, i) => ({
    id: `l${i}`,
    x: rand() * VIEW.maxX,
    y: rand() * VIEW.maxY,
    width: 20 + rand() * 80,
    height: 12 + rand() * 4,
    priority: Math.floor(rand() * 4),
  }));
  const obstacles: ScreenBox[] = Array.from({ length: markers }, () => {
    const x = rand() * VIEW.maxX;
    const y = rand() * VIEW.maxY;
    return { minX: x - 8, minY: y - 8, maxX: x + 8, maxY: y + 8 };
  });
  return { candidates, obstacles };
}

describe('placeLabels', () => {
  it('matches the place-labels fixture', () => {
    checkFixture('place-labels', (input: FeatureCollection) => {
      const viewport = boxOf(input.features.find((f) => f.properties?.role === 'viewport')!);
      const obstacles = input.features.filter((f) => f.properties?.role === 'obstacle').map(boxOf);
      const candidates = input.features
        .filter((f) => f.properties?.role === 'label')
        .map((f) => {
          const [x, y] = (f.geometry as Point).coordinates as [number, number];
          const { id, width, height, priority } = f.properties!;
          return { id, x, y, width, height, priority };
        });
      const placed = placeLabels(candidates, { viewport, obstacles });
      return {
        type: 'FeatureCollection',
        features: placed.map((p) => ({
          type: 'Feature',
          properties: { id: p.id, position: p.position },
          geometry: polygon(p.box),
        })),
      };
    });
  });

  it('gives the first position to the most important label and moves the next one', () => {
    const placed = placeLabels(
      [
        { id: 'town', x: 100, y: 112, width: 40, height: 14, priority: 2 },
        { id: 'kabul', x: 100, y: 100, width: 40, height: 14, priority: 1 },
      ],
      { viewport: VIEW },
    );
    expect(placed.map((p) => [p.id, p.position])).toEqual([
      ['kabul', 'right'],
      ['town', 'left'],
    ]);
  });

  it('drops a label that fits nowhere rather than covering a marker', () => {
    const marker = { minX: 0, minY: 0, maxX: 800, maxY: 600 };
    expect(
      placeLabels([{ id: 'a', x: 10, y: 10, width: 10, height: 10, priority: 0 }], {
        viewport: VIEW,
        obstacles: [marker],
      }),
    ).toEqual([]);
  });

  it('keeps a dot free of earlier labels and later labels off the dots', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 100, y: 100, width: 60, height: 14, priority: 1, positions: ['right'] },
        { id: 'b', x: 130, y: 100, width: 20, height: 14, priority: 2 },
        { id: 'c', x: 50, y: 100, width: 44, height: 14, priority: 3, positions: ['right'] },
      ],
      { viewport: VIEW, dotRadius: 3 },
    );
    // b's dot is under a's text; c's text would cover a's dot.
    expect(placed.map((p) => p.id)).toEqual(['a']);
  });

  it("slides an area's name to the first free shift when its centre is taken, and gives it no dot", () => {
    const capital = {
      id: 'kabul',
      x: 200,
      y: 100,
      width: 60,
      height: 14,
      priority: 1,
      positions: ['right'] as const,
    };
    const country = {
      id: 'country-AFG',
      x: 230,
      y: 93,
      width: 100,
      height: 14,
      priority: 2,
      positions: ['below'] as const,
      gap: 0,
      dot: false,
      shifts: [
        [0, -20],
        [0, 20],
      ] as const,
    };
    const placed = placeLabels([capital, country], { viewport: VIEW, dotRadius: 3 });
    expect(placed.map((p) => [p.id, p.box.minY])).toEqual([
      ['kabul', 93],
      // Its centre lies under Kabul's name: moved up a line and a half rather than left out.
      ['country-AFG', 73],
    ]);
    // Without shifts it would be left out.
    const fixed = placeLabels([capital, { ...country, shifts: [] }], { viewport: VIEW, dotRadius: 3 });
    expect(fixed.map((p) => p.id)).toEqual(['kabul']);
  });

  it('skips candidates with non-finite numbers', () => {
    const bad = { id: 'nan', x: Number.NaN, y: 1, width: 1, height: 1, priority: 0 };
    expect(placeLabels([bad], { viewport: VIEW })).toEqual([]);
  });

  it('never overlaps a label, a marker or the viewport edge, and does not depend on input order', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 200 }),
        (seed, labels, markers) => {
          const { candidates, obstacles } = scene(seed, labels, markers);
          const placed = placeLabels(candidates, { viewport: VIEW, obstacles, padding: 0 });
          const touches = (a: ScreenBox, b: ScreenBox) =>
            !(a.minX > b.maxX || a.maxX < b.minX || a.minY > b.maxY || a.maxY < b.minY);
          let bad = 0;
          for (const [i, a] of placed.entries()) {
            if (a.box.minX < 0 || a.box.maxX > 800 || a.box.minY < 0 || a.box.maxY > 600) bad++;
            for (const o of obstacles) if (overlap(a.box, o)) bad++;
            for (const b of placed.slice(i + 1)) if (overlap(a.box, b.box)) bad++;
          }
          expect(bad).toBe(0);
          // Priorities: labels come out in priority order, and an unplaced label lost, at every position,
          // to the viewport's edge, a marker, or a label at least as important.
          const byId = new Map(candidates.map((c) => [c.id, c]));
          const priorities = placed.map((p) => byId.get(p.id)!.priority);
          expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
          const ids = new Set(placed.map((p) => p.id));
          let free = 0;
          for (const c of candidates.filter((c) => !ids.has(c.id))) {
            for (const position of ['right', 'left', 'above', 'below'] as const) {
              const box = labelBox(c, position);
              const inView = box.minX >= 0 && box.maxX <= 800 && box.minY >= 0 && box.maxY <= 600;
              const blocked =
                obstacles.some((o) => touches(box, o)) ||
                placed.some((p) => byId.get(p.id)!.priority <= c.priority && touches(box, p.box));
              if (inView && !blocked) free++;
            }
          }
          expect(free).toBe(0);
          expect(placeLabels([...candidates].reverse(), { viewport: VIEW, obstacles, padding: 0 })).toEqual(
            placed,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('places 300 candidates among 3,000 markers in a few milliseconds', () => {
    const { candidates, obstacles } = scene(7, 300, 3000);
    placeLabels(candidates, { viewport: VIEW, obstacles });
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) placeLabels(candidates, { viewport: VIEW, obstacles });
    const ms = (performance.now() - start) / runs;
    // Well under 10 ms on a quiet machine (about 1.5 ms); the bound leaves room for a busy CI.
    expect(ms).toBeLessThan(25);
  });
});
