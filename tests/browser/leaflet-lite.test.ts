/**
 * The map bundles only the parts of Leaflet it uses (src/map/leaflet-lite.js, aliased as `leaflet`).
 * Every `L.name` the sources use that the whole library has must be there too, else a map fails only
 * when that code path runs.
 */
import * as L from 'leaflet';
import * as Whole from 'leaflet/dist/leaflet-src.esm.js';
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/map/geojson-paths.ts';

const sources = import.meta.glob('/src/**/*.ts', { query: '?raw', import: 'default', eager: true });
/** Loaded on demand from leaflet-tiles.js. */
const LAZY = new Set(['TileLayer', 'tileLayer']);

describe('the Leaflet the map bundles', () => {
  it('has every part of Leaflet the sources use', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources) as string[]) {
      for (const [, name, member] of text.matchAll(/\bL\.([A-Za-z]+)(?:\s*\.([A-Za-z]+))?/g)) {
        used.add(member ? `${name}.${member}` : name);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    const whole = Whole as unknown as Record<string, Record<string, unknown> | undefined>;
    const lite = L as unknown as Record<string, Record<string, unknown> | undefined>;
    const missing = [...used].filter((path) => {
      const [name, member] = path.split('.');
      if (LAZY.has(name!) || !(name! in whole)) return false; // a type, or loaded on demand
      if (!member) return lite[name!] === undefined;
      return whole[name!]?.[member] !== undefined && lite[name!]?.[member] === undefined;
    });
    expect(missing).toEqual([]);
  });

  it('leaves out what the map does not use', () => {
    for (const name of ['Popup', 'Tooltip', 'GeoJSON', 'ImageOverlay', 'TileLayer', 'Canvas'])
      expect(name in L).toBe(false);
  });
});

describe('pathOf', () => {
  const square = (x: number) => [
    [x, 0],
    [x + 1, 0],
    [x + 1, 1],
    [x, 0],
  ];

  it('draws lines as polylines and areas as polygons, parts and holes kept, [lat, lng]', () => {
    const line = pathOf({ type: 'LineString', coordinates: square(0) }, {}) as L.Polyline;
    expect(line).toBeInstanceOf(L.Polyline);
    expect(line).not.toBeInstanceOf(L.Polygon);
    expect((line.getLatLngs()[1] as L.LatLng).lng).toBe(1);
    const lines = pathOf({ type: 'MultiLineString', coordinates: [square(0), square(5)] }, {}) as L.Polyline;
    expect(lines.getLatLngs()).toHaveLength(2);
    const holed = pathOf({ type: 'Polygon', coordinates: [square(0), square(0.2)] }, {}) as L.Polygon;
    expect(holed).toBeInstanceOf(L.Polygon);
    expect(holed.getLatLngs()).toHaveLength(2);
    const parts = pathOf(
      { type: 'MultiPolygon', coordinates: [[square(0)], [square(5), square(5.2)]] },
      {},
    ) as L.Polygon;
    expect((parts.getLatLngs() as L.LatLng[][][]).map((polygon) => polygon.length)).toEqual([1, 2]);
  });

  it('refuses a point', () => {
    expect(() => pathOf({ type: 'Point', coordinates: [0, 0] } as never, {})).toThrow(/Point/);
  });
});
