/**
 * Load time of the built viewer: navigation start to `whenIdle()` (every source loaded, map drawn),
 * median of N cold loads in headless Chromium, plus the bundle's size and gzip size.
 * Run after `npm run build`: `node bench/viewer-load.mjs [--runs 5]`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const bundle = readFileSync('dist/frontier-map.js');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

const server = await preview({ mode: 'app', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch(await chromiumLaunchOptions());
const times = [];
const markers = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const result = await page.evaluate(async () => {
      await customElements.whenDefined('frontier-map');
      const map = document.querySelector('frontier-map');
      await map.whenIdle();
      return { ms: performance.now(), markers: map.shadowRoot.querySelectorAll('.frontier-marker').length };
    });
    times.push(result.ms);
    markers.push(result.markers);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('## Viewer load\n');
console.log('| measure | value |');
console.log('|---|---:|');
console.log(
  `| \`dist/frontier-map.js\` | ${kb(bundle.length)} (${kb(gzipSync(bundle, { level: 9 }).length)} gzip) |`,
);
console.log(
  `| navigation → \`whenIdle()\`, median of ${runs} cold loads | ${Math.round(median(times))} ms |`,
);
console.log(`| min / max | ${Math.round(Math.min(...times))} / ${Math.round(Math.max(...times))} ms |`);
console.log(`| markers drawn | ${markers[0]} |`);
