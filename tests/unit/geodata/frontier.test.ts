/**
 * The shipped geography, written by `npm run build:geodata`: the Durand Line and the basemap it was cut
 * from. Checks the committed files, so a rebuild that drifts shows up here.
 */
import { readFileSync, statSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { lineString } from '@turf/helpers';
import { length } from '@turf/length';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const FRONTIER = 'geodata/frontier.geojson';
const BASEMAP = 'geodata/basemap.topojson';

const frontier: FeatureCollection<LineString> = JSON.parse(readFileSync(FRONTIER, 'utf8'));
const topology: Topology<{ countries: GeometryCollection<{ iso3: string; name: string }> }> = JSON.parse(
  readFileSync(BASEMAP, 'utf8'),
);
const countries = feature(topology, topology.objects.countries) as unknown as FeatureCollection<
  Polygon | MultiPolygon,
  { iso3: string; name: string }
>;
const country = (iso3: string) => countries.features.find((f) => f.properties.iso3 === iso3)!;
const line = frontier.features[0]!;
const coords = line.geometry.coordinates;

// Positions compared on the 1e-5° grid: exact for coordinates written with 5 decimals or fewer.
const key = ([lon, lat]: Position) => `${Math.round(lon! * 1e5)},${Math.round(lat! * 1e5)}`;
const vertices = (f: Feature<Polygon | MultiPolygon>) =>
  new Set(
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2).map(key),
  );

describe('geodata/frontier.geojson', () => {
  it('is one feature, the Durand Line, with its provenance', () => {
    expect(frontier.features).toHaveLength(1);
    expect(line.id).toBe('durand-line');
    expect(line.properties).toMatchObject({
      name: 'Durand Line',
      toleranceDeg: 0.001,
      licence: 'ODbL 1.0',
      attribution: '© OpenStreetMap contributors',
    });
    expect(line.properties?.source).toContain('OpenStreetMap');
  });

  // One part: Afghanistan and Pakistan share their OSM vertices in 7 runs, parted where rivers and lakes
  // are cut out of both countries' land (the Kabul River at Torkham, lakes in Chagai). The build joins the
  // runs across those gaps, each under 10 km, into one line from the China tripoint in the north-east to
  // the Iran tripoint in the south-west.
  it('is one connected LineString, running from the China tripoint to the Iran tripoint', () => {
    expect(line.geometry.type).toBe('LineString');
    expect(line.properties?.bridgedGaps).toBeLessThanOrEqual(10);
    const [first, last] = [coords[0]!, coords.at(-1)!];
    expect(first[0]).toBeGreaterThan(74);
    expect(first[1]).toBeGreaterThan(36.5);
    expect(last[0]).toBeLessThan(61.5);
    expect(last[1]).toBeLessThan(30.5);
    // No jumps: the longest step is a straight stretch of the boundary in the Chagai desert, ~93 km.
    for (let i = 1; i < coords.length; i++) {
      const km = length(lineString([coords[i - 1]!, coords[i]!]));
      expect(km, `segment ${i}`).toBeLessThan(120);
    }
  });

  // The press gives 2,611 km (AP, AFP) or 2,640 km; OSM's line at full detail measures ~2,760 km, and
  // simplifying to 0.001° cuts corners, which shortens it by ~4%.
  it('is 2,550–2,800 km long, and its properties say how long and how detailed', () => {
    const km = length(line, { units: 'kilometers' });
    expect(km).toBeGreaterThan(2550);
    expect(km).toBeLessThan(2800);
    expect(line.properties?.lengthKm).toBeCloseTo(km, 1);
    expect(line.properties?.vertices).toBe(coords.length);
    expect(line.properties?.fullLengthKm).toBeGreaterThan(km);
    expect(line.properties?.fullLengthKm).toBeLessThan(2850);
    expect(line.properties?.fullVertices).toBeGreaterThan(coords.length * 3);
  });

  it('lies within lon 60–75, lat 29–38, with at most 5 decimals and no repeated vertex in a row', () => {
    for (const [i, [lon, lat]] of coords.entries()) {
      expect(lon, `vertex ${i}`).toBeGreaterThan(60);
      expect(lon, `vertex ${i}`).toBeLessThan(75);
      expect(lat, `vertex ${i}`).toBeGreaterThan(29);
      expect(lat, `vertex ${i}`).toBeLessThan(38);
      expect(Math.round(lon! * 1e5) / 1e5).toBe(lon);
      expect(Math.round(lat! * 1e5) / 1e5).toBe(lat);
      if (i) expect(key(coords[i]!), `vertex ${i}`).not.toBe(key(coords[i - 1]!));
    }
  });
});

describe('geodata/basemap.topojson', () => {
  it('is one quantized topology of countries named by ISO code and English name, under 400 KB', () => {
    expect(topology.type).toBe('Topology');
    expect(topology.transform).toBeDefined();
    expect(Object.keys(topology.objects)).toEqual(['countries']);
    for (const g of topology.objects.countries.geometries) {
      const { iso3, name } = g.properties as { iso3: string; name: string };
      expect(g.id).toBe(iso3);
      expect(iso3).toMatch(/^[A-Z]{3}$/);
      expect(name.length).toBeGreaterThan(2);
    }
    expect(statSync(BASEMAP).size).toBeLessThan(400 * 1024);
  });

  it('reaches from Turkey to India and China: each named place is in its country', () => {
    const places: Record<string, Position> = {
      AFG: [69.17, 34.53], // Kabul
      PAK: [73.05, 33.69], // Islamabad
      IRN: [51.39, 35.69], // Tehran
      IND: [77.21, 28.61], // New Delhi
      QAT: [51.53, 25.29], // Doha
      SAU: [46.72, 24.69], // Riyadh
      TUR: [28.94, 41.02], // Istanbul
      CHN: [87.62, 43.83], // Urumqi
    };
    for (const [iso3, place] of Object.entries(places)) {
      expect(country(iso3), iso3).toBeDefined();
      expect(booleanPointInPolygon(place, country(iso3)), iso3).toBe(true);
    }
  });

  it('has no degenerate arcs, so borders can be meshed', () => {
    for (const arc of topology.arcs) expect(arc.length).toBeGreaterThanOrEqual(2);
    const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
    expect(borders.coordinates.length).toBeGreaterThan(50);
  });

  // The frontier is cut from this topology, so the two fills meet the line exactly at every zoom.
  it('has every frontier vertex on both the Afghan and the Pakistani outline', () => {
    const afg = vertices(country('AFG'));
    const pak = vertices(country('PAK'));
    expect(coords.filter((pt) => !afg.has(key(pt)))).toEqual([]);
    expect(coords.filter((pt) => !pak.has(key(pt)))).toEqual([]);
  });
});
