/**
 * First render of generated events by two builds of the library, on the same machine at the same
 * time: each checkout's `dist/` is served beside the other and their benchmark pages are loaded
 * alternately, so a change of machine speed affects both alike (it varies up to 2× from day to day).
 * Build each checkout first (`npx vite build`).
 *
 *   node bench/compare-builds.mjs <checkout A> <checkout B> [events=100000] [loads=7]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { generateEvents } from './generate-events.mjs';

const [a, b, count = '100000', loads = '7'] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node bench/compare-builds.mjs <checkout A> <checkout B> [events] [loads]\n');
  process.exit(2);
}
const roots = [resolve(a), resolve(b)];
const dataDir = mkdtempSync(join(tmpdir(), 'frontier-compare-'));
writeFileSync(join(dataDir, 'events.geojson'), JSON.stringify(generateEvents(Number(count), { seed: 1 })));
const servers = await Promise.all(
  roots.map((root) =>
    serveStatic([
      ['/dist/', join(root, 'dist')],
      ['/node_modules/leaflet/dist/', join(root, 'node_modules/leaflet/dist')],
      ['/bench/', join(root, 'bench/fixtures')],
      ['/data/', dataDir],
    ]),
  ),
);
const browser = await chromium.launch(await chromiumLaunchOptions());
const times = roots.map(() => []);
try {
  for (let load = 0; load < Number(loads); load++) {
    for (const [index, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const page = await context.newPage();
      await page.goto(
        `http://127.0.0.1:${server.address().port}/bench/frontier-map.html?data=/data/events.geojson`,
      );
      times[index].push((await page.evaluate(() => window.benchReady)).firstRenderMs);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
for (const [index, root] of roots.entries()) {
  const ms = times[index].map(Math.round);
  console.log(`${root}: first render median ${Math.round(median(ms))} ms (${ms.join(', ')})`);
}
