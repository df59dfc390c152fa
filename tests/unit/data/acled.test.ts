/** ACLED rows → features, on a synthetic export with ACLED's full column set (fixtures/tables). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAcled } from '../../../bench/generate-acled.mjs';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import { parseTable, validateTable } from '../../../src/data/table-source.ts';
import { validateGeoJson } from '../../../src/data/validate.ts';

const text = readFileSync('tests/unit/fixtures/tables/acled-sample.csv', 'utf8');

function load(source = text) {
  const table = parseTable(source, 'acled');
  const features: FrontierFeature[] = [];
  const problems = validateTable(table, { idPrefix: 'acled' }, Number.POSITIVE_INFINITY, (slice) =>
    features.push(...slice),
  );
  return { features, problems, byId: (id: string) => features.find((f) => f.id === id)! };
}

describe('ACLED export', () => {
  it('keeps every usable row and names each bad one by row and column', () => {
    const { features, problems } = load();
    expect(features.map((f) => f.id)).toEqual([
      'TST0001',
      'TST0002',
      'TST0005',
      'TST0006',
      'TST0007',
      'TST0008',
      'TST0009',
    ]);
    expect(problems).toEqual([
      { message: 'row 4: latitude is empty', featureIndex: 2 },
      { message: 'row 5: longitude "seventy" is not a number', featureIndex: 3 },
      {
        message: 'row 11: event_date "31 February 2025" is not a date (2025-10-12 or 12 October 2025)',
        featureIndex: 9,
      },
    ]);
  });

  it('maps an air strike: point, ISO date, town precision, attributed fatalities, ACLED as the source', () => {
    const strike = load().byId('TST0001');
    expect(strike.geometry).toEqual({ type: 'Point', coordinates: [69.5, 33.5] });
    expect(strike.properties).toMatchObject({
      kind: 'air_strike',
      title: 'Air/drone strike in Test Village A, Test District, Test Province (ACLED)',
      date: '2025-10-12',
      place: 'Test Village A, Test District, Test Province',
      country: 'AFG',
      precision: 'town',
      uncertaintyKm: 5,
      actor: 'Test Air Force',
      claims: [{ by: 'ACLED', claim: 'ACLED records 3 fatalities, citing Test Daily, Example Wire.' }],
      sources: [
        {
          url: 'https://acleddata.com/',
          publisher: 'ACLED, citing Test Daily, Example Wire',
          date: '2025-10-13',
        },
      ],
    });
    // The notes, quotes and commas as written, then ACLED's other fields as text.
    expect(strike.properties.description).toBe(
      'On 12 October 2025, a synthetic "test" strike hit Test Village A, according to Test Daily.\n\n' +
        'Actors: Test Air Force; Test Civilians. (ACLED TST0001)',
    );
  });

  it('reads the long date form, keeps line breaks in notes, and widens the radius with geo_precision', () => {
    const { byId } = load();
    const clash = byId('TST0002');
    expect(clash.properties).toMatchObject({ kind: 'clash', date: '2025-10-12', country: 'PAK' });
    expect(clash.properties).toMatchObject({ precision: 'district', uncertaintyKm: 25 });
    expect(clash.properties.description).toContain(
      'First line of a synthetic note.\nSecond line, after a line break.',
    );
    expect(clash.properties.description).toContain('Date known to within a week.');
    expect(clash.properties.claims).toEqual([
      { by: 'ACLED', claim: 'ACLED records 1 fatality, citing Example Wire.' },
    ]);
    const bombing = byId('TST0005');
    expect(bombing.properties).toMatchObject({
      kind: 'militant_attack',
      precision: 'province',
      uncertaintyKm: 100,
    });
    expect(bombing.properties.claims).toEqual([
      { by: 'ACLED', claim: 'ACLED records 5 fatalities, citing no named source.' },
    ]);
    expect(bombing.properties.sources).toEqual([
      { url: 'https://acleddata.com/', publisher: 'ACLED', date: '2025-10-13' },
    ]);
    expect(bombing.properties.description).toContain('Civilians targeted.');
  });

  it('keeps kinds the schema lacks (protests, unknown types) as statements, never dropping them', () => {
    const { byId } = load();
    expect(byId('TST0006').properties.kind).toBe('ceasefire');
    expect(byId('TST0007').properties.kind).toBe('statement');
    expect(byId('TST0007').properties.description).not.toContain('not one the map knows');
    expect(byId('TST0007').properties.title).toBe(
      'Peaceful protest in Test Village A, Test District, Test Province (ACLED)',
    );
    const unknown = byId('TST0008');
    expect(unknown.properties.kind).toBe('statement');
    expect(unknown.properties.description).toContain(
      'ACLED type Test events / Unheard-of type, not one the map knows: shown as a statement.',
    );
    // Empty fatalities: no claim rather than a made-up zero.
    expect(unknown.properties.claims).toBeUndefined();
    expect(byId('TST0009').properties.kind).toBe('ground_attack');
  });

  it('maps an agreement without a ceasefire in its notes to talks', () => {
    const talks = text.replace(
      'both test sides agreed to a ceasefire',
      'both test sides agreed to meet again',
    );
    expect(load(talks).byId('TST0006').properties.kind).toBe('talks');
  });

  it('refuses, with one problem, a table without the coordinate and date columns', () => {
    expect(load('event_id_cnty,notes\r\nTST1,hello\r\n')).toEqual({
      features: [],
      problems: [
        {
          message:
            'the table has no event_date, latitude, longitude columns in its header row (is it an ACLED export?)',
        },
      ],
      byId: expect.any(Function),
    });
  });

  it('builds each feature as validation gives it back, so that only ids are checked again', () => {
    const noId = text.replace('TST0007,', ',');
    for (const source of [text, noId, generateAcled(300, { seed: 6 })]) {
      const { features } = load(source);
      const again = validateGeoJson({ type: 'FeatureCollection', features }, { strict: true });
      expect(again.problems).toEqual([]);
      expect(again.features).toStrictEqual(features);
      expect(JSON.stringify(again.features)).toBe(JSON.stringify(features));
    }
    expect(load(noId).features.map((f) => f.id)).toContain('acled-6');
    expect(load(noId).byId('acled-6').properties.id).toBe('acled-6');
  });

  it('names a repeated or taken event id as validation does, by row', () => {
    const twice = `${text.trimEnd()}\r\n${text.split('\r\n').find((line) => line.startsWith('TST0002'))}\r\n`;
    const table = parseTable(twice, 'acled');
    const kept: FrontierFeature[] = [];
    const problems = validateTable(table, { takenIds: new Set(['TST0005']) }, 3, (slice) =>
      kept.push(...slice),
    );
    expect(problems.filter((p) => p.message.includes('duplicate'))).toEqual([
      { message: 'row 6: duplicate id "TST0005"', featureIndex: 4 },
      { message: 'row 12: duplicate id "TST0002"', featureIndex: 10 },
    ]);
    expect(kept.map((f) => f.id)).not.toContain('TST0005');
  });
});
