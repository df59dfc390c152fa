/**
 * The side-of-frontier check of the build: a point whose `country` is AFG or PAK must lie in that
 * country, as the map itself tells it (the panel's "≈ 12 km inside Afghanistan"), unless its row
 * says why not in `side_note`. Node 20 cannot run TypeScript, so the map's own functions in src/geo
 * are loaded through Vite's module runner, as scripts/build-buffers.mjs does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { runnerImport } from 'vite';

const NAMES = { AFG: 'Afghanistan', PAK: 'Pakistan' };

/**
 * Loads the frontier line and the two countries' outlines from `geodata` (the basemap's outlines
 * share every vertex of the frontier line, so inside an outline is on that side of the line) and
 * returns `([lon, lat]) → { side: 'AFG' | 'PAK' | null, km }`, `km` the distance to the line.
 */
export async function loadFrontierSide(root, geodata) {
  const load = async (path) =>
    (await runnerImport(join(root, path), { configFile: false, logLevel: 'silent' })).module;
  const { createFrontierSide } = await load('src/geo/frontier-side.ts');
  const { createFrontierIndex } = await load('src/geo/frontier-index.ts');
  const readJson = (name) => JSON.parse(readFileSync(join(geodata, name), 'utf8'));
  const topology = readJson('basemap.topojson');
  const countries = feature(topology, topology.objects.countries).features;
  const outline = (iso3) => countries.find((country) => country.properties.iso3 === iso3);
  const sideOf = createFrontierSide({ AFG: outline('AFG'), PAK: outline('PAK') });
  const index = createFrontierIndex(readJson('frontier.geojson').features[0]);
  return (position) => ({ side: sideOf(position), km: index.distanceKm(position) });
}

/**
 * Problems of the points that lie on the other side from their `country` (or in neither country),
 * for rows without a `side_note`. `entries`: `{ id, country, coordinates, sideNote }`.
 */
export function sideProblems(entries, locate) {
  const problems = [];
  for (const { id, country, coordinates, sideNote } of entries) {
    if (!coordinates || !(country in NAMES) || sideNote) continue;
    const { side, km } = locate(coordinates);
    if (side === country) continue;
    const where = side ? `${km.toFixed(1)} km inside ${NAMES[side]}` : 'in neither country';
    problems.push(
      `${id}: country is ${country} but the point lies ${where}; move it, or say why in side_note`,
    );
  }
  return problems;
}
