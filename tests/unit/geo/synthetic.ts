/**
 * Seeded synthetic inputs for the geometry tests: reproducible random points and a wiggly line shaped
 * roughly like the Afghanistan–Pakistan frontier.
 */
import type { Feature, LineString } from 'geojson';
import { seededRandom } from '../../../bench/generate-events.mjs';

/** Region of the random test points: lon 60–76, lat 28–39. */
export const REGION = { minLon: 60, maxLon: 76, minLat: 28, maxLat: 39 } as const;

/** Mulberry32: a small seeded PRNG returning numbers in [0, 1) (the benchmark's generator's own). */
export const mulberry32 = seededRandom;

/** `n` seeded random `[lon, lat]` points in `REGION`. */
export function randomPoints(n: number, seed: number): [number, number][] {
  const random = mulberry32(seed);
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    points.push([
      REGION.minLon + random() * (REGION.maxLon - REGION.minLon),
      REGION.minLat + random() * (REGION.maxLat - REGION.minLat),
    ]);
  }
  return points;
}

/**
 * A seeded random walk of `vertices` positions from the Iranian tripoint towards the Wakhan, wandering
 * a few tens of kilometres either side of the straight course.
 */
export function syntheticFrontier(vertices: number, seed: number): Feature<LineString> {
  const random = mulberry32(seed);
  const start: [number, number] = [60.87, 29.86];
  const end: [number, number] = [74.89, 37.1];
  const coordinates: [number, number][] = [];
  let offset = 0;
  for (let i = 0; i < vertices; i++) {
    const t = i / (vertices - 1);
    offset += (random() - 0.5) * 0.02;
    offset *= 0.995;
    const lon = start[0] + t * (end[0] - start[0]) - offset * 0.6;
    const lat = start[1] + t * (end[1] - start[1]) + offset;
    coordinates.push([lon, lat]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}
