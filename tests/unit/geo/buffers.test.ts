import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assertValidBuffer, bandsFromBuffers, frontierBuffer } from '../../../src/geo/buffers.ts';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';
import { ringArea2 } from '../../../src/geo/rings.ts';
import { checkFixture, readFixture } from './fixtures.ts';
import { mulberry32 } from './synthetic.ts';

const [openLine, loop] = readFixture('buffer-bands').features as Feature<LineString>[];
const WIDTHS = [10, 25, 50];

/** Every ring vertex's distance to the line, as a fraction of the width. */
function vertexRatios(
  line: Feature<LineString>,
  buffer: Feature<Polygon | { type: 'MultiPolygon'; coordinates: Position[][][] }>,
  widthKm: number,
) {
  const index = createFrontierIndex(line);
  const polygons =
    buffer.geometry.type === 'Polygon' ? [buffer.geometry.coordinates] : buffer.geometry.coordinates;
  const ratios = polygons.flat(2).map((p) => index.distanceKm(p) / widthKm);
  return { min: Math.min(...ratios), max: Math.max(...ratios) };
}

describe('frontierBuffer', () => {
  it.each(WIDTHS)('buffers by %s km: valid, RFC 7946 winding, boundary at the width', (widthKm) => {
    const buffer = frontierBuffer(openLine, widthKm);
    expect(buffer.properties).toEqual({ widthKm, toleranceKm: widthKm / 50 });
    expect(buffer.geometry.type).toBe('Polygon');
    const [shell] = (buffer.geometry as Polygon).coordinates;
    expect(ringArea2(shell)).toBeGreaterThan(0);
    const { min, max } = vertexRatios(openLine, buffer, widthKm);
    expect(min).toBeGreaterThan(0.97);
    expect(max).toBeLessThan(1.02);
    for (const p of openLine.geometry.coordinates) expect(booleanPointInPolygon(p, buffer)).toBe(true);
  });

  it('keeps the hole inside a closed loop, wound clockwise', () => {
    const buffer = frontierBuffer(loop, 25);
    const [shell, hole] = (buffer.geometry as Polygon).coordinates;
    expect(ringArea2(shell)).toBeGreaterThan(0);
    expect(ringArea2(hole)).toBeLessThan(0);
    expect(booleanPointInPolygon([64.65, 31.55], buffer)).toBe(false);
  });

  it('takes a tolerance and MultiLineStrings', () => {
    const buffer = frontierBuffer(
      {
        type: 'MultiLineString',
        coordinates: [
          openLine.geometry.coordinates,
          [
            [75, 35],
            [75.2, 35.1],
          ],
        ],
      },
      10,
      { toleranceKm: 0 },
    );
    expect(buffer.geometry.type).toBe('MultiPolygon');
    expect(buffer.properties.toleranceKm).toBe(0);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for width %s', (widthKm) => {
    expect(() => frontierBuffer(openLine, widthKm)).toThrow(RangeError);
  });

  it('rejects bad lines', () => {
    expect(() => frontierBuffer({ type: 'LineString', coordinates: [[70, 30]] }, 10)).toThrow(RangeError);
    expect(() => frontierBuffer({ type: 'Point', coordinates: [70, 30] } as never, 10)).toThrow(TypeError);
  });
});

describe('assertValidBuffer', () => {
  it('rejects a self-intersecting polygon', () => {
    const bowTie: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    };
    expect(() => assertValidBuffer(bowTie)).toThrow(/self-intersection/);
  });
});

describe('bandsFromBuffers', () => {
  it.each([
    ['an open line', openLine],
    ['a closed loop (buffers with holes)', loop],
  ])('puts each point in the one band of its distance, for %s', (_, line) => {
    const buffers = [50, 10, 25].map((w) => frontierBuffer(line, w));
    const bands = bandsFromBuffers(buffers);
    expect(bands.map((b) => b.properties)).toEqual([
      { fromKm: 0, toKm: 10 },
      { fromKm: 10, toKm: 25 },
      { fromKm: 25, toKm: 50 },
    ]);
    for (const band of bands) assertValidBuffer(band);
    const index = createFrontierIndex(line);
    const random = mulberry32(3);
    let checked = 0;
    for (let i = 0; i < 600; i++) {
      const p: Position = [63 + random() * 9, 30 + random() * 5];
      const km = index.distanceKm(p);
      // Skip points within the buffers' accuracy (3 % of the width) of a band edge.
      if (WIDTHS.some((w) => Math.abs(km - w) < 0.03 * w)) continue;
      const expected = km < 10 ? 0 : km < 25 ? 1 : km < 50 ? 2 : -1;
      const inside = bands.map((band) => booleanPointInPolygon(p, band));
      expect(inside.indexOf(true)).toBe(expected);
      expect(inside.filter(Boolean).length).toBe(expected === -1 ? 0 : 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('matches the buffer-bands fixture', () => {
    checkFixture('buffer-bands', (input) => ({
      type: 'FeatureCollection',
      features: input.features.flatMap((f) => {
        const widths = f.properties?.widthsKm as number[];
        const bands = bandsFromBuffers(widths.map((w) => frontierBuffer(f as Feature<LineString>, w)));
        return bands.map((band) => ({
          ...band,
          properties: { ...band.properties, line: f.properties?.name },
        }));
      }),
    }));
  });
});
