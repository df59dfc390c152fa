/**
 * ACLED import benchmark: the same generated events (bench/generate-events.mjs, seed 1) loaded into
 * `<frontier-map>` (the built dist/frontier-map.js) once as GeoJSON and once as an ACLED export
 * (bench/generate-acled.mjs: every column, notes of realistic length) through
 * `<frontier-layer format="acled">`. Reports the first render (navigation to `whenIdle()` and a
 * frame, median of 3 loads) and the file sizes, and writes them to bench/RESULTS.md under
 * "## ACLED import".
 *
 *   node bench/acled-load.mjs [--no-build] [--quick]     (--quick: 10,000 events only, RESULTS.md untouched)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { generateAcled } from './generate-acled.mjs';
import { generateEvents } from './generate-events.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const SIZES = quick ? [10_000] : [10_000, 100_000];
const LOADS = 3;
const PAGE_TIMEOUT_MS = 120_000;
const log = (message) => console.error(message);
const fmt = (value, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** A static server on 127.0.0.1 for dist/, the fixtures and the generated data. */
function serve(dataDir) {
  return serveStatic([
    ['/dist/', join(root, 'dist')],
    ['/bench/', join(root, 'bench/fixtures')],
    ['/data/', dataDir],
  ]);
}

/**
 * CPU time used so far by each process this one started (the browser and its renderer, GPU and
 * utility processes, workers included), in ms by process id, from /proc; null where there is none.
 * Unlike the time to the first render, it hardly moves with other work on the machine.
 */
function browserCpu() {
  if (!existsSync('/proc/self/stat')) return null;
  const processes = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 4, 14 and 15 of stat(5): parent, user and system time in clock ticks (100 a second).
      processes.push({
        pid: Number(name),
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of processes) {
      if (!ours.has(p.pid) && ours.has(p.parent)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  return new Map(
    processes.filter((p) => p.pid !== process.pid && ours.has(p.pid)).map((p) => [p.pid, p.ticks * 10]),
  );
}

/** CPU ms between two `browserCpu()` readings, of the processes alive at the second (a page that closed meanwhile is not counted). */
function cpuBetween(before, after) {
  if (!before || !after) return null;
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

/** One cold load: milliseconds to the first render, the features loaded and the browser's CPU time. */
async function load(browser, url) {
  const cpuBefore = browserCpu();
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  try {
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.goto(url);
    const result = await page.evaluate(() => window.benchReady);
    return { ...result, cpuMs: cpuBetween(cpuBefore, browserCpu()) };
  } finally {
    await context.close();
  }
}

/**
 * The ACLED rows as the GeoJSON features they become (mapped and validated as the map does): the same
 * content in the other format, to tell the cost of reading CSV from the cost of richer features.
 */
async function acledAsGeoJson(csv) {
  const { parseTable, validateTable } = (
    await runnerImport(join(root, 'src/data/table-source.ts'), { configFile: false, logLevel: 'silent' })
  ).module;
  const features = [];
  validateTable(parseTable(csv, 'acled'), {}, Number.POSITIVE_INFINITY, (slice) => features.push(...slice));
  return { type: 'FeatureCollection', features };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!process.argv.includes('--no-build')) {
    log('building dist/frontier-map.js (vite build)…');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'frontier-acled-'));
  const server = await serve(dataDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(await chromiumLaunchOptions());
  const rows = [];
  // Other work on a shared machine slows the rows, and not alike: the load average (1 minute) is
  // given at the start and before every load.
  const load1 = loadavg()[0];
  try {
    for (const count of SIZES) {
      writeFileSync(join(dataDir, `${count}.geojson`), JSON.stringify(generateEvents(count, { seed: 1 })));
      const csv = generateAcled(count, { seed: 1 });
      writeFileSync(join(dataDir, `${count}.csv`), csv);
      writeFileSync(join(dataDir, `${count}-acled.geojson`), JSON.stringify(await acledAsGeoJson(csv)));
      for (const [format, file, label] of [
        ['geojson', `${count}.geojson`, 'GeoJSON'],
        ['acled', `${count}.csv`, 'ACLED CSV'],
        ['geojson', `${count}-acled.geojson`, 'GeoJSON of the ACLED rows'],
      ]) {
        const times = [];
        const cpu = [];
        const loads = [];
        let features = 0;
        for (let run = 0; run < LOADS; run++) {
          loads.push(loadavg()[0]);
          log(`${fmt(count)} events, ${label}: load ${run + 1}…`);
          const result = await load(
            browser,
            `${base}/bench/frontier-map.html?data=/data/${file}&format=${format}`,
          );
          times.push(result.firstRenderMs);
          cpu.push(result.cpuMs);
          features = result.features;
        }
        const megabytes = statSync(join(dataDir, file)).size / 1024 / 1024;
        rows.push({ count, label, features, megabytes, times, cpu, loads });
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const report = [
    '## ACLED import',
    '',
    `\`node bench/acled-load.mjs\`: headless Chromium (software rendering), ${cpus().length} cores ` +
      `(load average ${fmt(load1, 1)} at the start), 1200×800 px. ` +
      'The same generated events (bench/generate-events.mjs, seed 1) as GeoJSON and as an ACLED export ' +
      '(bench/generate-acled.mjs: all 31 columns, notes of about 200 characters, both date forms), each in ' +
      'one `<frontier-layer>`, and the features those ACLED rows become, saved as GeoJSON (same content, ' +
      'other format); first render = navigation start to `whenIdle()` and a frame, median of ' +
      `${LOADS} cold loads; the load average (1 minute) before each load beside them. Browser CPU = the CPU ` +
      "time of the browser's processes (page, workers, GPU process) over a load, from /proc: it hardly " +
      'moves with other work on the machine, which the first render does.',
    '',
    '| events | data | file | features | first render (median) | loads | browser CPU (median) | load average |',
    '|---:|---|---:|---:|---:|---|---:|---|',
    ...rows.map(
      (r) =>
        `| ${fmt(r.count)} | ${r.label} | ${fmt(r.megabytes, 1)} MB | ${fmt(r.features)} | ` +
        `${fmt(median(r.times) / 1000, 2)} s | ${r.times.map((t) => fmt(t / 1000, 2)).join(', ')} s | ` +
        `${r.cpu.includes(null) ? '–' : `${fmt(median(r.cpu) / 1000, 2)} s`} | ${r.loads.map((l) => fmt(l, 1)).join(', ')} |`,
    ),
    '',
    "How to read it: the first row is the scale benchmark's events, which carry a title, a date and one " +
      'source; an ACLED row becomes a feature with its notes, actors, a claim and a source list, about three ' +
      'times the bytes. The third row loads those same features from GeoJSON: compared with it, the second ' +
      'row is the cost of reading CSV (papaparse, mapping, shared between workers like GeoJSON); compared ' +
      'with the first, the cost of richer features.',
  ].join('\n');
  console.log(report);
  if (!quick) writeSection(report);
}

/** Replaces the "## ACLED import" section of bench/RESULTS.md (up to the next "## "), or appends it. */
function writeSection(section) {
  const file = join(root, 'bench/RESULTS.md');
  const text = readFileSync(file, 'utf8');
  const start = text.search(/^## ACLED import\s*$/m);
  if (start < 0) return writeFileSync(file, `${text.trimEnd()}\n\n${section}\n`);
  const after = text.slice(start + 1).search(/^## /m);
  const rest = after >= 0 ? `\n${text.slice(start + 1 + after)}` : '';
  writeFileSync(file, `${text.slice(0, start)}${section}\n${rest}`);
}

await main();
