/**
 * The built viewer (dist/app) in Chromium, on the test story (story.html: the viewer page with
 * `no-default-data` and the story's layers): it reaches frontier-ready offline, shows the frontier,
 * markers and the event list, and opens a feature from the list. Screenshots go to test-results/ for
 * a person to look at. What must hold of the viewer with the shipped data is in shipped-data.test.ts.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordProblems } from './chromium.ts';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  ({ errors } = recordProblems(page));
});

afterAll(async () => {
  await browser?.close();
});

describe('the built viewer', () => {
  it('reaches frontier-ready and draws the map, offline', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${inject('baseUrl')}/story.html`);
    const readyMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const map = document.querySelector('frontier-map')!;
          map.whenIdle().then(() => resolve(performance.now()));
        }),
    );
    expect(readyMs).toBeGreaterThan(0);
    const counts = await page.evaluate(async () => {
      const list = document.querySelector('frontier-event-list')!;
      await list.updateComplete;
      const root = document.querySelector('frontier-map')!.shadowRoot!;
      return {
        countries: root.querySelectorAll('path.frontier-country').length,
        frontier: root.querySelectorAll('path.frontier-line').length,
        label: root.querySelector('.frontier-line-label')?.textContent,
        markers: root.querySelectorAll('.frontier-marker').length,
        rows: [...list.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.id),
      };
    });
    expect(counts.countries).toBeGreaterThan(10);
    expect(counts.frontier).toBe(1);
    expect(counts.label).toBe('Test frontier');
    // The story's points in the default layers: 5 strikes, 3 attacks, 1 bombing, 1 post, 3 crossings, 3 venues.
    expect(counts.markers).toBe(16);
    // Its dated events: those five and four (with the summary), the bombing, a closure, a ceasefire, talks.
    expect(counts.rows).toHaveLength(13);
    expect(counts.rows[0]).toMatch(/^t-strike-[12]$/);
    const origin = new URL(inject('baseUrl')).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/viewer.png' });
  });

  it('opens a feature from the event list, with its sources', async () => {
    const title = await page.evaluate(async () => {
      const list = document.querySelector('frontier-event-list')!;
      const row = list.shadowRoot!.querySelector<HTMLElement>('tbody tr[data-id="t-strike-1"]')!;
      row.querySelector('button')!.click();
      await document.querySelector('frontier-map')!.whenIdle();
      return row.querySelector('button')!.textContent;
    });
    expect(title).toContain('Test strike A');
    const panel = page.locator('frontier-map [part="panel"]');
    await expect.poll(() => panel.locator('.panel-title').textContent()).toBe(title);
    expect(
      await panel
        .locator('.panel-sources a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['https://example.org/test-report-t-strike-1a', 'https://example.org/test-report-t-strike-1b']);
    await page.screenshot({ path: 'test-results/viewer-selected.png' });
  });
});
