/**
 * How long `npm run snapshot` takes, end to end as a person runs it (serve dist/app, start Chromium,
 * render, write): a 1200 × 800 PNG at the default scale 2 and A4 PDFs (portrait, the default, and
 * landscape) of the default view, five runs each; and
 * `snapshot()` in the open viewer (what "Download PNG" waits for). Medians as a Markdown table. Uses
 * the built viewer as it is (`--no-build`).
 *
 *   npm run build && node bench/snapshot.mjs [runs]
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';

const run = promisify(execFile);
const runs = Number(process.argv[2] ?? 5);
const root = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/app/index.html', root))) {
  process.stderr.write('bench/snapshot: dist/app is missing; run npm run build first\n');
  process.exit(1);
}

const CASES = [
  {
    name: 'PNG, 1200 × 800 CSS px at 2× (2400 × 1600)',
    file: 'map.png',
    args: ['--width', '1200', '--height', '800'],
  },
  { name: 'PDF, A4 portrait (the default)', file: 'map.pdf', args: [] },
  { name: 'PDF, A4 landscape', file: 'map.pdf', args: ['--paper', 'A4', '--landscape'] },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => (ms / 1000).toFixed(2);

const startLoad = loadavg()
  .map((value) => value.toFixed(2))
  .join(', ');
const dir = mkdtempSync(join(tmpdir(), 'frontier-bench-'));
const rows = [];
try {
  for (const { name, file, args } of CASES) {
    const times = [];
    let size = 0;
    for (let index = 0; index < runs; index++) {
      const out = join(dir, file);
      const start = performance.now();
      await run('node', ['scripts/snapshot.mjs', '--no-build', '--out', out, ...args], { cwd: root });
      times.push(performance.now() - start);
      size = statSync(out).size;
    }
    rows.push(
      `| ${name} | ${runs} | ${seconds(median(times))} | ${seconds(Math.min(...times))} | ` +
        `${seconds(Math.max(...times))} | ${Math.round(size / 1024)} kB |`,
    );
  }
  rows.push(await inPage());
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** snapshot() in the viewer at 1400 × 950, the map idle; the first call is a warm-up. */
async function inPage() {
  const [{ chromium }, { preview }] = await Promise.all([import('playwright-core'), import('vite')]);
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: fileURLToPath(new URL('dist/app', root)) },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const browser = await chromium.launch(await chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    await page.goto(server.resolvedUrls.local[0]);
    const { times, size, width, height } = await page.evaluate(async (runs) => {
      const map = document.querySelector('frontier-map');
      await map.whenIdle();
      let blob = await map.snapshot();
      const times = [];
      for (let index = 0; index < runs; index++) {
        const start = performance.now();
        blob = await map.snapshot();
        times.push(performance.now() - start);
      }
      const rect = map.getBoundingClientRect();
      return { times, size: blob.size, width: Math.round(rect.width), height: Math.round(rect.height) };
    }, runs);
    return (
      `| snapshot() in the page, ${width} × ${height} px | ${runs} | ${seconds(median(times))} | ` +
      `${seconds(Math.min(...times))} | ${seconds(Math.max(...times))} | ${Math.round(size / 1024)} kB |`
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
console.log(`load average (1, 5, 15 min) at the end: ${load()}; at the start: ${startLoad}`);
console.log('| output | runs | median (s) | fastest (s) | slowest (s) | file size |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
