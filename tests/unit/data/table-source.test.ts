import { describe, expect, it } from 'vitest';
import { sourceFormatOf } from '../../../src/data/table-source.ts';
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
  it('counts the rows it can map, applies the layer kind and names bad rows', () => {
    const counted: Array<number | null> = [];
    const outcome = handleValidateRequest(
      {
        text: new TextEncoder().encode('lat,lon,title\n33,70,A\n,70,B\n'),
        options: { format: 'csv', defaultKind: 'crossing', idPrefix: 'mine' },
      },
      { onParsed: (count) => counted.push(count) },
    );
    expect(counted).toEqual([1]);
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
