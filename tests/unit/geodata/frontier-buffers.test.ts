/**
 * The precomputed default buffers, written by `node scripts/build-buffers.mjs`. Recomputing them here
 * would take seconds per width, so the file is checked for validity and for having been built from
 * the frontier as it is now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assertValidBuffer } from '../../../src/geo/buffers.ts';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';
import { frontierLengthKm } from '../../../src/geo/frontier-length.ts';
import { rewindPolygons } from '../../../src/geo/rings.ts';
import { BUFFERS_PATH, hasFrontier, readFrontier } from './read-geodata.ts';

const present = hasFrontier && existsSync(BUFFERS_PATH);

describe.runIf(present)('geodata/derived/frontier-buffers.geojson', () => {
  const file: FeatureCollection<Polygon | MultiPolygon> = present
    ? JSON.parse(readFileSync(BUFFERS_PATH, 'utf8'))
    : null!;
  const line = present ? readFrontier() : null!;
  const vertices = present
    ? line.geometry.type === 'LineString'
      ? line.geometry.coordinates
      : line.geometry.coordinates.flat()
    : [];

  it('holds 10, 25 and 50 km, in order', () => {
    expect(file.features.map((f) => f.properties?.widthKm)).toEqual([10, 25, 50]);
  });

  it('was built from the current frontier (re-run scripts/build-buffers.mjs if not)', () => {
    const km = Math.round(frontierLengthKm(line) * 1000) / 1000;
    for (const { properties } of file.features) {
      expect(properties).toMatchObject({ frontierVertices: vertices.length, frontierKm: km });
    }
  });

  it.each([0, 1, 2])('buffer %i is a valid polygon with RFC 7946 winding', (i) => {
    const feature = file.features[i] as Feature<Polygon | MultiPolygon>;
    expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    assertValidBuffer(feature);
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    expect(rewindPolygons(feature.geometry)).toEqual(polygons);
  });

  it.each([0, 1, 2])('buffer %i contains the whole frontier and the narrower buffers', (i) => {
    const feature = file.features[i] as Feature<Polygon | MultiPolygon>;
    for (const p of vertices) expect(booleanPointInPolygon(p, feature)).toBe(true);
    const narrower = file.features
      .slice(0, i)
      .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
    for (const p of narrower.flat(2)) expect(booleanPointInPolygon(p, feature)).toBe(true);
  });

  it.each([0, 1, 2])('buffer %i has its boundary within 97–102 % of the width from the frontier', (i) => {
    const feature = file.features[i] as Feature<Polygon | MultiPolygon>;
    const widthKm = feature.properties?.widthKm as number;
    const index = createFrontierIndex(line);
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const p of polygons.flat(2)) {
      const ratio = index.distanceKm(p) / widthKm;
      // The bounds frontierBuffer documents: simplification 2 %, chords 0.5 %, projection 0.25 %.
      expect(ratio).toBeGreaterThan(0.97);
      expect(ratio).toBeLessThan(1.02);
    }
  });
});
