/**
 * The shipped province outlines, place labels and coarse basemap, written by `npm run build:geodata`.
 * Checks the committed files, so a rebuild that drifts shows up here.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  parseGazetteerNames,
  parseGazetteerReview,
  withoutReviewed,
} from '../../../scripts/geodata/gazetteer-names.mjs';
import { parsePlaceNames } from '../../../scripts/geodata/place-names.mjs';

interface LabelProps {
  id: string;
  rank: number;
  kind: 'capital' | 'province' | 'crossing' | 'town';
  name: string;
  names?: { ps?: string; prs?: string; ur?: string };
  country: string;
  minZoom: number;
  population?: number;
  source: string;
  sourceId: string;
}
const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
const BANDS = { 'labels-z0-6.geojson': [0, 6], 'labels-z7-8.geojson': [7, 8], 'labels-z9.geojson': [9, 9] };
const bands = Object.entries(BANDS).map(([file, range]) => ({
  file,
  range,
  labels: (read(file) as FeatureCollection<Point, LabelProps>).features,
}));
const labels = bands.flatMap((b) => b.labels);
const upTo = (zoom: number) => labels.filter((f) => f.properties.minZoom <= zoom);
const named = (name: string, kind?: string) =>
  labels.find((f) => f.properties.name === name && (!kind || f.properties.kind === kind));

type Provinces = Topology<{ provinces: GeometryCollection<{ iso: string; name: string; country: string }> }>;
const provincesTopo: Provinces = read('provinces.topojson');
const provinces = feature(provincesTopo, provincesTopo.objects.provinces) as unknown as FeatureCollection<
  Polygon | MultiPolygon,
  { iso: string; name: string; country: string; includesFormer?: string[] }
>;
const province = (iso: string) => provinces.features.find((f) => f.properties.iso === iso)!;
// Region of the two countries (with a margin): nothing in these files lies outside it.
const inRegion = ([lon, lat]: Position) => lon! >= 60 && lon! <= 78 && lat! >= 23 && lat! <= 38.5;

describe('geodata/provinces.topojson', () => {
  it("has all of Afghanistan's 34 provinces and Pakistan's units, each named", () => {
    const afg = provinces.features.filter((f) => f.properties.country === 'AFG');
    const pak = provinces.features.filter((f) => f.properties.country === 'PAK');
    expect(afg).toHaveLength(34);
    for (const name of [
      'Kunar',
      'Nangarhar',
      'Khost',
      'Paktia',
      'Paktika',
      'Kandahar',
      'Panjshir',
      'Daykundi',
    ]) {
      expect(afg.map((f) => f.properties.name)).toContain(name);
    }
    expect(pak.map((f) => f.properties.iso).sort()).toEqual([
      'PK-BA',
      'PK-GB',
      'PK-IS',
      'PK-JK',
      'PK-KP',
      'PK-PB',
      'PK-SD',
    ]);
    for (const f of provinces.features) expect(f.properties.name).toMatch(/^[A-Z][A-Za-z -]+$/);
  });

  it('has Khyber Pakhtunkhwa with the former tribal areas merged in (2018), and no F.A.T.A. unit', () => {
    expect(provinces.features.some((f) => f.properties.iso === 'PK-TA')).toBe(false);
    const kp = province('PK-KP');
    expect(kp.properties.includesFormer).toEqual(['PK-TA']);
    // Towns of the former agencies (GeoNames points) are inside KP now.
    for (const name of ['Miran Shah', 'Wana', 'Parachinar', 'Landi Kotal', 'Peshawar']) {
      const town = named(name)!;
      expect(booleanPointInPolygon(town.geometry.coordinates, kp), name).toBe(true);
    }
  });

  it('lies in the region', () => {
    const coords = provinces.features.flatMap((f) =>
      f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2),
    );
    expect(coords.length).toBeGreaterThan(1000);
    expect(coords.every(inRegion)).toBe(true);
  });
});

describe('geodata/labels-*.geojson', () => {
  it('puts each label in the file of its zoom band, ranked 1..n without gaps', () => {
    for (const { range, labels: band } of bands) {
      for (const f of band)
        expect(f.properties.minZoom >= range[0]! && f.properties.minZoom <= range[1]!).toBe(true);
    }
    expect(labels.map((f) => f.properties.rank).sort((a, b) => a - b)).toEqual(labels.map((_, i) => i + 1));
    expect(new Set(labels.map((f) => f.id)).size).toBe(labels.length);
  });

  it('ranks by the zoom a label joins at, then capitals, provinces, crossings, towns by population', () => {
    const order = { capital: 0, province: 1, crossing: 2, town: 3 };
    const sorted = [...labels].sort((a, b) => a.properties.rank - b.properties.rank);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!.properties, sorted[i]!.properties];
      const key = (p: LabelProps) => [p.minZoom, order[p.kind], -(p.population ?? 0)];
      const [ka, kb] = [key(a), key(b)];
      const cmp = ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
      expect(cmp, `${a.name} before ${b.name}`).toBeLessThanOrEqual(0);
    }
  });

  it('shows the capitals and the main cities at the opening view', () => {
    for (const name of ['Kabul', 'Islamabad'])
      expect(named(name)!.properties).toMatchObject({ kind: 'capital', minZoom: 4 });
    for (const name of ['Peshawar', 'Quetta', 'Kandahar'])
      expect(named(name)!.properties.minZoom).toBeLessThanOrEqual(5);
  });

  it('labels a town by the name in use where GeoNames keeps an older one', () => {
    expect(named('Sidqabad')).toBeUndefined();
    expect(named('Mahmud-i-Raqi')!.properties).toMatchObject({ sourceId: '1126606', seat: 1, minZoom: 6 });
    expect(named('Kafir Qala')).toBeUndefined();
    expect(named('Islam Qala')!.properties).toMatchObject({ sourceId: '1142404', country: 'AFG' });
    expect(named('Warburton')!.properties).toMatchObject({ sourceId: '1162572', country: 'PAK' });
    expect(named('Farooqabad')!.properties).toMatchObject({ sourceId: '1180983', country: 'PAK' });
  });

  it('names the provinces from zoom 7 and the places around Torkham at zoom 9', () => {
    const at7 = new Set(upTo(7).map((f) => f.properties.name));
    for (const name of [
      'Kunar',
      'Nangarhar',
      'Khost',
      'Paktia',
      'Paktika',
      'Kandahar',
      'Khyber Pakhtunkhwa',
      'Balochistan',
    ]) {
      expect(at7.has(name), name).toBe(true);
    }
    const at9 = new Set(upTo(9).map((f) => f.properties.name));
    for (const name of [
      'Torkham',
      'Landi Kotal',
      'Jalalabad',
      'Peshawar',
      'Miran Shah',
      'Chitral',
      'Zhob',
      'Qila Abdullah',
    ]) {
      expect(at9.has(name), name).toBe(true);
    }
    expect(named('Torkham')!.properties).toMatchObject({
      kind: 'crossing',
      source: 'frontier-map crossings',
    });
  });

  it('gives every label its source and keeps every point in the region', () => {
    const sources = new Set(['GeoNames', 'Natural Earth', 'frontier-map crossings']);
    for (const f of labels) {
      expect(sources.has(f.properties.source), f.properties.name).toBe(true);
      expect(f.properties.sourceId).toBeTruthy();
      expect(inRegion(f.geometry.coordinates), f.properties.name).toBe(true);
    }
  });

  it('writes other scripts only from a named source, in that script', () => {
    const arabicScript = /^[\u0600-\u06FF\u200c\s-]+$/;
    const table = parsePlaceNames(readFileSync('data/place-names.csv', 'utf8'));
    const attested = new Map(table.map((row) => [`${row.id} ${row.lang}`, row.name]));
    const review = parseGazetteerReview(readFileSync('data/gazetteer-review.csv', 'utf8'));
    const gazetteer = withoutReviewed(
      parseGazetteerNames(readFileSync('data/gazetteer-names.csv', 'utf8')),
      review,
    );
    const fromGazetteer = new Map(gazetteer.map((row) => [`${row.id} ${row.lang}`, row.name]));
    const provinces = labels.filter((l) => l.properties.kind === 'province');
    // A province seat bearing its province's name: the province's Natural Earth name, if any.
    const seatName = (f: (typeof labels)[number], lang: string) =>
      f.properties.kind === 'province'
        ? undefined
        : provinces.find(
            (p) => p.properties.name === f.properties.name && p.properties.country === f.properties.country,
          )?.properties.names?.[lang as 'prs' | 'ur'];
    for (const f of labels) {
      for (const [lang, name] of Object.entries(f.properties.names ?? {})) {
        expect(name).toMatch(arabicScript);
        const key = `${f.properties.id} ${lang}`;
        // The table first, then the province's name for its seat, then the gazetteer's; else a
        // province's own Natural Earth name (no Pashto there).
        const expected = attested.get(key) ?? seatName(f, lang) ?? fromGazetteer.get(key);
        if (expected !== undefined) {
          expect(name, f.properties.name).toBe(expected);
          continue;
        }
        expect(lang, f.properties.name).not.toBe('ps');
        expect(f.properties.kind, f.properties.name).toBe('province');
      }
    }
    for (const row of table) {
      expect(labels.find((l) => l.properties.id === row.id)?.properties.names?.[row.lang as 'ps']).toBe(
        row.name,
      );
    }
    // A name refused on review shows only where the table attests the same spelling.
    for (const row of review) {
      const shown = labels.find((l) => l.properties.id === row.id)?.properties.names?.[row.lang as 'ps'];
      expect(shown === undefined || shown === attested.get(`${row.id} ${row.lang}`), row.en).toBe(true);
    }
    // The gazetteer's name shows unless the table or the seat's province gives another.
    for (const row of gazetteer) {
      const label = labels.find((l) => l.properties.id === row.id)!;
      const shown = label.properties.names?.[row.lang as 'ps'];
      expect(shown).toBe(attested.get(`${row.id} ${row.lang}`) ?? seatName(label, row.lang) ?? row.name);
    }
    expect(named('Kunar')!.properties.names).toEqual({ prs: 'کنر', ur: 'کنڑ', ps: 'کونړ' });
    // Natural Earth gives Panjshir Parwan's names in other scripts: left out, so Panjshir has only
    // the names attested in the table.
    const panjshir = named('Panjshir')!.properties;
    const fromTable = table.filter((row) => row.id === panjshir.id).map((row) => [row.lang, row.name]);
    expect(panjshir.names).toEqual(fromTable.length ? Object.fromEntries(fromTable) : undefined);
  });

  it('names both capitals in Pashto, Dari and Urdu', () => {
    const capitals = labels.filter((l) => l.properties.kind === 'capital');
    expect(capitals.map((c) => c.properties.name).sort()).toEqual(['Islamabad', 'Kabul']);
    expect(named('Kabul', 'capital')!.properties.names).toEqual({ prs: 'کابل', ur: 'کابل', ps: 'کابل' });
    expect(named('Islamabad', 'capital')!.properties.names).toEqual({
      prs: 'اسلام\u200cآباد',
      ps: 'اسلام اباد',
      ur: 'اسلام آباد',
    });
  });

  it('puts each province label inside its province', () => {
    for (const f of labels.filter((l) => l.properties.kind === 'province')) {
      const iso = String(f.id).replace(/^ne-/, '');
      expect(booleanPointInPolygon(f.geometry.coordinates, province(iso)), f.properties.name).toBe(true);
    }
  });
});

describe('geodata/basemap-low.topojson and frontier-low.geojson', () => {
  type Countries = Topology<{ countries: GeometryCollection<{ iso3: string }> }>;
  const low: Countries = read('basemap-low.topojson');
  const countries = feature(low, low.objects.countries) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { iso3: string }
  >;
  const line = (read('frontier-low.geojson') as FeatureCollection<LineString>).features[0]!;
  const key = ([lon, lat]: Position) => `${Math.round(lon! * 1e5)},${Math.round(lat! * 1e5)}`;

  it('has the frontier on both countries’ outlines, as the detailed pair does', () => {
    for (const iso3 of ['AFG', 'PAK']) {
      const f = countries.features.find((c) => c.properties.iso3 === iso3) as Feature<Polygon | MultiPolygon>;
      const rings = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(
        2,
      );
      const vertices = new Set(rings.map(key));
      expect(line.geometry.coordinates.filter((p) => !vertices.has(key(p)))).toEqual([]);
    }
  });

  it('stays light: the coarse basemap is at most 55 kB gzipped', () => {
    const gz = gzipSync(readFileSync('geodata/basemap-low.topojson'), { level: 9 }).length;
    expect(gz).toBeLessThan(55_000);
    expect(statSync('geodata/basemap-low.topojson').size).toBeLessThan(
      statSync('geodata/basemap.topojson').size / 2,
    );
  });
});
