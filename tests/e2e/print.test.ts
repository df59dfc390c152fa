/**
 * Printing the built viewer: under print media the controls go, the legend and the numbered sources
 * show, Leaflet takes the printed size and keeps the whole screen view in it; back on screen the
 * view is as it was. Chromium's own print path (page.pdf: beforeprint, print layout, afterprint)
 * gives the same sheet and leaves the page as it found it. On the test-story viewer
 * (tests/e2e/story-server.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';

let browser: Browser;
let page: Page;
/**
 * The story's reports of what the fitted view shows: six for the strikes (two for t-strike-1), one
 * each for two clashes, the ground attack, the bombing and the closure; the talks and ceasefire lie
 * far outside, the summary row has no place and statements are off.
 */
const SOURCES = 11;

interface View {
  center: [number, number];
  zoom: number;
  bounds: [number, number, number, number];
  size: [number, number];
  container: [number, number];
}

const view = () =>
  page.evaluate((): View => {
    const element = document.querySelector('frontier-map')!;
    const map = element.map!;
    const bounds = map.getBounds();
    const container = element.shadowRoot!.querySelector<HTMLElement>('.map')!;
    return {
      center: [map.getCenter().lat, map.getCenter().lng],
      zoom: map.getZoom(),
      bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      size: [map.getSize().x, map.getSize().y],
      container: [container.clientWidth, container.clientHeight],
    };
  });

const sourcesListed = () =>
  page.evaluate(
    () => document.querySelector('frontier-map')!.shadowRoot!.querySelectorAll('.sources-list li').length,
  );

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  await page.goto(`${inject('baseUrl')}/story.html`);
  await page.evaluate(() => document.querySelector('frontier-map')!.whenIdle());
});

describe('printing the viewer', () => {
  it('under print media hides the controls, shows legend and sources, and keeps the view', async () => {
    const screen = await view();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(sourcesListed).toBe(SOURCES);
    const map = page.locator('frontier-map');
    expect(await map.locator('.leaflet-control-zoom').isVisible()).toBe(false);
    expect(await map.locator('.frontier-story-control').isVisible()).toBe(false);
    expect(await map.locator('.legend input').first().isVisible()).toBe(false);
    expect(await map.locator('[part="legend"]').isVisible()).toBe(true);
    expect(await map.locator('.print-sources').isVisible()).toBe(true);
    expect(await map.locator('.heading h1').isVisible()).toBe(true);
    expect(await map.locator('.leaflet-control-scale').isVisible()).toBe(true);
    expect(await map.locator('.leaflet-control-attribution').textContent()).toContain(
      '© OpenStreetMap contributors',
    );
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('frontier-event-list').isVisible()).toBe(false);

    const printed = await view();
    // Leaflet has the size the page gives the map now, not the screen's.
    expect(printed.size).toEqual(printed.container);
    expect(printed.size).not.toEqual(screen.size);
    // Everything that was on screen is still in view.
    const [w, s, e, n] = printed.bounds;
    const [sw, ss, se, sn] = screen.bounds;
    const slack = 1e-6;
    expect(w).toBeLessThanOrEqual(sw + slack);
    expect(s).toBeLessThanOrEqual(ss + slack);
    expect(e).toBeGreaterThanOrEqual(se - slack);
    expect(n).toBeGreaterThanOrEqual(sn - slack);

    await page.emulateMedia({ media: 'screen' });
    await expect.poll(sourcesListed).toBe(0);
    expect(await map.locator('.leaflet-control-zoom').isVisible()).toBe(true);
    const back = await view();
    expect(back.zoom).toBe(screen.zoom);
    expect(back.center[0]).toBeCloseTo(screen.center[0], 6);
    expect(back.center[1]).toBeCloseTo(screen.center[1], 6);
  });

  it("through Chromium's print path gives the sheet and restores the page", async () => {
    const before = await view();
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: false,
    });
    const first = (text as string[])[0]!;
    expect(first).toContain('Afghanistan–Pakistan frontier');
    expect(first).toContain('Air strikes');
    expect(first).toContain('Test frontier');
    const all = (text as string[]).join('\n');
    expect(all).toContain(`Sources of what the map shows (${SOURCES})`);
    expect(all).toContain('https://example.org/test-report-t-strike-1b');
    // The viewer's own header and event list stay off the sheet.
    expect(first).not.toContain('Events in the time window');
    expect(totalPages).toBeGreaterThanOrEqual(1);
    const after = await view();
    expect(after.zoom).toBe(before.zoom);
    expect(after.size).toEqual(before.size);
    expect(after.center[0]).toBeCloseTo(before.center[0], 6);
    expect(after.center[1]).toBeCloseTo(before.center[1], 6);
    await expect.poll(sourcesListed).toBe(0);
  });
});
