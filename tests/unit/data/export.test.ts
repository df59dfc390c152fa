import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  EXPORT_LICENCE,
  exportCsv,
  exportFileName,
  exportGeoJson,
} from '../../../src/data/export.ts';
import type { FrontierFeature, FrontierFeatureProperties } from '../../../src/data/schema.ts';

const make = (
  id: string,
  props: Partial<FrontierFeatureProperties>,
  geometry: FrontierFeature['geometry'] = { type: 'Point', coordinates: [69.5, 34.25] },
): FrontierFeature => ({
  type: 'Feature',
  id,
  geometry,
  properties: { id, kind: 'air_strike', title: id, ...props },
});

const features = [
  make('e1', {
    date: '2025-10-09',
    title: 'Strike, "reported" near\nKabul',
    place: 'Kabul',
    country: 'AFG',
    precision: 'town',
    uncertaintyKm: 5,
    claims: [
      { by: 'Ministry A', claim: 'No damage' },
      { by: 'Ministry B', claim: '=HYPERLINK("http://evil")' },
    ],
    sources: [
      { url: 'https://example.org/a', publisher: 'Dawn', date: '2025-10-10' },
      { url: 'https://example.org/b', publisher: 'Reuters' },
    ],
  }),
  make('e2', { kind: 'clash', date: '2025-10-11', dateEnd: '2025-10-12', actor: '-1+1' }),
  make('summary', { kind: 'ground_attack', date: '2025-10-11', precision: 'multi_site' }, null),
  make('post', { kind: 'military_post', title: '@post' }, { type: 'Point', coordinates: [-70.5, 34] }),
];
const options = { layers: ['strikes', 'attacks', 'posts'] as const, from: '2025-10-09', to: '2025-10-19' };
const generated = '2026-04-08T12:00:00.000Z';

/** A small RFC 4180 reader, enough to read back what the builder writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula, but keeps numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+49 30')).toBe("'+49 30");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell(-70.5)).toBe('-70.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('defuses a formula behind blanks or invisible characters that spreadsheets skip', () => {
    for (const lead of [
      ' ',
      '  ',
      '\u00a0',
      '\ufeff',
      '\u200b',
      '\u200d',
      '\u2060',
      '\u202e',
      '\u3000',
      '\n',
      '\r\n',
      '\t ',
    ]) {
      for (const sign of ['=', '+', '-', '@']) {
        const text = `${lead}${sign}1+1`;
        expect(csvCell(text).replace(/^"/, ''), JSON.stringify(text)).toMatch(/^'/);
      }
    }
    expect(csvCell('\nplain')).toBe(`"'\nplain"`);
    expect(csvCell(' plain text')).toBe(' plain text');
    expect(csvCell('\u200bword')).toBe('\u200bword');
  });
});

describe('CSV export', () => {
  const csv = exportCsv(features, { ...options, generated });
  const rows = parseCsv(csv);

  it('writes a header and one row per feature, CRLF line ends, every row with every column', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const data = rows.slice(1);
    expect(data.map((row) => row[0])).toEqual(['e1', 'e2', 'summary', 'post']);
    for (const row of data) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('\r')),
    ).toBe(true);
  });

  it('keeps every value readable, claims and sources joined', () => {
    const e1 = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(e1).toMatchObject({
      id: 'e1',
      layer: 'strikes',
      kind: 'air_strike',
      date: '2025-10-09',
      date_end: '',
      title: 'Strike, "reported" near\nKabul',
      lon: '69.5',
      lat: '34.25',
      uncertainty_km: '5',
      claims: `Ministry A: No damage | Ministry B: =HYPERLINK("http://evil")`,
      sources: 'Dawn (2025-10-10) https://example.org/a | Reuters https://example.org/b',
    });
    const byId = (id: string) => rows.find((row) => row[0] === id)!;
    expect(byId('e2')[CSV_COLUMNS.indexOf('actor')]).toBe("'-1+1");
    expect(byId('post')[CSV_COLUMNS.indexOf('title')]).toBe("'@post");
    expect(byId('post')[CSV_COLUMNS.indexOf('lon')]).toBe('-70.5');
    expect(byId('summary')[CSV_COLUMNS.indexOf('lon')]).toBe('');
  });

  it('gives the licence, generation time and filter in the last columns of every row', () => {
    expect(CSV_COLUMNS.slice(-3)).toEqual(['licence', 'generated', 'filter']);
    for (const row of rows.slice(1)) {
      expect(row.slice(-3)).toEqual([
        EXPORT_LICENCE,
        generated,
        'layers strikes, attacks, posts; dates 2025-10-09 to 2025-10-19; 4 rows',
      ]);
    }
    expect(csv).not.toMatch(/^#/m);
  });

  it('is read by a strict parser: header first, the same number of fields in every row', () => {
    // papaparse with a header reports a row with too few or too many fields; quotes must be closed.
    const strict = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',' });
    expect(strict.errors.filter((error) => error.row !== strict.data.length - 1)).toEqual([]);
    expect(strict.meta.fields).toEqual([...CSV_COLUMNS]);
    // The file ends with CRLF: the only "row" after it is the empty remainder, which strict readers skip.
    expect(strict.data.slice(0, -1).map((row) => row.id)).toEqual(['e1', 'e2', 'summary', 'post']);
    expect(strict.data[0]!.title).toBe('Strike, "reported" near\nKabul');
    expect(strict.data[0]!.licence).toBe(EXPORT_LICENCE);
    // And by our own RFC 4180 check: every record (line breaks inside quotes allowed) has 19 fields.
    expect(new Set(parseCsv(csv).map((row) => row.length))).toEqual(new Set([CSV_COLUMNS.length]));
  });

  it('writes only the header when nothing is shown', () => {
    expect(exportCsv([], { layers: [], generated })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('GeoJSON export', () => {
  it('is exactly the features, with licence, date and filter in a metadata member', () => {
    const json = JSON.parse(exportGeoJson(features, { ...options, generated }));
    expect(json.type).toBe('FeatureCollection');
    expect(json.features.map((f: FrontierFeature) => f.id)).toEqual(['e1', 'e2', 'summary', 'post']);
    expect(json.features[0]).toEqual(features[0]);
    expect(json.metadata).toEqual({
      title: 'Afghanistan–Pakistan frontier events',
      licence: EXPORT_LICENCE,
      sources: 'Each event lists the reports it rests on in properties.sources.',
      generated,
      filter: { layers: ['strikes', 'attacks', 'posts'], from: '2025-10-09', to: '2025-10-19' },
      count: 4,
    });
    expect(EXPORT_LICENCE).toBe(
      'Boundaries © OpenStreetMap contributors (ODbL); event data compiled from public reporting, CC BY 4.0',
    );
  });
});

describe('file names', () => {
  it('say the window', () => {
    expect(exportFileName('csv', { from: '2025-10-09', to: '2025-10-19' })).toBe(
      'frontier-events_2025-10-09_2025-10-19.csv',
    );
    expect(exportFileName('geojson', { from: '2025-10-09' })).toBe('frontier-events_2025-10-09_end.geojson');
    expect(exportFileName('geojson', {})).toBe('frontier-events.geojson');
  });
});
