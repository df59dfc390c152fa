/**
 * The analysis functions on the shipped geography (geodata/): the frontier's length, sides from the
 * basemap, the distance index against Turf, band counts of the shipped events. The functions' own
 * tests (tests/unit/geo) use synthetic lines and points; these check that the shipped files work with
 * them and agree with what the press reports.
 */
import { readFileSync } from 'node:fs';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countInBands } from '../../../src/geo/count-in-bands.ts';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';
import { frontierLengthKm } from '../../../src/geo/frontier-length.ts';
import { createFrontierSide } from '../../../src/geo/frontier-side.ts';
import { randomPoints } from '../geo/synthetic.ts';
import { hasBasemap, hasFrontier, readFrontier, readSides } from './read-geodata.ts';

/** Largest difference in metres between the index and Turf (nearest of the parts) over `points`. */
function maxErrorM(line: Feature<LineString | MultiLineString>, points: Position[]): number {
  const index = createFrontierIndex(line);
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  const turfKm = (p: Position) =>
    Math.min(
      ...parts.map((coordinates) =>
        pointToLineDistance(p, { type: 'LineString', coordinates }, { units: 'kilometers' }),
      ),
    );
  let worst = 0;
  for (const p of points) worst = Math.max(worst, Math.abs(index.distanceKm(p) - turfKm(p)) * 1000);
  return worst;
}

describe('the shipped frontier', () => {
  it.runIf(hasFrontier)('gives the shipped frontier about the length the press cites (≈ 2,600 km)', () => {
    const line = readFrontier();
    const km = frontierLengthKm(line);
    expect(km).toBeGreaterThan(2400);
    expect(km).toBeLessThan(2800);
    const recorded = line.properties?.lengthKm;
    if (typeof recorded === 'number') expect(Math.abs(km - recorded)).toBeLessThan(1);
  });

  it.runIf(hasFrontier)(
    'matches within 1 mm on 300 random points around the shipped frontier',
    () => {
      // The first 300 of the seeded points the benchmark compares (all 10,000 there: npm run bench).
      expect(maxErrorM(readFrontier(), randomPoints(300, 1))).toBeLessThan(0.001);
    },
    120_000,
  );

  it.runIf(hasBasemap)('places cities on the shipped basemap', () => {
    const real = createFrontierSide(readSides());
    expect(real([69.1783, 34.5281])).toBe('AFG'); // Kabul
    expect(real([65.71, 31.61])).toBe('AFG'); // Kandahar
    expect(real([70.45, 34.43])).toBe('AFG'); // Jalalabad
    expect(real([73.0479, 33.6844])).toBe('PAK'); // Islamabad
    expect(real([71.5249, 34.0151])).toBe('PAK'); // Peshawar
    expect(real([67.0, 30.18])).toBe('PAK'); // Quetta
    expect(real([51.389, 35.6892])).toBeNull(); // Tehran
    expect(real([77.209, 28.6139])).toBeNull(); // Delhi
  });

  it.runIf(hasBasemap && hasFrontier)('agrees with the frontier: points 5 km either side of it', () => {
    const real = createFrontierSide(readSides());
    const index = createFrontierIndex(readFrontier());
    // Along the Khyber and Kurram stretch the frontier runs roughly north–south.
    for (const [lon, lat, side] of [
      [71.25, 34.1, 'PAK'],
      [70.9, 34.1, 'AFG'],
    ] as const) {
      expect(index.distanceKm([lon, lat])).toBeGreaterThan(5);
      expect(real([lon, lat])).toBe(side);
    }
  });
});

describe('the shipped events', () => {
  it.runIf(hasFrontier && hasBasemap)('counts the shipped events without error', async () => {
    const events = JSON.parse(readFileSync('geodata/events.geojson', 'utf8')).features;
    const real = createFrontierIndex(readFrontier());
    const counts = countInBands(events, {
      distanceKm: real.distanceKm,
      sideOf: createFrontierSide(readSides()),
    });
    const counted = counts.bands.reduce((sum, b) => sum + b.total, 0) + counts.beyond + counts.skipped;
    expect(counted).toBe(events.length);
    expect(counts.bands[2].total).toBeGreaterThan(0);
  });
});
