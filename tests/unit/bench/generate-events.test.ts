/** The benchmark's synthetic events: the same seed gives the same data, and all of it is valid. */
import { describe, expect, it } from 'vitest';
import { generateEvents, KIND_SHARES, REGION } from '../../../bench/generate-events.mjs';
import { EVENT_KINDS } from '../../../src/data/schema.ts';
import { validateGeoJson } from '../../../src/data/validate.ts';

describe('generateEvents', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateEvents(300, { seed: 3 })).toEqual(generateEvents(300, { seed: 3 }));
    expect(generateEvents(300, { seed: 4 })).not.toEqual(generateEvents(300, { seed: 3 }));
    // A longer run starts with the same events as a shorter one.
    expect(generateEvents(500, { seed: 3 }).features.slice(0, 300)).toEqual(
      generateEvents(300, { seed: 3 }).features,
    );
  });

  it('gives valid events in the region and the season, with https sources', () => {
    const collection = generateEvents(2000, { seed: 11 });
    const { features, problems } = validateGeoJson(collection, { strict: true });
    expect(problems).toEqual([]);
    expect(features).toHaveLength(2000);
    const [west, south, east, north] = REGION;
    for (const feature of features) {
      const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(west);
      expect(lon).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
      expect(feature.properties.date! >= '2025-10-01' && feature.properties.date! <= '2026-04-30').toBe(true);
      expect(feature.properties.sources![0]!.url).toMatch(/^https:\/\//);
    }
  });

  it('spreads the rows over every event kind', () => {
    expect(Object.keys(KIND_SHARES).sort()).toEqual([...EVENT_KINDS].sort());
    const kinds = new Set(generateEvents(2000).features.map((f) => f.properties.kind));
    expect(kinds.size).toBe(EVENT_KINDS.length);
  });
});
