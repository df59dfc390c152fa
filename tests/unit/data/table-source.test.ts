import { describe, expect, it } from 'vitest';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import {
  parseTable,
  readTableInSlices,
  sourceFormatOf,
  validateTable,
} from '../../../src/data/table-source.ts';
import { handleValidateRequest } from '../../../src/data/validate-request.ts';

describe('sourceFormatOf', () => {
  it.each([
    ['acled', 'export.csv', 'text/csv', 'acled'],
    [' CSV ', 'data.json', null, 'csv'],
    ['geojson', 'data.csv', 'text/csv', 'geojson'],
    [null, 'data/events.CSV?v=2#x', null, 'csv'],
    [null, '/api/events', 'text/csv; charset=utf-8', 'csv'],
    [null, null, 'text/csv', 'csv'],
    [null, 'events.geojson', 'application/geo+json', 'geojson'],
    ['xml', 'events.json', null, 'geojson'],
    [null, null, null, 'geojson'],
  ])('format=%s src=%s type=%s → %s', (attribute, src, type, format) => {
    expect(sourceFormatOf(attribute, src, type)).toBe(format);
  });
});

describe('a table through the validation request (the worker runs the same)', () => {
  it('maps rows as it reads them, applies the layer kind and names bad rows', () => {
    const counted: Array<number | null> = [];
    const outcome = handleValidateRequest(
      {
        text: new TextEncoder().encode('lat,lon,title\n33,70,A\n,70,B\n'),
        options: { format: 'csv', defaultKind: 'crossing', idPrefix: 'mine' },
      },
      { onParsed: (count) => counted.push(count) },
    );
    // Read, mapped and checked in one pass: no count before the end (the page counts the rows).
    expect(counted).toEqual([null]);
    expect(outcome).toEqual({
      ok: true,
      features: [
        {
          type: 'Feature',
          id: 'mine-0',
          geometry: { type: 'Point', coordinates: [70, 33] },
          properties: { id: 'mine-0', kind: 'crossing', title: 'A' },
        },
      ],
      problems: [{ message: 'row 3: lat is empty', featureIndex: 1 }],
    });
  });

  it('reads GeoJSON as before when no format is given', () => {
    const outcome = handleValidateRequest({ text: 'lat,lon\n33,70\n', options: {} });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('is not valid JSON') });
  });
});

describe('readTableInSlices', () => {
  it('gives the slices, features and problems of parseTable and validateTable', () => {
    const lines = ['event_id_cnty,event_date,latitude,longitude,notes'];
    for (let i = 0; i < 40; i++) {
      const id = i % 9 === 4 ? '' : i % 13 === 12 ? 'R1' : `R${i}`;
      const lat = i % 11 === 3 ? '' : String(30 + (i % 5));
      lines.push(`${id},2025-10-${String(1 + (i % 28)).padStart(2, '0')},${lat},70,"a ""note"", ${i}"`);
      if (i % 7 === 2) lines.push('x,"broken');
    }
    const text = `${lines.join('\n')}\n`;
    const options = { idPrefix: 't', takenIds: new Set(['R5', 't-9']), defaultKind: 'clash' as const };
    for (const format of ['acled', 'csv'] as const) {
      for (const sliceSize of [1, 4, 1000]) {
        const whole: FrontierFeature[][] = [];
        const problems = validateTable(parseTable(text, format, 5), options, sliceSize, (s) => whole.push(s));
        const streamed: FrontierFeature[][] = [];
        const read = readTableInSlices(text, format, options, sliceSize, (s) => streamed.push(s), 5);
        expect(read).toEqual(problems);
        expect(streamed.flat()).toStrictEqual(whole.flat());
        expect(streamed.flat().length).toBeGreaterThan(20);
        expect(problems.some((p) => p.message.includes('duplicate id'))).toBe(true);
      }
    }
  });
});
