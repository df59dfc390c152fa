import { describe, expect, it } from 'vitest';
import { rejectTakenIds, safeCssColor, safeHttpUrl, validateGeoJson } from '../../../src/data/validate.ts';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const feature = (properties: Record<string, unknown>, geometry: unknown = point(69, 34)) => ({
  type: 'Feature',
  geometry,
  properties,
});
const event = (extra: Record<string, unknown> = {}) =>
  feature({
    id: 'e1',
    kind: 'air_strike',
    title: 'Strike',
    date: '2025-10-09',
    precision: 'town',
    sources: [{ url: 'https://example.org/a', publisher: 'Example' }],
    ...extra,
  });

describe('validateGeoJson', () => {
  it('keeps a valid event with known keys only', () => {
    const input = event({ extra: 'dropped', uncertaintyKm: 5 });
    const { features, problems } = validateGeoJson(
      { type: 'FeatureCollection', features: [input] },
      { strict: true },
    );
    expect(problems).toEqual([]);
    expect(features).toHaveLength(1);
    expect(features[0]!.properties).toEqual({
      id: 'e1',
      kind: 'air_strike',
      title: 'Strike',
      date: '2025-10-09',
      precision: 'town',
      uncertaintyKm: 5,
      sources: [{ url: 'https://example.org/a', publisher: 'Example' }],
    });
  });

  it('rejects one bad feature and keeps the others, naming index and problem', () => {
    const { features, problems } = validateGeoJson({
      type: 'FeatureCollection',
      features: [event(), event({ id: 'e2', date: '2025-13-40' }), event({ id: 'e3' })],
    });
    expect(features.map((f) => f.id)).toEqual(['e1', 'e3']);
    expect(problems).toEqual([
      { featureIndex: 1, message: 'feature 1: date the string "2025-13-40" is not a date (yyyy-mm-dd)' },
    ]);
  });

  it('hints at swapped coordinates', () => {
    const { problems } = validateGeoJson(feature({ kind: 'crossing' }, point(34.1, 94.1)));
    expect(problems[0]!.message).toBe(
      'feature 0: latitude 94.1 is outside −90…90 — are longitude and latitude swapped?',
    );
  });

  it.each([
    [{ type: 'Point', coordinates: [Number.NaN, 3] }, 'coordinate NaN is not a finite number'],
    [{ type: 'Point', coordinates: ['69', 34] }, 'coordinate the string "69" is not a finite number'],
    [{ type: 'Point', coordinates: [200, 34] }, 'longitude 200 is outside −180…180'],
    [{ type: 'LineString', coordinates: [] }, 'geometry is empty (no coordinates)'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      'polygon ring 0 is not closed',
    ],
    [
      { type: 'GeometryCollection', geometries: [] },
      'geometry type the string "GeometryCollection" is not supported',
    ],
    [
      { type: 'Point', coordinates: [[[[[69, 34]]]]] },
      'a position must be [longitude, latitude], got an array',
    ],
  ])('rejects bad geometry %j', (geometry, message) => {
    const { features, problems } = validateGeoJson(feature({ kind: 'crossing' }, geometry));
    expect(features).toEqual([]);
    expect(problems[0]!.message).toContain(message);
  });

  it('accepts a bare geometry or a single feature', () => {
    expect(validateGeoJson(point(69, 34), { defaultKind: 'crossing' }).features).toHaveLength(1);
    expect(validateGeoJson(event()).features).toHaveLength(1);
  });

  it('gives one problem for input that is not GeoJSON', () => {
    expect(validateGeoJson([1, 2]).problems).toEqual([
      { message: 'expected a GeoJSON object, got an array' },
    ]);
    expect(validateGeoJson({ type: 'Topology' }).problems[0]!.message).toMatch(/expected GeoJSON/);
  });

  it('rejects duplicate ids, unknown kinds and dateEnd before date', () => {
    const { features, problems } = validateGeoJson({
      type: 'FeatureCollection',
      features: [
        event(),
        event(),
        event({ id: 'x', kind: 'parade' }),
        event({ id: 'y', dateEnd: '2025-10-01' }),
      ],
    });
    expect(features).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual([
      'feature 1: duplicate id "e1"',
      expect.stringContaining('feature 2: kind the string "parade" is unknown'),
      'feature 3: dateEnd 2025-10-01 is before date 2025-10-09',
    ]);
  });

  it('in strict mode requires sources for events; sources must be http(s)', () => {
    expect(validateGeoJson(event({ sources: [] }), { strict: true }).problems[0]!.message).toBe(
      'feature 0: an event needs at least one source',
    );
    expect(
      validateGeoJson(event({ sources: [{ url: 'javascript:alert(1)', publisher: 'x' }] })).problems[0]!
        .message,
    ).toContain('is not an http(s) address');
  });

  it('keeps a source dated by day, month or year, and rejects other dates', () => {
    const dated = (date: string) =>
      validateGeoJson(
        event({ sources: [{ url: 'https://example.org/a', publisher: 'x', date, dateApprox: true }] }),
      );
    for (const date of ['2025-10-19', '2025-12', '2026']) {
      expect(dated(date).features[0]!.properties.sources, date).toEqual([
        { url: 'https://example.org/a', publisher: 'x', date, dateApprox: true },
      ]);
    }
    for (const date of ['2025-13', '2025-02-30', 'Dec 2025', '25-12']) {
      expect(dated(date).problems[0]!.message, date).toContain('is not yyyy-mm-dd, yyyy-mm or yyyy');
    }
  });

  it('allows null geometry only for multi_site summaries', () => {
    expect(validateGeoJson(feature({ kind: 'clash', precision: 'multi_site' }, null)).features).toHaveLength(
      1,
    );
    expect(validateGeoJson(feature({ kind: 'clash' }, null)).problems[0]!.message).toContain(
      'geometry is null',
    );
  });

  it('does not let __proto__ in data reach our objects', () => {
    const input = JSON.parse(
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[69,34]},"properties":{"kind":"crossing","__proto__":{"polluted":true}}}',
    );
    const { features } = validateGeoJson(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(features[0]!.properties)).toBe(Object.prototype);
    expect('polluted' in features[0]!.properties).toBe(false);
  });
});

describe('validateGeoJson: RFC 7946 details', () => {
  const crs = (name: string) => ({ type: 'name', properties: { name } });

  it('accepts a legacy crs naming WGS 84 and rejects the source for any other', () => {
    const collection = (member: unknown) => ({
      type: 'FeatureCollection',
      crs: member,
      features: [feature({ kind: 'crossing' })],
    });
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326']) {
      expect(validateGeoJson(collection(crs(name))).features, name).toHaveLength(1);
    }
    expect(validateGeoJson(collection({ type: 'EPSG', properties: { code: 4326 } })).features).toHaveLength(
      1,
    );
    expect(validateGeoJson(collection(null)).features).toHaveLength(1);
    const { features, problems } = validateGeoJson(collection(crs('urn:ogc:def:crs:EPSG::3857')));
    expect(features).toEqual([]);
    expect(problems).toEqual([
      {
        message:
          'uses the coordinate reference system "urn:ogc:def:crs:EPSG::3857"; only WGS 84 longitude/latitude ' +
          '(CRS84, EPSG:4326) is supported — reproject the data to WGS 84 and drop the "crs" member',
      },
    ]);
  });

  it('rejects a feature whose own crs is not WGS 84', () => {
    const projected = { ...feature({ kind: 'crossing' }), crs: crs('EPSG:32642') };
    const { features, problems } = validateGeoJson({
      type: 'FeatureCollection',
      features: [feature({ id: 'a', kind: 'crossing' }), projected],
    });
    expect(features.map((f) => f.id)).toEqual(['a']);
    expect(problems[0]!.message).toContain('feature 1: uses the coordinate reference system "EPSG:32642"');
  });

  it('names GeometryCollection as unsupported and suggests one feature per geometry', () => {
    const { problems } = validateGeoJson({ type: 'GeometryCollection', geometries: [point(69, 34)] });
    expect(problems[0]!.message).toBe(
      'feature 0: geometry type the string "GeometryCollection" is not supported: give each geometry its own Feature',
    );
  });

  it('does not take inherited names (constructor, __proto__) for geometry types', () => {
    for (const type of ['constructor', '__proto__', 'toString']) {
      const { features, problems } = validateGeoJson(
        feature({ kind: 'crossing' }, { type, coordinates: [69, 34] }),
      );
      expect(features, type).toEqual([]);
      expect(problems[0]!.message).toContain('is not supported (Point, LineString, Polygon and Multi*)');
    }
  });

  it('rejects a MultiLineString with a part of one position, naming the part', () => {
    const line = (...parts: number[][][]) => ({ type: 'MultiLineString', coordinates: parts });
    const good = feature(
      { id: 'ok', kind: 'crossing' },
      line(
        [
          [69, 34],
          [70, 34],
        ],
        [
          [71, 35],
          [72, 35],
        ],
      ),
    );
    const short = feature(
      { id: 'short', kind: 'crossing' },
      line(
        [
          [69, 34],
          [70, 34],
        ],
        [[71, 35]],
      ),
    );
    const { features, problems } = validateGeoJson({ type: 'FeatureCollection', features: [good, short] });
    expect(features.map((f) => f.id)).toEqual(['ok']);
    expect(problems).toEqual([
      {
        message: 'feature 1: MultiLineString part 1 has 1 position; a line needs at least 2',
        featureIndex: 1,
      },
    ]);
  });

  it('takes a polygon ring as closed only when its ends agree in altitude too (§3.1.6)', () => {
    const ring = (first: number[], last: number[]) => ({
      type: 'Polygon',
      coordinates: [[first, [71, 33, 0], [71, 34, 0], last]],
    });
    const cases = {
      'same altitude': ring([70, 33, 1200], [70, 33, 1200]),
      'altitudes differ': ring([70, 33, 1200], [70, 33, 1250]),
      'only the first has one': ring([70, 33, 1200], [70, 33]),
      'no altitudes': ring([70, 33], [70, 33]),
    };
    const { features, problems } = validateGeoJson({
      type: 'FeatureCollection',
      features: Object.entries(cases).map(([id, geometry]) => feature({ id, kind: 'venue' }, geometry)),
    });
    expect(features.map((f) => f.id)).toEqual(['same altitude', 'no altitudes']);
    const message = 'polygon ring 0 is not closed (its first and last positions differ in altitude)';
    expect(problems).toEqual([
      { message: `feature 1: ${message}`, featureIndex: 1 },
      { message: `feature 2: ${message}`, featureIndex: 2 },
    ]);
  });

  it('rejects coordinates nested 100,000 deep without recursing into them', () => {
    const depth = 100_000;
    const text = `{"type":"Point","coordinates":${'['.repeat(depth)}69,34${']'.repeat(depth)}}`;
    const { problems } = validateGeoJson(JSON.parse(text), { defaultKind: 'crossing' });
    expect(problems[0]!.message).toBe('feature 0: a position must be [longitude, latitude], got an array');
  });

  it('says when a feature has no kind at all, and cuts long values in messages', () => {
    expect(validateGeoJson(feature({ id: 'k' })).problems[0]!.message).toMatch(
      /^feature 0: has no "kind" \(expected one of air_strike, .*, or a kind on the layer\)$/,
    );
    const long = 'x'.repeat(500);
    const message = validateGeoJson(feature({ kind: long })).problems[0]!.message;
    expect(message).toContain(`kind the string "${'x'.repeat(40)}…" is unknown`);
    expect(message.length).toBeLessThan(400);
  });
});

describe('rejectTakenIds', () => {
  it('rejects, at their own index, kept features whose ids another source took meanwhile', () => {
    const result = validateGeoJson({
      type: 'FeatureCollection',
      features: [
        event({ id: 'a' }),
        event({ id: 'b', date: 'soon' }),
        event({ id: 'c' }),
        event({ id: 'd' }),
      ],
    });
    const { features, problems } = rejectTakenIds(result, new Set(['c']));
    expect(features.map((f) => f.id)).toEqual(['a', 'd']);
    expect(problems).toEqual([
      { featureIndex: 1, message: 'feature 1: date the string "soon" is not a date (yyyy-mm-dd)' },
      { featureIndex: 2, message: 'feature 2: duplicate id "c"' },
    ]);
    expect(rejectTakenIds(result, new Set(['x']))).toBe(result);
  });
});

describe('safe values', () => {
  it('allows only http(s) URLs', () => {
    expect(safeHttpUrl('https://a.org/x')).toBe('https://a.org/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
  it('allows plain colours only', () => {
    expect(safeCssColor('#c00')).toBe('#c00');
    expect(safeCssColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(safeCssColor('red')).toBe('red');
    expect(safeCssColor('red; background: url(x)')).toBeNull();
    expect(safeCssColor('url(javascript:x)')).toBeNull();
  });
});
