/** Packed features (the batches a validation worker sends) unpack to what was packed, key order included. */
import { describe, expect, it } from 'vitest';
import { generateAcled } from '../../../bench/generate-acled.mjs';
import { generateEvents } from '../../../bench/generate-events.mjs';
import { packFeatures, unpackFeatures } from '../../../src/data/feature-pack.ts';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import { parseTable, validateTable } from '../../../src/data/table-source.ts';
import { validateGeoJson } from '../../../src/data/validate.ts';

/** Through a structured clone, as a message would carry it. */
function roundTrip(features: FrontierFeature[]): FrontierFeature[] {
  const out: FrontierFeature[] = [];
  unpackFeatures(structuredClone(packFeatures(features)), out);
  return out;
}

/** The same values and, at every level, the same keys in the same order. */
function expectSame(actual: FrontierFeature[], expected: FrontierFeature[]) {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe('packFeatures / unpackFeatures', () => {
  it('round-trips generated events and the features of ACLED rows', () => {
    const events = validateGeoJson(generateEvents(300, { seed: 2 })).features;
    expectSame(roundTrip(events), events);
    const acled: FrontierFeature[] = [];
    validateTable(parseTable(generateAcled(300, { seed: 2 }), 'acled'), {}, 1000, (slice) =>
      acled.push(...slice),
    );
    expect(acled).toHaveLength(300);
    expectSame(roundTrip(acled), acled);
  });

  it('keeps every property the schema has, other geometries and the absence of optional ones', () => {
    const { features, problems } = validateGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 7,
          geometry: { type: 'Point', coordinates: [69.1, 34.5, 1200] },
          properties: {
            kind: 'talks',
            title: 'Talks — “in Doha”',
            description: 'Line one\nline two 🕊',
            date: '2025-10-18',
            dateEnd: '2025-10-19',
            place: 'Doha',
            country: 'QAT',
            precision: 'exact',
            uncertaintyKm: 0,
            actor: 'Both sides',
            claims: [
              { by: 'A', claim: 'a' },
              { by: 'B', claim: 'b' },
            ],
            sources: [
              { url: 'https://example.org/a', publisher: 'A', date: '2025-10', dateApprox: true },
              { url: 'https://example.org/b', publisher: 'B' },
            ],
            color: '#c00',
            i18n: { ps: { title: 'خبرې' }, ur: { title: 'مذاکرات', description: 'متن' } },
          },
        },
        {
          type: 'Feature',
          geometry: null,
          properties: { id: 'sum', kind: 'clash', precision: 'multi_site', parts: ['a', 'b'], claims: [] },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [69, 34],
              [70, 35],
            ],
          },
          properties: { kind: 'crossing', title: '' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-0.5, 0] },
          properties: { kind: 'venue' },
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(features).toHaveLength(4);
    expectSame(roundTrip(features), features);
    expect(roundTrip([])).toEqual([]);
  });

  it('sends the text of a small set once', () => {
    const events = validateGeoJson(generateEvents(500, { seed: 4 })).features;
    const pack = packFeatures(events);
    const kinds = new Set(events.map((feature) => feature.properties.kind));
    expect(pack.ends.length).toBeLessThan(events.length * 5);
    expect(pack.text.split('air_strike').length - 1).toBe(kinds.has('air_strike') ? 1 : 0);
  });
});
