/** The embedding examples and the embed builder, built and served as a site owner would serve them. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordProblems } from './chromium.ts';
import { waitForIdle } from './idle.ts';

let browser: Browser;
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport = { width: 1200, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const { errors } = recordProblems(page);
  await page.goto(`${base()}${path}`);
  return { page, errors };
}

const whenIdle = (page: Page, selector = 'frontier-map') => waitForIdle(page, selector);

describe('examples/plain.html', () => {
  it('upgrades markup that came before the script, survives a second copy of it, and draws', async () => {
    const { page, errors } = await open('/examples/plain.html');
    await whenIdle(page);
    const state = await page.evaluate(() => {
      const map = document.querySelector('frontier-map')!;
      return {
        upgraded: map.shadowRoot !== null,
        markers: map.shadowRoot!.querySelectorAll('.frontier-marker').length,
        rows: document.querySelector('frontier-event-list')!.shadowRoot!.querySelectorAll('tbody tr').length,
        listed: document.querySelector('frontier-event-list')!.rows.length,
        window: map.shadowRoot!.querySelector('.heading p')?.textContent,
      };
    });
    expect(state.upgraded).toBe(true);
    // The example's window of the default data: drawn and listed (what it holds is the story's
    // business, checked in shipped-data.test.ts).
    expect(state.markers).toBeGreaterThan(0);
    expect(state.rows).toBe(state.listed);
    expect(state.rows).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls the page, not the map, under the wheel', async () => {
    const { page } = await open('/examples/plain.html', { width: 1000, height: 700 });
    await whenIdle(page);
    const box = await page.locator('frontier-map').boundingBox();
    await page.evaluate(() => window.scrollTo(0, 0));
    const zoom = () =>
      page.evaluate(() =>
        (document.querySelector('frontier-map') as never as { map: { getZoom(): number } }).map.getZoom(),
      );
    const before = await zoom();
    await page.mouse.move(box!.x + box!.width / 2, Math.min(box!.y + 100, 650));
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await zoom()).toBe(before);
    await page.close();
  });
});

describe('examples/other-frontier.html', () => {
  it('maps another border from the same source: line, its length, bands from the worker', async () => {
    const { page, errors } = await open('/examples/other-frontier.html');
    await whenIdle(page);
    const state = await page.evaluate(() => {
      const map = document.querySelector('frontier-map') as HTMLElement & {
        distanceToFrontierKm(p: [number, number]): number;
      };
      const root = map.shadowRoot!;
      return {
        label: root.querySelector('.frontier-line-label')?.textContent,
        legend: root.querySelector('.legend-row[data-layer="frontier"] .legend-label')?.textContent,
        note: root.querySelector('.legend-note')?.textContent,
        bands: root.querySelectorAll('path.frontier-buffer').length,
        bandHeader: [...root.querySelectorAll('.band-table thead th')].map((th) => th.textContent),
        notices: root.querySelectorAll('.notices li').length,
        capitals: root.querySelectorAll('.frontier-marker').length,
        // Yerevan is some 25–35 km from the nearest point of the border with Azerbaijan.
        yerevanKm: map.distanceToFrontierKm([44.5152, 40.1872]),
      };
    });
    expect(state.label).toBe('Armenia–Azerbaijan border');
    expect(state.legend).toBe('Armenia–Azerbaijan border');
    expect(state.note).toBe('895 km as drawn (Armenia–Azerbaijan border).');
    expect(state.bands).toBe(2);
    expect(state.bandHeader).toEqual(['Band', 'Events']);
    expect(state.notices).toBe(0);
    expect(state.capitals).toBe(2);
    expect(state.yerevanKm).toBeGreaterThan(15);
    expect(state.yerevanKm).toBeLessThan(60);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-results/other-frontier.png' });
    await page.close();
  });
});

describe('examples/iframe.html', () => {
  it('shows the map-only page inside the frame with the view from its URL', async () => {
    const { page, errors } = await open('/examples/iframe.html');
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('frontier-map').count()).toBe(1);
    const inner = page.frames().find((f) => f.url().includes('map.html'))!;
    await inner.evaluate(async () => {
      const map = document.querySelector('frontier-map') as HTMLElement & { whenIdle(): Promise<void> };
      await customElements.whenDefined('frontier-map');
      await map.whenIdle();
    });
    const view = await inner.evaluate(() => {
      const map = document.querySelector('frontier-map') as HTMLElement & { from: string; to: string };
      return { from: map.from, to: map.to };
    });
    expect(view).toEqual({ from: '2025-10-09', to: '2025-10-31' });
    // The page fills its frame: the map starts under the title, the credit line ends at the bottom.
    const layout = await inner.evaluate(() => {
      const map = document.querySelector('frontier-map')!.getBoundingClientRect();
      const credit = document.querySelector('.map-page-credit')!;
      return {
        mapTop: map.top,
        mapShare: map.height / innerHeight,
        creditBottom: credit.getBoundingClientRect().bottom,
        height: innerHeight,
        scrolls: document.documentElement.scrollHeight > innerHeight,
        credit: credit.textContent!.replace(/\s+/g, ' '),
        link: document.querySelector<HTMLAnchorElement>('#full-viewer')!.href,
      };
    });
    expect(layout.mapTop).toBeLessThan(50);
    expect(layout.mapShare).toBeGreaterThan(0.8);
    expect(layout.creditBottom).toBeLessThanOrEqual(layout.height);
    expect(layout.scrolls).toBe(false);
    expect(layout.credit).toMatch(/Data as of \d{1,2} \w+ 20\d\d ·/);
    expect(layout.link).toMatch(/\/#map=[\d.]+\/[\d.]+\/[\d.]+&layers=/);
    // In a frame, gestures cooperate with the page around it.
    const cooperative = await inner.evaluate(() =>
      document
        .querySelector('frontier-map')!
        .shadowRoot!.querySelector('.map')!
        .classList.contains('frontier-cooperative'),
    );
    expect(cooperative).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('embed.html (embed builder)', () => {
  it('updates the live preview and the snippet from the form', async () => {
    const { page, errors } = await open('/embed.html');
    await whenIdle(page, '#preview-host frontier-map');
    await page.uncheck('input[name="layer"][value="strikes"]');
    await page.fill('input[name="height"]', '360');
    await page.fill('input[name="from"]', '2025-10-11');
    await page.check('input[name="static"]');
    const snippet = await page.inputValue('#snippet');
    expect(snippet).toContain('<script type="module" src="');
    expect(snippet).toContain('/frontier-map.js"></script>');
    expect(snippet).toContain('height: 360px');
    expect(snippet).toContain('from="2025-10-11"');
    expect(snippet).toMatch(/layers="frontier,attacks,/);
    expect(snippet).toContain('\n  static\n');
    const preview = await page.evaluate(() => {
      const map = document.querySelector('#preview-host frontier-map') as HTMLElement & { layers: string };
      return {
        layers: map.layers,
        height: map.getBoundingClientRect().height,
        isStatic: map.hasAttribute('static'),
      };
    });
    expect(preview).toEqual({ layers: expect.not.stringContaining('strikes'), height: 360, isStatic: true });
    await page.check('input[name="mode"][value="iframe"]');
    expect(await page.inputValue('#snippet')).toMatch(
      /^<iframe src="http:\/\/[^"]*\/map\.html#map=.*&amp;from=2025-10-11"/,
    );
    await page.uncheck('input[name="keepView"]');
    expect(await page.inputValue('#snippet')).toMatch(/^<iframe src="[^"]*\/map\.html#layers=/);
    await page.check('input[name="mode"][value="viewer"]');
    expect(await page.inputValue('#snippet')).toMatch(/^<iframe src="[^"]*\/index\.html#layers=/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes a snippet that works when pasted into a blank page', async () => {
    const { page } = await open('/embed.html');
    await whenIdle(page, '#preview-host frontier-map');
    await page.check('input[name="list"]');
    const snippet = await page.inputValue('#snippet');
    const blank = await browser.newPage();
    const errors: string[] = [];
    blank.on('pageerror', (error) => errors.push(error.message));
    await blank.goto(`${base()}/examples/index.html`);
    await blank.setContent(`<!doctype html><html><body>${snippet}</body></html>`, { waitUntil: 'load' });
    await whenIdle(blank);
    const markers = await blank.evaluate(
      () => document.querySelector('frontier-map')!.shadowRoot!.querySelectorAll('.frontier-marker').length,
    );
    expect(markers).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await blank.close();
    await page.close();
  });
});
