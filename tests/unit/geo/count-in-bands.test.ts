import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countInBands } from '../../../src/geo/count-in-bands.ts';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';

const KM_PER_DEGREE = 111.19508;
const point = (coordinates: Position, kind: unknown): Feature<Geometry> => ({
  type: 'Feature',
  properties: { kind },
  geometry: { type: 'Point', coordinates },
});

// A north–south frontier along 70°E; Afghanistan to the west, Pakistan to the east.
const index = createFrontierIndex({
  type: 'LineString',
  coordinates: [
    [70, 20],
    [70, 40],
  ],
});
const sideOf = (p: Position) => (p[0] < 70 ? 'AFG' : p[0] > 70 ? 'PAK' : null);
const lookups = { distanceKm: index.distanceKm, sideOf };
/** A point `km` east (positive) or west of the frontier at 30°N. */
const at = (km: number, kind: string) =>
  point([70 + km / (KM_PER_DEGREE * Math.cos((30 * Math.PI) / 180)), 30], kind);

describe('countInBands', () => {
  it('counts per band, side and kind', () => {
    const { bands, beyond, skipped } = countInBands(
      [
        at(5, 'air_strike'),
        at(5, 'air_strike'),
        at(-5, 'air_strike'),
        at(-12, 'clash'),
        at(30, 'militant_attack'),
        at(80, 'air_strike'),
        point([70, 30], 'crossing'),
      ],
      lookups,
    );
    expect(bands.map((b) => [b.fromKm, b.toKm, b.total])).toEqual([
      [0, 10, 4],
      [10, 25, 1],
      [25, 50, 1],
    ]);
    expect(bands[0].bySide.PAK.get('air_strike')).toBe(2);
    expect(bands[0].bySide.AFG.get('air_strike')).toBe(1);
    expect(bands[0].bySide.none.get('crossing')).toBe(1);
    expect(bands[1].bySide.AFG.get('clash')).toBe(1);
    expect(bands[2].bySide.PAK.get('militant_attack')).toBe(1);
    expect(beyond).toBe(1);
    expect(skipped).toBe(0);
  });

  it('puts a point at exactly a band edge in the narrower band', () => {
    const edge = countInBands([at(10, 'clash')], { distanceKm: () => 10, sideOf }, [10, 25]);
    expect(edge.bands[0].total).toBe(1);
  });

  it('skips features without a point or a kind, and kinds like __proto__ stay data', () => {
    const { bands, skipped } = countInBands(
      [
        point([70.01, 30], undefined),
        { type: 'Feature', properties: { kind: 'clash' }, geometry: { type: 'LineString', coordinates: [] } },
        { type: 'Feature', properties: { kind: 'clash' }, geometry: null },
        point([Number.NaN, 30], 'clash'),
        point([70.01, 30], '__proto__'),
      ],
      lookups,
    );
    expect(skipped).toBe(4);
    expect(bands[0].bySide.PAK.get('__proto__')).toBe(1);
    expect(Object.getPrototypeOf(bands[0].bySide)).toBe(Object.prototype);
  });

  it('takes other widths, sorted and deduplicated, and rejects bad ones', () => {
    const { bands } = countInBands([], lookups, [5, 1, 5]);
    expect(bands.map((b) => [b.fromKm, b.toKm])).toEqual([
      [0, 1],
      [1, 5],
    ]);
    expect(() => countInBands([], lookups, [])).toThrow(RangeError);
    expect(() => countInBands([], lookups, [0, 10])).toThrow(RangeError);
  });
});
