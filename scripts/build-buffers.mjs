/**
 * Precomputes the default frontier buffers (10, 25 and 50 km) from geodata/frontier.geojson into
 * geodata/derived/frontier-buffers.geojson, so that the viewer never loads @turf/buffer for them.
 *
 *   node scripts/build-buffers.mjs [--widths 10,25,50]
 *
 * Node 20 cannot run TypeScript itself, so the sources in src/geo are loaded through Vite's module
 * runner. Each feature records the frontier it came from (vertex count and length) so that a test can
 * tell when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) =>
  (await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'silent' })).module;
const { frontierBuffer, assertValidBuffer } = await load('src/geo/buffers.ts');
const { frontierLengthKm } = await load('src/geo/frontier-length.ts');

const widthsArg = process.argv.indexOf('--widths');
const widths = (widthsArg > 0 ? process.argv[widthsArg + 1] : '10,25,50').split(',').map(Number);
if (widths.some((w) => !(w > 0))) throw new Error(`bad --widths: ${process.argv[widthsArg + 1]}`);

const source = JSON.parse(readFileSync(`${root}geodata/frontier.geojson`, 'utf8'));
if (source.features?.length !== 1) throw new Error('geodata/frontier.geojson must hold exactly one feature');
const line = source.features[0];
const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
const frontierVertices = parts.reduce((sum, part) => sum + part.length, 0);
const frontierKm = Math.round(frontierLengthKm(line) * 1000) / 1000;

const round = (x) => Math.round(x * 1e5) / 1e5;
/** Rounds a ring to 5 decimals (about 1 m) and drops positions that became repeats. */
const roundRing = (ring) =>
  ring
    .map(([lon, lat]) => [round(lon), round(lat)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
const roundGeometry = (g) =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(roundRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((polygon) => polygon.map(roundRing)) };

const features = [];
console.log(`frontier: ${frontierVertices} vertices, ${frontierKm} km`);
for (const widthKm of widths) {
  const start = performance.now();
  const buffered = frontierBuffer(line, widthKm, { validate: false });
  const bufferMs = performance.now() - start;
  const feature = {
    type: 'Feature',
    properties: { widthKm, toleranceKm: buffered.properties.toleranceKm, frontierVertices, frontierKm },
    geometry: roundGeometry(buffered.geometry),
  };
  const checkStart = performance.now();
  assertValidBuffer(feature);
  const checkMs = performance.now() - checkStart;
  const vertices = feature.geometry.coordinates.flat(feature.geometry.type === 'Polygon' ? 1 : 2).length;
  console.log(
    `${String(widthKm).padStart(4)} km: buffer ${(bufferMs / 1000).toFixed(2)} s, ` +
      `validation ${(checkMs / 1000).toFixed(2)} s, ${vertices} vertices`,
  );
  features.push(feature);
}

// One feature per line keeps diffs of the file readable.
const body = features.map((f) => JSON.stringify(f)).join(',\n');
const out = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
const target = `${root}geodata/derived/frontier-buffers.geojson`;
writeFileSync(target, out);
console.log(`wrote ${target} (${(out.length / 1024).toFixed(0)} KiB)`);
