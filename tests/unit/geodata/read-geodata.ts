/** The shipped frontier and basemap, read once for the tests that check real data. */
import { existsSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export const FRONTIER_PATH = 'geodata/frontier.geojson';
export const BASEMAP_PATH = 'geodata/basemap.topojson';
export const BUFFERS_PATH = 'geodata/derived/frontier-buffers.geojson';

export const hasFrontier = existsSync(FRONTIER_PATH);
export const hasBasemap = existsSync(BASEMAP_PATH);

export function readFrontier(): Feature<LineString | MultiLineString> {
  const collection: FeatureCollection<LineString | MultiLineString> = JSON.parse(
    readFileSync(FRONTIER_PATH, 'utf8'),
  );
  const [line] = collection.features;
  if (!line || collection.features.length !== 1) throw new Error(`${FRONTIER_PATH} must hold one feature`);
  return line;
}

/** Afghanistan's and Pakistan's outlines from the basemap's `countries` object. */
export function readSides(): { AFG: Feature<Polygon | MultiPolygon>; PAK: Feature<Polygon | MultiPolygon> } {
  const topology: Topology = JSON.parse(readFileSync(BASEMAP_PATH, 'utf8'));
  const countries = topology.objects.countries;
  if (!countries) throw new Error(`${BASEMAP_PATH} has no countries object`);
  const collection = feature(topology, countries) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const find = (iso3: string) => {
    const found = collection.features.find((f) => f.properties?.iso3 === iso3);
    if (!found) throw new Error(`${BASEMAP_PATH} has no ${iso3}`);
    return found;
  };
  return { AFG: find('AFG'), PAK: find('PAK') };
}
