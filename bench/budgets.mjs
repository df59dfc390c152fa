/**
 * What a page downloads, gzipped, in headless Chromium against the built viewer (`vite preview`
 * serves it compressed): the code (every script a page loads), a `no-default-data` page, the opening
 * view with the default data, and what zooming to 9 at Torkham adds; then the time to the first
 * markers on a slow connection (1.6 Mbps, 150 ms round trip, CPU 4× slower).
 * Run after `npm run build`: `node bench/budgets.mjs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';

const BUDGETS = { code: 110, noDefault: 170, opening: 300, torkham: 250, firstMarkersMs: 2500 };
const kB = (bytes) => (bytes / 1000).toFixed(1);

const server = await preview({ mode: 'app', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch(await chromiumLaunchOptions());

/** Opens a page and records every response's bytes on the wire (encoded, i.e. gzipped) by kind. */
async function openPage(url, { throttle = false, html } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  if (html) await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const requests = new Map();
  const log = [];
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    const encoded = Object.entries(response.headers).some(
      ([key]) => key.toLowerCase() === 'content-encoding',
    );
    // Bytes received when the response begins: its status line and headers, which are not content.
    requests.set(requestId, { url: response.url, type, encoded, headerBytes: response.encodedDataLength });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request) log.push({ ...request, bytes: wireBytes(request, encodedDataLength - request.headerBytes) });
  });
  return { context, page, log };
}

/**
 * Content bytes as a gzip-serving host sends them (headers not counted): the encoded body when the
 * preview server compressed the response; else the file gzipped here.
 */
function wireBytes({ url, encoded }, encodedDataLength) {
  const file = `dist/app/${new URL(url).pathname.replace(/^\//, '')}`;
  if (encoded || !existsSync(file) || file.endsWith('/')) return encodedDataLength;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

const sum = (entries) => entries.reduce((total, entry) => total + entry.bytes, 0);
const isScript = (entry) => entry.type === 'Script' || /\.js($|\?)/.test(entry.url);
const name = (entry) => entry.url.replace(base, '');
const idle = (page) =>
  page.evaluate(async () => {
    await customElements.whenDefined('frontier-map');
    await document.querySelector('frontier-map').whenIdle();
  });

const rows = [];
const details = [];
try {
  // The opening view of the viewer, with the default data.
  const opening = await openPage(base);
  await opening.page.goto(base);
  await idle(opening.page);
  const openingBytes = sum(opening.log);
  const code = sum(opening.log.filter(isScript));
  details.push(['opening view', opening.log.map((e) => `${name(e)} ${kB(e.bytes)}`)]);
  const before = opening.log.length;
  await opening.page.evaluate(async () => {
    const map = document.querySelector('frontier-map');
    map.map.setView([34.1, 71.1], 9, { animate: false });
    await map.whenIdle();
  });
  const zoomed = opening.log.slice(before);
  details.push(['zoom 9 at Torkham', zoomed.map((e) => `${name(e)} ${kB(e.bytes)}`)]);
  await opening.context.close();

  // A page of its own with no default data (served beside the viewer, loading the one-file bundle).
  const url = `${base}bench-no-default-data.html`;
  const bare = await openPage(url, {
    html: '<!doctype html><meta charset="utf-8"><frontier-map no-default-data style="height:600px"></frontier-map><script type="module" src="frontier-map.js"></script>',
  });
  await bare.page.goto(url);
  await idle(bare.page);
  details.push(['no-default-data page', bare.log.map((e) => `${name(e)} ${kB(e.bytes)}`)]);
  await bare.context.close();

  // Time to the first markers on a slow connection and CPU.
  const slow = await openPage(base, { throttle: true });
  await slow.page.goto(base, { waitUntil: 'commit' });
  const firstMarkers = await slow.page.evaluate(async () => {
    for (;;) {
      const map = document.querySelector('frontier-map');
      if (map?.shadowRoot?.querySelector('.frontier-marker, .frontier-stack')) return performance.now();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await slow.context.close();

  rows.push(['code: every script the opening view loads', code, BUDGETS.code]);
  rows.push(['a `no-default-data` page, in all', sum(bare.log), BUDGETS.noDefault]);
  rows.push(['the opening view with the default data, in all', openingBytes, BUDGETS.opening]);
  rows.push(['zooming to 9 at Torkham, more', sum(zoomed), BUDGETS.torkham]);
  console.log('## Download budgets\n');
  console.log('| what (gzip on the wire) | kB | budget | |');
  console.log('|---|---:|---:|---|');
  for (const [what, bytes, budget] of rows) {
    console.log(`| ${what} | ${kB(bytes)} | ${budget} | ${bytes / 1000 <= budget ? 'within' : '**over**'} |`);
  }
  console.log(
    `| first markers, 1.6 Mbps / 150 ms RTT / 4× CPU | ${Math.round(firstMarkers)} ms | ${BUDGETS.firstMarkersMs} ms | ${firstMarkers <= BUDGETS.firstMarkersMs ? 'within' : '**over**'} |`,
  );
  for (const [what, files] of details) console.log(`\n${what}: ${files.join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
