#!/usr/bin/env node
/**
 * `npm run snapshot -- --out map.png|map.pdf [options]`: renders the viewer headlessly to a file.
 * Builds dist/app when it is missing or older than the sources, serves it on loopback, opens it in
 * Chromium with the map in static mode, waits for `whenIdle()`, frames the story unless a view was
 * given, then writes a PNG (the map, heading, legend, insets, credits and sources credit filling the
 * image, at `--scale` pixels per CSS pixel) or a PDF (the print layout: the sheet and the numbered
 * sources). Exit 0 on success; 2 for a bad command line, 1 for anything else, each with
 * one line on stderr.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveChromium } from './browser.mjs';
import { Chromium } from './cdp.mjs';
import {
  MARGIN_MM,
  PAPER_INCHES,
  pageAreaPx,
  parseSnapshotArgs,
  USAGE,
  UsageError,
} from './snapshot-args.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const say = (line) => process.stdout.write(`${line}\n`);

/** Newest modification time under the given paths (files and folders, recursively). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

async function ensureBuilt(allowBuild) {
  const built = join(root, 'dist/app/index.html');
  const sources = ['src', 'index.html', 'public', 'geodata', 'vite.config.ts'];
  const reason = !existsSync(built)
    ? 'dist/app is missing'
    : newestMtime(sources) > statSync(built).mtimeMs
      ? 'dist/app is older than the sources'
      : null;
  if (!reason) return;
  if (!allowBuild) {
    if (!existsSync(built)) throw new Error(`${reason}; run npm run build, or leave out --no-build`);
    say(`${reason}; using it as it is (--no-build)`);
    return;
  }
  say(`${reason}: building the viewer (vite build --mode app)…`);
  const { build } = await import('vite');
  await build({ root, mode: 'app', logLevel: 'error' });
}

/** Serves dist/app on loopback (what `vite preview` would serve, without loading Vite). */
async function serve() {
  const server = await serveStatic([['/', join(root, 'dist/app')]]);
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** Starts headless Chromium. */
async function launch() {
  const found = await resolveChromium();
  return { browser: await Chromium.launch(found), origin: found.origin };
}

/**
 * Runs in the page before its scripts: the map becomes static with the requested attributes before
 * it is upgraded, so it is drawn once at its final size, and for a PNG it fills the viewport.
 */
function prepareMap({ attributes, fill }) {
  const problems = [];
  Object.defineProperty(window, '__snapshotProblems', { value: problems });
  document.addEventListener('frontier-error', (event) => {
    problems.push(`${event.detail.source}: ${event.detail.message}`);
  });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const map = document.querySelector('frontier-map');
    if (!map) return;
    map.setAttribute('static', '');
    for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
    if (!fill) return;
    const style = document.createElement('style');
    // The map fills the viewport; the rest of the page, under it, is not drawn at all.
    style.textContent = `frontier-map { position: fixed !important; inset: 0 !important; width: auto !important;
      height: auto !important; margin: 0 !important; z-index: 2147483647 !important;
      border-radius: 0 !important; box-shadow: none !important; visibility: visible !important; }
      body { visibility: hidden !important; }`;
    document.head.append(style);
  });
}

/**
 * Waits for the map to be drawn and idle, with fonts loaded; returns the problems it reported.
 * Without a requested view the map is framed on the story at the end, when the legend has its final
 * width and every feature is in (far-off places go to the inset).
 */
async function waitForMap(page, frame) {
  const ready = page.evaluate(async (frame) => {
    await customElements.whenDefined('frontier-map');
    const map = document.querySelector('frontier-map');
    if (!map) throw new Error('the page has no <frontier-map>');
    await map.updateComplete;
    await map.whenIdle();
    await document.fonts.ready;
    // Two frames: resize observers run and any move they start is awaited by the second whenIdle().
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    if (frame && !map.frameStory()) map.fitFrontier();
    await map.whenIdle();
    await map.updateComplete;
    return window.__snapshotProblems;
  }, frame);
  // Past the timeout, closing the browser fails the evaluation too: that is no news.
  ready.catch(() => {});
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the map was not ready within ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const kB = (bytes) => `${Math.round(bytes / 1024).toLocaleString('en-GB')} kB`;

/** Pages of a Chromium PDF: one `/Type /Page` object each (Chromium writes no object streams). */
const countPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Opens the viewer in `browser` laid out as asked, waits for the map, and writes the file. */
async function render(browser, options, url) {
  const pdf = options.format === 'pdf';
  const viewport = pdf ? pageAreaPx(options.paper, options.landscape) : options;
  const page = await browser.newPage();
  await page.setViewport(viewport.width, viewport.height, pdf ? 1 : options.scale);
  // Laid out for paper from the start, so the map is placed once, at its printed size.
  if (pdf) await page.emulatePrint();
  await page.addInitScript(prepareMap, { attributes: options.attributes, fill: !pdf });
  await page.goto(`${url}/${options.hash}`);
  const { center, zoom } = options.attributes;
  const problems = await waitForMap(page, !options.hash && center === undefined && zoom === undefined);
  if (page.errors.length) throw new Error(`the page failed: ${page.errors[0]}`);
  for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  if (pdf) {
    const [paperWidth, paperHeight] = PAPER_INCHES[options.paper];
    const margin = MARGIN_MM / 25.4;
    const buffer = await page.pdf({ paperWidth, paperHeight, landscape: options.landscape, margin });
    writeFileSync(out, buffer);
    const pages = countPages(buffer);
    const layout = `${options.paper} ${options.landscape ? 'landscape' : 'portrait'}`;
    say(`wrote ${options.out} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${layout}, ${kB(buffer.length)})`);
  } else {
    const buffer = await page.screenshot(options.width, options.height);
    writeFileSync(out, buffer);
    const [width, height] = [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
    say(`wrote ${options.out} (${width} × ${height} px, ${kB(buffer.length)})`);
  }
}

async function main(argv) {
  let options;
  try {
    options = parseSnapshotArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`snapshot: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    say(USAGE);
    return 0;
  }
  // Chromium starts while the viewer is checked (or built) and served: neither waits for the other.
  const launching = launch();
  launching.catch(() => {}); // Awaited below; a failure is reported there, once.
  let server;
  try {
    await ensureBuilt(options.build);
    let url;
    ({ server, url } = await serve());
    const { browser, origin } = await launching;
    say(`started Chromium (${origin}); rendering the map…`);
    await render(browser, options, url);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Playwright appends call logs after a newline; the first line says what went wrong.
    process.stderr.write(`snapshot: ${message.split('\n')[0]}\n`);
    return 1;
  } finally {
    server?.close();
    await (await launching.catch(() => null))?.browser.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
