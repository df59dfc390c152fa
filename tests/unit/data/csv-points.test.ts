/** Any CSV table with coordinates → point features (fixtures/tables/points.csv, synthetic). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/data/export.ts';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import { parseTable, validateTable } from '../../../src/data/table-source.ts';

function load(source: string) {
  const features: FrontierFeature[] = [];
  const problems = validateTable(parseTable(source, 'csv'), { idPrefix: 'csv' }, 2, (slice) =>
    features.push(...slice),
  );
  return { features, problems };
}

describe('CSV points', () => {
  const { features, problems } = load(readFileSync('tests/unit/fixtures/tables/points.csv', 'utf8'));

  it('keeps the good rows with their columns, quotes, commas and line breaks', () => {
    expect(features.map((f) => f.id)).toEqual(['pt-1', 'pt-2']);
    expect(features[0]).toEqual({
      type: 'Feature',
      id: 'pt-1',
      geometry: { type: 'Point', coordinates: [69.2, 34.5] },
      properties: {
        id: 'pt-1',
        kind: 'clash',
        title: 'Test point one',
        description: 'A synthetic description, with a comma and "quotes".',
        date: '2025-10-12',
        place: 'Test Town',
        country: 'AFG',
        precision: 'town',
        uncertaintyKm: 5,
        sources: [{ url: 'https://example.org/one', publisher: 'Example Org' }],
      },
    });
    expect(features[1]!.properties).toMatchObject({
      date: '2025-10-12',
      description: 'Two lines:\nthe second one.',
    });
  });

  it('reports each bad row once, by row number, whether the mapping or the schema refused it', () => {
    // pt-2's description spans two lines of the file but is one row, as a spreadsheet shows it.
    expect(problems).toEqual([
      { message: 'row 4: lon is empty', featureIndex: 2 },
      { message: 'row 5: lat "north" is not a number', featureIndex: 3 },
      { message: 'row 6: date "yesterday" is not a date', featureIndex: 4 },
      { message: expect.stringMatching(/^row 7: kind the string "parade" is unknown/), featureIndex: 5 },
      {
        message: expect.stringMatching(/^row 8: source 1: URL .* is not an http\(s\) address/),
        featureIndex: 6,
      },
    ]);
  });

  it('skips a row with a broken quote or a wrong number of fields, and keeps the rest', () => {
    const { features, problems } = load(
      'id,lon,lat,kind\na,70,33,clash\nb,70,33\nc,70,33,clash,extra\nd,71,34,clash\n',
    );
    expect(features.map((f) => f.id)).toEqual(['a', 'd']);
    expect(problems).toEqual([
      { message: 'row 3: has 3 fields where the header has 4 (a stray comma or quote?)', featureIndex: 1 },
      { message: 'row 4: has 5 fields where the header has 4 (a stray comma or quote?)', featureIndex: 2 },
    ]);
  });

  it('reads a semicolon-separated table (as European spreadsheets save it)', () => {
    const { features } = load('id;lon;lat;kind;title\na;70,5;33;clash;x\nb;70.5;33;clash;a, b | c\n');
    // 70,5 is not a number here: a decimal comma is refused rather than read as 705 or 70.
    expect(features.map((f) => [f.id, f.properties.title])).toEqual([['b', 'a, b | c']]);
  });

  it('accepts lng/longitude and latitude, in any case, and names the missing ones', () => {
    expect(load('Name,LNG,Latitude,Kind\nA,70,33,crossing\n').features[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: [70, 33],
    });
    expect(load('name,x,y\nA,70,33\n').problems).toEqual([
      {
        message:
          'the table has no a longitude column (lon, lng, long, longitude) and no a latitude column (lat, latitude) in its header row',
      },
    ]);
  });

  it('reads back what the map exports, with its sources and claims', () => {
    const original = features[0]!;
    const withClaims: FrontierFeature = {
      ...original,
      properties: { ...original.properties, claims: [{ by: 'Test officials', claim: 'Two posts hit.' }] },
    };
    const csv = exportCsv([withClaims], { layers: ['attacks'], generated: '2026-01-01T00:00:00Z' });
    const back = load(csv);
    expect(back.problems).toEqual([]);
    expect(back.features).toHaveLength(1);
    expect(back.features[0]!.properties).toMatchObject({
      ...withClaims.properties,
      sources: [{ url: 'https://example.org/one', publisher: 'Example Org' }],
    });
  });
});
