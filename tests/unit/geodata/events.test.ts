/** The shipped event and site data: schema, unique ids, region, dates and sources. */
import { readFileSync } from 'node:fs';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { titleProblem } from '../../../scripts/events/wording.mjs';
import { latestSourceDate } from '../../../src/data/data-as-of.ts';
import { EVENT_KINDS } from '../../../src/data/schema.ts';
import { validateGeoJson } from '../../../src/data/validate.ts';
import { createFrontierSide } from '../../../src/geo/frontier-side.ts';
import { readSides } from './read-geodata.ts';

const FILES = ['events', 'posts', 'crossings', 'venues'] as const;
const read = (name: string) => JSON.parse(readFileSync(`geodata/${name}.geojson`, 'utf8'));

describe('shipped geodata', () => {
  const taken = new Set<string>();
  const all = FILES.flatMap((name) => {
    const raw = read(name);
    const result = validateGeoJson(raw, { strict: true, takenIds: taken });
    for (const feature of result.features) taken.add(feature.id);
    return [{ name, raw, ...result }];
  });

  it.each(FILES)('%s: every feature passes strict validation, ids unique across files', (name) => {
    const source = all.find((s) => s.name === name)!;
    expect(source.problems).toEqual([]);
    expect(source.features.length).toBe(source.raw.features.length);
    expect(source.features.length).toBeGreaterThan(0);
  });

  const features = all.flatMap((s) => s.features);

  it('has the events the map is about', () => {
    const kinds = new Set(features.map((f) => f.properties.kind));
    for (const kind of ['air_strike', 'ground_attack', 'clash', 'crossing_closure', 'ceasefire', 'talks']) {
      expect(kinds, kind).toContain(kind);
    }
    const places = features.map((f) => `${f.properties.title} ${f.properties.place}`).join(' ');
    for (const name of [
      'Kabul',
      'Paktika',
      'Khost',
      'Spin Boldak',
      'Torkham',
      'Chaman',
      'Doha',
      'Istanbul',
    ]) {
      expect(places, name).toContain(name);
    }
  });

  it('keeps every point inside the region (Turkey to western China, Gulf to Central Asia)', () => {
    for (const feature of features) {
      if (!feature.geometry) continue;
      expect(feature.geometry.type).toBe('Point');
      const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      expect(lon, feature.id).toBeGreaterThanOrEqual(25);
      expect(lon, feature.id).toBeLessThanOrEqual(98);
      expect(lat, feature.id).toBeGreaterThanOrEqual(10);
      expect(lat, feature.id).toBeLessThanOrEqual(50);
    }
  });

  it('sources every event with http(s) links and gives its precision and dates in the study period', () => {
    const events = features.filter((f) => EVENT_KINDS.includes(f.properties.kind));
    expect(events.length).toBe(82);
    for (const { id, properties: p } of events) {
      expect(p.sources!.length, id).toBeGreaterThan(0);
      for (const source of p.sources!) expect(new URL(source.url).protocol, id).toMatch(/^https?:$/);
      expect(p.precision, id).toBeDefined();
      expect(p.date! >= '2025-10-09' && p.date! <= '2026-04-08', `${id} ${p.date}`).toBe(true);
    }
  });

  it('gives multi-site summaries no point but names their parts, which exist', () => {
    const ids = new Set(features.map((f) => f.id));
    const summaries = features.filter((f) => f.properties.precision === 'multi_site');
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      expect(summary.geometry).toBeNull();
      expect(summary.properties.parts!.length).toBeGreaterThan(1);
      for (const part of summary.properties.parts!) expect(ids.has(part), part).toBe(true);
    }
  });

  it('draws an uncertainty radius for every point located only to a town or wider', () => {
    for (const { id, geometry, properties: p } of features) {
      if (!geometry || p.precision === 'exact') continue;
      expect(p.uncertaintyKm, id).toBeGreaterThan(0);
    }
  });
});

describe('shipped geodata: corrections that must hold', () => {
  const features = (['events', 'posts', 'crossings', 'venues'] as const).flatMap(
    (name) => validateGeoJson(read(name), { strict: true }).features,
  );
  const byId = (id: string) => features.find((f) => f.id === id)!;

  it('puts every AFG or PAK point on that side of the frontier', () => {
    const sideOf = createFrontierSide(readSides());
    const checked = features.filter((f) => f.geometry && /^(AFG|PAK)$/.test(f.properties.country ?? ''));
    expect(checked.length).toBeGreaterThan(50);
    for (const { id, geometry, properties } of checked) {
      expect(sideOf((geometry as Point).coordinates), id).toBe(properties.country);
    }
    // The Arandu post area and its February clash, once estimated 6.7 km inside Afghanistan.
    for (const id of ['p12-chitral-arandu', 'e060-arandu']) {
      expect(sideOf((byId(id).geometry as Point).coordinates), id).toBe('PAK');
    }
  });

  it('gives no title that reports a casualty or damage without saying who reports it', () => {
    for (const { id, properties } of features) expect(titleProblem(id, properties.title), id).toBeNull();
  });

  it('keeps the month- and year-only dates of undated sources, marked approximate', () => {
    const approximate = features.flatMap((f) =>
      (f.properties.sources ?? []).filter((s) => s.date && s.date.length < 10).map((s) => [f.id, s.date]),
    );
    expect(approximate).toEqual([
      ['e036-istanbul-round-3', '2025-12'],
      ['e040-peshawar-fc-hq', '2026'],
      ['e048-torkham-losses', '2026-01'],
      ['e060-arandu', '2026-02'],
    ]);
  });

  it('states in facts.json the day of the latest source', () => {
    const facts = JSON.parse(readFileSync('geodata/facts.json', 'utf8'));
    expect(facts.dataAsOf).toBe(latestSourceDate(features));
    expect(facts.dataAsOf).toBe('2026-04-08');
    expect(facts.pressFigures.length).toBeGreaterThan(5);
  });
});
