/**
 * The built viewer (dist/app) in Chromium: it reaches frontier-ready, shows the frontier, markers
 * and the event list, and a screenshot is written to test-results/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('the built viewer', () => {
  it('reaches frontier-ready and draws the map, offline', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${inject('baseUrl')}/`);
    const readyMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const map = document.querySelector('frontier-map')!;
          map.whenIdle().then(() => resolve(performance.now()));
        }),
    );
    expect(readyMs).toBeGreaterThan(0);
    const counts = await page.evaluate(() => {
      const root = document.querySelector('frontier-map')!.shadowRoot!;
      return {
        countries: root.querySelectorAll('path.frontier-country').length,
        frontier: root.querySelectorAll('path.frontier-line').length,
        markers: root.querySelectorAll('.frontier-marker').length,
        rows: document.querySelector('frontier-event-list')!.shadowRoot!.querySelectorAll('tbody tr').length,
      };
    });
    expect(counts.countries).toBeGreaterThan(10);
    expect(counts.frontier).toBe(1);
    expect(counts.markers).toBeGreaterThan(40);
    expect(counts.rows).toBeGreaterThan(40);
    const origin = new URL(inject('baseUrl')).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/viewer.png' });
  });

  it('opens a feature from the event list, with its sources', async () => {
    const title = await page.evaluate(async () => {
      const list = document.querySelector('frontier-event-list')!;
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr button')!;
      button.click();
      const map = document.querySelector('frontier-map')!;
      await map.whenIdle();
      return button.textContent;
    });
    const panel = page.locator('frontier-map [part="panel"]');
    await expect.poll(() => panel.locator('.panel-title').textContent()).toBe(title);
    expect(await panel.locator('.panel-sources a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/viewer-selected.png' });
  });
});
