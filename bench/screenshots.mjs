/**
 * Screenshots of the built viewer at the views the map must read well at: the opening view
 * (1100 × 700), zoom 7 over the former tribal districts, zoom 9 at Torkham, and a phone (390 × 844).
 * Run after `npm run build`: `node bench/screenshots.mjs [--out DIR]`. Prints, per view, the place
 * names placed, the markers and stacks drawn, and how many events in view are hit where drawn.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';

const out = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : 'test-results/screens';
mkdirSync(out, { recursive: true });

const VIEWS = [
  { name: 'opening', width: 1100, height: 700 },
  { name: 'z7-tribal-districts', width: 1100, height: 700, center: [33.5, 70.5], zoom: 7 },
  { name: 'z9-torkham', width: 1100, height: 700, center: [34.1, 71.1], zoom: 9 },
  { name: 'phone', width: 390, height: 844, mobile: true },
];

const server = await preview({ mode: 'app', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch(await chromiumLaunchOptions());
try {
  for (const view of VIEWS) {
    const context = await browser.newContext({
      viewport: { width: view.width, height: view.height },
      ...(view.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    const page = await context.newPage();
    await page.goto(url);
    const facts = await page.evaluate(async ({ center, zoom }) => {
      await customElements.whenDefined('frontier-map');
      const map = document.querySelector('frontier-map');
      await map.whenIdle();
      const root = map.shadowRoot;
      if (center) {
        map.map.setView(center, zoom, { animate: false });
        await map.whenIdle();
      }
      map.scrollIntoView();
      const size = map.map.getContainer().getBoundingClientRect();
      const legend = root.querySelector('[part="legend"]').getBoundingClientRect();
      const markers = [...root.querySelectorAll('.frontier-marker')];
      const stacks = [...root.querySelectorAll('.frontier-stack')];
      let inView = 0;
      let hit = 0;
      for (const marker of markers) {
        const r = marker.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < size.left || y < size.top || x > size.right || y > size.bottom) continue;
        if (x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom) continue;
        inView++;
        if (!marker.classList.contains('is-stacked')) {
          if (root.elementFromPoint(x, y)?.closest('.frontier-marker') === marker) hit++;
          continue;
        }
        // A stacked marker is drawn as its stack (within a marker's width): that must be hit.
        const stack = stacks
          .map((s) => ({ s, r: s.getBoundingClientRect() }))
          .find(({ r }) => Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y) <= 24.5);
        if (!stack) continue;
        const sx = stack.r.left + stack.r.width / 2;
        const sy = stack.r.top + stack.r.height / 2;
        if (root.elementFromPoint(sx, sy)?.closest('.frontier-stack') === stack.s) hit++;
      }
      return {
        zoom: map.map.getZoom(),
        labels: root.querySelectorAll('.frontier-place-label').length,
        stacks: root.querySelectorAll('.frontier-stack').length,
        inView,
        hit,
      };
    }, view);
    await page.locator('frontier-map').screenshot({ path: `${out}/${view.name}.png` });
    console.log(`${view.name}: ${JSON.stringify(facts)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
