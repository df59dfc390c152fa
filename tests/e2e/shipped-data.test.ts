/**
 * What must hold of the real viewer with the shipped data (geodata/), in one place: every other
 * end-to-end test runs on the made-up test story. The viewer loads offline with no error and no
 * rejected feature, draws the Durand Line labelled as not recognised by Afghanistan, draws every
 * shipped point of the layers it shows, and lists every shipped event, each one selectable.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordProblems } from './chromium.ts';

let browser: Browser;
let page: Page;
let errors: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  ({ errors } = recordProblems(page));
  await page.exposeFunction('__reportProblem', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('frontier-error', (event) => {
      const { source, message } = (event as CustomEvent).detail;
      (window as unknown as { __reportProblem(text: string): void }).__reportProblem(`${source}: ${message}`);
    });
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('the viewer with the shipped data', () => {
  it('loads offline, with no error and no rejected feature', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${inject('baseUrl')}/`);
    const state = await page.evaluate(async () => {
      const map = document.querySelector('frontier-map')!;
      await map.whenIdle();
      const root = map.shadowRoot!;
      return {
        features: map.features.length,
        countries: root.querySelectorAll('path.frontier-country').length,
        frontier: root.querySelectorAll('path.frontier-line').length,
        label: root.querySelector('.frontier-line-label')?.textContent ?? '',
        note: root.querySelector('.legend-note')?.textContent ?? '',
        notices: root.querySelectorAll('.notices li').length,
      };
    });
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(state.notices).toBe(0);
    expect(state.features).toBeGreaterThan(0);
    expect(state.countries).toBeGreaterThan(10);
    expect(state.frontier).toBe(1);
    expect(state.label).toContain('not recognised by Afghanistan');
    // The shipped line's length as drawn (geodata/frontier.geojson).
    expect(state.note).toMatch(/2,656 km as drawn/);
    const origin = new URL(inject('baseUrl')).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  });

  it('draws a marker for every shipped point of the layers it shows', async () => {
    const missing = await page.evaluate(() => {
      const map = document.querySelector('frontier-map')!;
      const drawn = new Set(
        [...map.shadowRoot!.querySelectorAll<HTMLElement>('.frontier-marker')].map(
          (m) => m.dataset.featureId,
        ),
      );
      const hidden = new Set(['statement']);
      return map.features
        .filter((f) => f.geometry?.type === 'Point' && !hidden.has(f.properties.kind))
        .map((f) => f.id)
        .filter((id) => !drawn.has(id));
    });
    expect(missing).toEqual([]);
  });

  it('lists every shipped event, and each row selects its event', async () => {
    const layers = 'frontier,strikes,attacks,militancy,posts,crossings,venues,statements';
    await page.goto(`${inject('baseUrl')}/#layers=${layers}`);
    const result = await page.evaluate(async () => {
      const map = document.querySelector('frontier-map')!;
      const list = document.querySelector('frontier-event-list')!;
      await map.whenIdle();
      await list.updateComplete;
      const events = map.features.filter((f) => f.properties.date).map((f) => f.id);
      const rows = [...list.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-id]')];
      const unselectable: string[] = [];
      for (const row of rows) {
        row.querySelector('button')!.click();
        if (map.selected !== row.dataset.id) unselectable.push(row.dataset.id!);
      }
      await map.whenIdle();
      return { events, listed: rows.map((row) => row.dataset.id!), unselectable };
    });
    expect(result.events.length).toBeGreaterThan(0);
    expect([...result.listed].sort()).toEqual([...result.events].sort());
    expect(result.unselectable).toEqual([]);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});
