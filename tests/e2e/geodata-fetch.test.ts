/**
 * The built bundle fetches its geodata from `geodata/` beside itself (dist/app/geodata/ for the copy
 * the viewer serves), whatever page loads it: here a page two directories further down.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';

let browser: Browser;
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE = `<!doctype html><meta charset="utf-8"><title>Elsewhere</title>
<frontier-map style="display:block;width:900px;height:600px" center="34.1,71.1" zoom="9"></frontier-map>
<script type="module" src="../../frontier-map.js"></script>`;

describe('the built bundle', () => {
  it('fetches the geodata a view needs from geodata/ beside itself, from a page in another directory', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const fetched: Array<{ url: string; status: number }> = [];
    page.on('response', (response) => fetched.push({ url: response.url(), status: response.status() }));
    const url = `${base()}/some/where/page.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.goto(url);
    const drawn = await page.evaluate(async () => {
      await customElements.whenDefined('frontier-map');
      const map = document.querySelector('frontier-map') as HTMLElement & { whenIdle(): Promise<void> };
      await map.whenIdle();
      const root = map.shadowRoot!;
      return {
        countries: root.querySelectorAll('path.frontier-country').length,
        names: root.querySelectorAll('.frontier-place-label').length,
        markers: root.querySelectorAll('.frontier-marker').length,
        line: root.querySelectorAll('.frontier-line').length,
      };
    });
    const geodata = fetched.filter((entry) => entry.url.includes('/geodata/'));
    // Zoom 9: the detailed band and its names, never the coarse one; every file from dist/app/geodata.
    expect(geodata.map((entry) => entry.url.replace(base(), '')).sort()).toEqual(
      [
        '/geodata/basemap.topojson',
        '/geodata/crossings.geojson',
        '/geodata/events.geojson',
        '/geodata/facts.json',
        '/geodata/frontier.geojson',
        '/geodata/labels-z0-6.geojson',
        '/geodata/labels-z7-8.geojson',
        '/geodata/labels-z9.geojson',
        '/geodata/posts.geojson',
        '/geodata/provinces.topojson',
        '/geodata/venues.geojson',
      ].sort(),
    );
    expect(geodata.every((entry) => entry.status === 200)).toBe(true);
    expect(fetched.every((entry) => entry.url.startsWith(base()))).toBe(true);
    expect(drawn.countries).toBeGreaterThan(5);
    expect(drawn.names).toBeGreaterThan(5);
    expect(drawn.markers).toBeGreaterThan(5);
    expect(drawn.line).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
