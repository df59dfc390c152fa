/**
 * Scale benchmark: plain Leaflet (default SVG renderer, one circleMarker per event) against
 * `<frontier-map>` (the built dist/frontier-map.js) with one `<frontier-layer src>` of the same
 * generated events, side by side in one headless Chromium run, at 1k, 10k, 50k and 100k events:
 * load to first render, frame times over a scripted pan/zoom sequence, JS heap, and (ours) the
 * main-thread cost of a time-window change. Then each renderer of ours forced across sizes, which
 * is how the renderer limits in src/map/renderer-choice.ts were chosen. Prints Markdown and writes
 * it to bench/RESULTS.md under "## Scale" (other sections of that file are left as they are).
 *
 *   node bench/scale.mjs                  # everything (about 6 minutes on 2 cores)
 *   node bench/scale.mjs --quick          # 0, 1k and 10k only, no renderer sweep, RESULTS.md untouched
 *   node bench/scale.mjs --no-build       # use dist/ as it is
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { generateEvents } from './generate-events.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
/** 0: the map with an empty layer, the floor that basemap, frontier and controls set. */
const SIZES = quick ? [0, 1_000, 10_000] : [0, 1_000, 10_000, 50_000, 100_000];
/** Each renderer forced at sizes around its limits (renderer-choice.ts). */
const SWEEP = quick
  ? []
  : [
      ['markers', [110, 200, 300, 1_000]],
      ['canvas', [300, 5_000, 15_000, 50_000]],
      ['clusters', [6_000, 15_000, 50_000, 100_000]],
    ];
/** Runs of the pan/zoom sequence per page; the one with the lower p95 is reported. */
const SEQUENCE_RUNS = 2;
/** A page that takes longer than this (load, or the pan/zoom sequence) is reported as timed out. */
const PAGE_TIMEOUT_MS = 60_000;

const log = (message) => console.error(message);
const fmt = (value, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function percentile(values, p) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A static server on 127.0.0.1 for dist/, Leaflet, the fixtures and the generated data. */
function serve(dataDir) {
  return serveStatic([
    ['/dist/', join(root, 'dist')],
    ['/node_modules/leaflet/dist/', join(root, 'node_modules/leaflet/dist')],
    ['/bench/', join(root, 'bench/fixtures')],
    ['/data/', dataDir],
  ]);
}

const withTimeout = (promise, ms) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ms))]);

/** Loads of each page for the first-render figure (the median is reported). */
const LOADS = 3;

/** Loads a page once more and reads its first render only; undefined when it timed out. */
async function loadOnly(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  try {
    await withTimeout(page.goto(url), PAGE_TIMEOUT_MS);
    return (
      await withTimeout(
        page.evaluate(() => window.benchReady),
        PAGE_TIMEOUT_MS,
      )
    ).firstRenderMs;
  } catch (error) {
    if (error.message !== 'timed out') throw error;
    return undefined;
  } finally {
    await context.close();
  }
}

/**
 * Loads one page, waits for its first render, runs the pan/zoom sequence and reads the heap; then
 * loads it `LOADS − 1` more times for a median first render (one load varies by ±15 % here).
 */
async function measurePage(browser, url, options = {}) {
  const result = await measureOnce(browser, url, options);
  if (result.firstRenderMs === undefined) return result;
  const loads = [result.firstRenderMs];
  for (let load = 1; load < LOADS; load++) {
    const ms = await loadOnly(browser, url);
    if (ms !== undefined) loads.push(ms);
  }
  result.loads = loads;
  result.firstRenderMs = percentile(loads, 50);
  return result;
}

async function measureOnce(browser, url, { filter = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const result = { timedOut: false };
  try {
    await withTimeout(
      (async () => {
        await page.goto(url);
        Object.assign(result, await page.evaluate(() => window.benchReady));
        result.heap = await page.evaluate(() => window.benchMeasure.heap());
        // The sequence twice, the better run kept: other work on a shared machine shows up as single
        // long frames, which one run of ~250 frames cannot tell from the page's own.
        for (let run = 0; run < SEQUENCE_RUNS; run++) {
          const deltas = await page.evaluate(() => window.benchMeasure.panZoom(window.benchMap));
          if (result.p95 !== undefined && percentile(deltas, 95) >= result.p95) continue;
          result.p50 = percentile(deltas, 50);
          result.p95 = percentile(deltas, 95);
          result.frames = deltas.length;
        }
        if (filter) result.filter = await page.evaluate(() => window.benchFilter());
      })(),
      PAGE_TIMEOUT_MS,
    );
  } catch (error) {
    if (error.message !== 'timed out') throw error;
    result.timedOut = true;
  } finally {
    await context.close();
  }
  return result;
}

const seconds = (r) =>
  r.firstRenderMs === undefined
    ? `> ${PAGE_TIMEOUT_MS / 1000} s (timed out)`
    : `${fmt(r.firstRenderMs / 1000, 2)} s`;
const ms = (value, r) => (value === undefined ? (r.timedOut ? 'timed out' : '–') : fmt(value, 1));
const megabytes = (bytes) => (bytes ? fmt(bytes / 1024 / 1024) : '–');
/** Median over the five windows: map redrawn · whole element updated. */
const filterText = (r) => {
  if (!r.filter) return '–';
  const median = (key) =>
    fmt(
      percentile(
        r.filter.map((f) => f[key]),
        50,
      ),
      1,
    );
  return `${median('drawn')} · ${median('updated')}`;
};
/** How many times plain Leaflet's figure is ours; "–" when either page has none. */
const ratio = (plain, ours) => (plain === undefined || ours === undefined ? '–' : `${fmt(plain / ours, 1)}×`);

async function main() {
  if (!process.argv.includes('--no-build')) {
    log('building dist/frontier-map.js (vite build)…');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  if (!existsSync(join(root, 'dist/frontier-map.js'))) throw new Error('dist/frontier-map.js is missing');
  const dataDir = mkdtempSync(join(tmpdir(), 'frontier-bench-'));
  const server = await serve(dataDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const launch = await chromiumLaunchOptions();
  const browser = await chromium.launch({
    ...launch,
    args: [...launch.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const started = performance.now();
  try {
    const dataFor = (count) => {
      const file = join(dataDir, `${count}.geojson`);
      if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateEvents(count, { seed: 1 })));
      return `/data/${count}.geojson`;
    };
    const rows = [];
    for (const count of SIZES) {
      const data = dataFor(count);
      log(`${fmt(count)} events: plain Leaflet…`);
      const plain = await measurePage(browser, `${base}/bench/plain-leaflet.html?data=${data}`);
      log(`${fmt(count)} events: <frontier-map>…`);
      const ours = await measurePage(browser, `${base}/bench/frontier-map.html?data=${data}`, {
        filter: true,
      });
      rows.push({ count, plain, ours });
    }
    const sweep = [];
    for (const [renderer, counts] of SWEEP) {
      for (const count of counts) {
        log(`${fmt(count)} events: renderer=${renderer}…`);
        const url = `${base}/bench/frontier-map.html?data=${dataFor(count)}&renderer=${renderer}`;
        sweep.push({ renderer, count, result: await measurePage(browser, url) });
      }
    }
    const report = formatReport(rows, sweep, (performance.now() - started) / 1000);
    console.log(report);
    // A quick run measures less: it prints, and leaves the recorded results as they are.
    if (!quick) writeSection(report);
  } finally {
    await browser.close();
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function formatReport(rows, sweep, totalSeconds) {
  const lines = [
    '## Scale',
    '',
    `Headless Chromium (software rendering), ${cpus().length} cores, 1200×800 px; generated events ` +
      '(bench/generate-events.mjs, seed 1). First render: navigation start to all drawn (ours: `whenIdle()` ' +
      `and a frame; plain: every layer added and a frame), median of ${LOADS} loads. Frames: ` +
      'requestAnimationFrame deltas over 16 ' +
      `animated pans and zooms (the better of ${SEQUENCE_RUNS} runs). ` +
      'Heap: `usedJSHeapSize` after full GCs. Filter: main-thread ms from ' +
      'setting `from`/`to` to `frontier-view-change` (the map has redrawn) · to the whole element ' +
      'updated (legend, timeline and all); median of 5 windows.',
    '',
    '| events | page | renderer | first render | frame p50 (ms) | frame p95 (ms) | heap (MB) | filter: map · element (ms) |',
    '|---:|---|---|---:|---:|---:|---:|---|',
  ];
  for (const { count, plain, ours } of rows) {
    lines.push(
      `| ${fmt(count)} | plain Leaflet (SVG) | circleMarker | ${seconds(plain)} | ${ms(plain.p50, plain)} | ` +
        `${ms(plain.p95, plain)} | ${megabytes(plain.heap)} | – |`,
      `| ${fmt(count)} | \`<frontier-map>\` | ${ours.renderer ?? '–'} | ${seconds(ours)} | ${ms(ours.p50, ours)} | ` +
        `${ms(ours.p95, ours)} | ${megabytes(ours.heap)} | ${filterText(ours)} |`,
      `| | *plain ÷ ours* | | *${ratio(plain.firstRenderMs, ours.firstRenderMs)}* | | ` +
        `*${ratio(plain.p95, ours.p95)}* | *${ratio(plain.heap, ours.heap)}* | |`,
    );
  }
  if (sweep.length) {
    lines.push(
      '',
      '### Each renderer forced (how the limits in `src/map/renderer-choice.ts` were chosen)',
      '',
      '| renderer | events | first render | frame p50 (ms) | frame p95 (ms) | heap (MB) |',
      '|---|---:|---:|---:|---:|---:|',
      ...sweep.map(
        ({ renderer, count, result: r }) =>
          `| ${renderer} | ${fmt(count)} | ${seconds(r)} | ${ms(r.p50, r)} | ${ms(r.p95, r)} | ${megabytes(r.heap)} |`,
      ),
    );
  }
  lines.push('', `Whole run: ${fmt(totalSeconds)} s.`);
  return lines.join('\n');
}

/** Replaces the "## Scale" section of bench/RESULTS.md (up to the next "## "), or appends it. */
function writeSection(section) {
  const file = join(root, 'bench/RESULTS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = text.search(/^## Scale\s*$/m);
  let next = -1;
  if (start >= 0) {
    const after = text.slice(start + 1).search(/^## /m);
    next = after >= 0 ? start + 1 + after : -1;
  }
  const updated =
    start < 0
      ? `${text.trimEnd()}\n\n${section}\n`
      : `${text.slice(0, start)}${section}\n${next >= 0 ? `\n${text.slice(next)}` : ''}`;
  writeFileSync(file, updated);
  log('bench/RESULTS.md: "Scale" section written');
}

await main();
