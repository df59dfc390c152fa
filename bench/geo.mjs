/**
 * Geometry benchmark: distance to the frontier for 1k, 10k and 100k seeded random points in
 * lon 60–76, lat 28–39, naive `@turf/point-to-line-distance` loop against `createFrontierIndex`, and
 * the time to buffer the frontier by 10, 25 and 50 km. Prints Markdown.
 *
 *   node bench/geo.mjs            # naive Turf measured at 1k and 10k, extrapolated to 100k
 *   node bench/geo.mjs --quick    # naive Turf measured at 1k only (about 15 s instead of 3 min)
 *
 * Every point Turf measures is also an accuracy check: the run fails (exit code 1) when the index
 * differs from Turf by a millimetre or more (the unit tests check 300 points; the full 10,000 here).
 *
 * Node 20 cannot run TypeScript, so src/geo is loaded through Vite's module runner (`runnerImport`);
 * the functions then run as plain JavaScript. `runGeoBench()` is exported for a combined runner; it
 * returns the Markdown report and the largest difference from Turf.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) =>
  (await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'silent' })).module;

const fmt = (value, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Runs the benchmark and returns the Markdown report. */
export async function runGeoBench({ quick = false, log = () => {} } = {}) {
  const { createFrontierIndex } = await load('src/geo/frontier-index.ts');
  const { frontierBuffer, assertValidBuffer } = await load('src/geo/buffers.ts');
  // The tests' generator: the first 300 points are the set the unit test checks on the shipped
  // frontier (tests/unit/geodata/analysis.test.ts); here 10,000 of them are compared with Turf.
  const { randomPoints } = await load('tests/unit/geo/synthetic.ts');

  const line = JSON.parse(readFileSync(`${root}geodata/frontier.geojson`, 'utf8')).features[0];
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  const vertices = parts.reduce((sum, part) => sum + part.length, 0);
  const turfKm = (p) => Math.min(...parts.map((c) => pointToLineDistance(p, c, { units: 'kilometers' })));

  let start = performance.now();
  const index = createFrontierIndex(line);
  const buildMs = performance.now() - start;
  const all = randomPoints(100_000, 1);
  // Warm up the JIT so that the 1k row is not mostly compilation.
  for (const p of randomPoints(10_000, 99)) index.distanceKm(p);

  const rows = [];
  let naivePerPoint = 0;
  let maxErrorM = 0;
  let checked = 0;
  for (const n of [1_000, 10_000, 100_000]) {
    const points = all.slice(0, n);
    start = performance.now();
    const ours = points.map((p) => index.distanceKm(p));
    const indexMs = performance.now() - start;
    let naiveMs;
    let measured = false;
    if (n === 1_000 || (n === 10_000 && !quick)) {
      log(`naive Turf loop over ${fmt(n)} points…`);
      start = performance.now();
      const theirs = points.map(turfKm);
      naiveMs = performance.now() - start;
      naivePerPoint = naiveMs / n;
      measured = true;
      for (let i = 0; i < n; i++) maxErrorM = Math.max(maxErrorM, Math.abs(ours[i] - theirs[i]) * 1000);
      checked = n;
    } else {
      naiveMs = naivePerPoint * n;
    }
    rows.push({ n, naiveMs, measured, indexMs });
  }

  // Likewise for JSTS: a small buffer first, so that the 10 km row does not pay for compilation.
  frontierBuffer({ type: 'LineString', coordinates: parts[0].slice(0, 200) }, 10);
  const buffers = [];
  for (const widthKm of [10, 25, 50]) {
    log(`buffer ${widthKm} km…`);
    start = performance.now();
    const polygon = frontierBuffer(line, widthKm, { validate: false });
    const bufferMs = performance.now() - start;
    start = performance.now();
    assertValidBuffer(polygon);
    const validateMs = performance.now() - start;
    const out = polygon.geometry.coordinates.flat(polygon.geometry.type === 'Polygon' ? 1 : 2).length;
    buffers.push({ widthKm, toleranceKm: polygon.properties.toleranceKm, bufferMs, validateMs, out });
  }

  const lines = [
    `### Distance to the frontier (${fmt(vertices)} vertices; index built in ${fmt(buildMs, 1)} ms)`,
    '',
    '| points | naive Turf loop (ms) | index (ms) | speed-up | µs per point (index) |',
    '|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const naive = r.measured ? fmt(r.naiveMs) : `≈ ${fmt(r.naiveMs)} (extrapolated)`;
      const index = `${fmt(r.indexMs, 1)} | ${fmt(r.naiveMs / r.indexMs)}× | ${fmt((r.indexMs * 1000) / r.n, 2)}`;
      return `| ${fmt(r.n)} | ${naive} | ${index} |`;
    }),
    '',
    `Largest difference from \`@turf/point-to-line-distance\` over the first ${fmt(checked)} points: ` +
      `${maxErrorM.toExponential(2)} m${maxErrorM < MAX_ERROR_M ? '' : ` — MORE THAN THE ${MAX_ERROR_M * 1000} mm ALLOWED`}.`,
    '',
    '### Buffers of the frontier (`frontierBuffer`, simplified at width / 50)',
    '',
    '| width (km) | tolerance (km) | buffer (s) | validation (s) | vertices |',
    '|---:|---:|---:|---:|---:|',
    ...buffers.map((b) => {
      const seconds = `${fmt(b.bufferMs / 1000, 2)} | ${fmt(b.validateMs / 1000, 2)}`;
      return `| ${b.widthKm} | ${b.toleranceKm} | ${seconds} | ${fmt(b.out)} |`;
    }),
  ];
  return { markdown: lines.join('\n'), maxErrorM, checked };
}

/** The index reproduces Turf's distances to within a millimetre (bench fails otherwise). */
export const MAX_ERROR_M = 0.001;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const { markdown, maxErrorM, checked } = await runGeoBench({
    quick,
    log: (message) => console.error(message),
  });
  console.log(markdown);
  if (!(maxErrorM < MAX_ERROR_M)) {
    console.error(
      `the index differs from Turf by ${maxErrorM} m over ${checked} points (at most ${MAX_ERROR_M} m)`,
    );
    process.exitCode = 1;
  }
}
