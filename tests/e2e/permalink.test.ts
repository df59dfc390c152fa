/**
 * Permalinks in the built viewer: a hash opens exactly its view, the timeline writes the window back,
 * a reload keeps it, Back steps through history, panning rewrites the entry instead of adding one,
 * and a bad hash is ignored with a warning; on the test story. Screenshots go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_LAYERS } from '../../src/data/schema.ts';
import { launchChromium, recordProblems } from './chromium.ts';

const EVENT = 't-strike-1';
const TITLE = "Test strike A, as Testland's ministry reports it";
const HASH = `#map=6/32.6/67.4&layers=strikes,posts&from=2040-03-01&to=2040-03-12&event=${EVENT}`;
/** The built viewer on the test story (tests/e2e/story-server.ts). */
const viewer = () => `${inject('baseUrl')}/story.html`;

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  ({ errors } = recordProblems(page));
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** What the page shows, read once the map is idle. */
function viewOf(target: Page) {
  return target.evaluate(async () => {
    const map = document.querySelector('frontier-map')!;
    await map.whenIdle();
    const root = map.shadowRoot!;
    const timeline = root.querySelector('frontier-timeline')!.shadowRoot!;
    const list = document.querySelector('frontier-event-list')!;
    await list.updateComplete;
    const center = map.map!.getCenter();
    return {
      hash: location.hash,
      historyLength: history.length,
      lat: center.lat,
      lng: center.lng,
      zoom: map.map!.getZoom(),
      layers: map.visibleLayers,
      from: map.from,
      to: map.to,
      selected: map.selected,
      panelTitle: root.querySelector('[part="panel"] .panel-title')?.textContent ?? null,
      markerLayers: [
        ...new Set(
          [...root.querySelectorAll('.frontier-marker')].map(
            (m) => m.getAttribute('class')!.match(/layer-(\w+)/)?.[1],
          ),
        ),
      ].sort(),
      handles: [...timeline.querySelectorAll('[role="slider"]')].map((h) => h.getAttribute('aria-valuetext')),
      rows: list.shadowRoot!.querySelectorAll('tbody tr').length,
    };
  });
}

describe('permalink in the viewer', () => {
  it('opens exactly the view in the hash', async () => {
    await page.goto(`${viewer()}${HASH}`);
    const view = await viewOf(page);
    expect(view.lat).toBeCloseTo(32.6, 6);
    expect(view.lng).toBeCloseTo(67.4, 6);
    expect(view.zoom).toBe(6);
    expect(view.layers).toEqual(['strikes', 'posts']);
    expect([view.from, view.to]).toEqual(['2040-03-01', '2040-03-12']);
    expect(view.selected).toBe(EVENT);
    expect(view.panelTitle).toBe(TITLE);
    expect(view.markerLayers).toEqual(['posts', 'strikes']);
    expect(view.handles).toEqual(['1 March 2040', '12 March 2040']);
    expect(view.hash).toBe(HASH);
    expect(errors).toEqual([]);
    await page.locator('.map-and-list').screenshot({ path: 'test-results/permalink-opened.png' });
  });

  it('writes a new window to the hash as one history step, and a reload keeps it', async () => {
    const before = await viewOf(page);
    await page.locator('frontier-map >> frontier-timeline >> .handle[data-handle="to"]').focus();
    await page.keyboard.press('PageUp');
    const after = await viewOf(page);
    expect(after.to).toBe('2040-03-19');
    expect(after.hash).toContain('&to=2040-03-19&');
    expect(after.hash).toContain(`event=${EVENT}`);
    expect(after.historyLength).toBe(before.historyLength + 1);
    expect(after.handles).toEqual(['1 March 2040', '19 March 2040']);

    await page.reload();
    const reloaded = await viewOf(page);
    expect(reloaded).toMatchObject({
      hash: after.hash,
      zoom: 6,
      from: '2040-03-01',
      to: '2040-03-19',
      selected: EVENT,
      layers: ['strikes', 'posts'],
      rows: after.rows,
    });
    expect(reloaded.lat).toBeCloseTo(32.6, 6);
    expect(reloaded.lng).toBeCloseTo(67.4, 6);
  });

  it('steps back to the previous window with the Back button', async () => {
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('frontier-map')?.to === '2040-03-12');
    const back = await viewOf(page);
    expect(back.hash).toBe(HASH);
    expect(back.handles).toEqual(['1 March 2040', '12 March 2040']);
    expect(back.panelTitle).toBe(TITLE);
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('frontier-map')?.to === '2040-03-19');
  });

  it('rewrites the entry while panning, adds one for a layer switch, and Back undoes the switch', async () => {
    const start = await viewOf(page);
    const box = (await page.locator('frontier-map >> .map').boundingBox())!;
    // Right of the details panel, left of the legend.
    await page.mouse.move(box.x + 560, box.y + box.height - 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 460, box.y + box.height - 260, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await viewOf(page)).hash).not.toBe(start.hash);
    const panned = await viewOf(page);
    expect(panned.historyLength).toBe(start.historyLength);
    expect(panned.hash).toMatch(/^#map=6\/[\d.]+\/[\d.]+&layers=strikes,posts&from=2040-03-01&to=2040-03-19/);

    await page.locator('frontier-map >> .legend-row[data-layer="crossings"] input').check();
    const switched = await viewOf(page);
    expect(switched.layers).toEqual(['strikes', 'posts', 'crossings']);
    expect(switched.hash).toContain('layers=strikes,posts,crossings');
    expect(switched.historyLength).toBe(start.historyLength + 1);

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('frontier-map')?.layers === 'strikes,posts');
    const back = await viewOf(page);
    expect(back.lat).toBeCloseTo(panned.lat, 3);
    expect(back.lng).toBeCloseTo(panned.lng, 3);
    expect(back.markerLayers).toEqual(['posts', 'strikes']);
  });

  it('follows a hash typed into the address bar', async () => {
    await page.evaluate(() => {
      location.hash = '#layers=strikes,attacks&from=2040-03-10&to=2040-03-20';
    });
    await expect.poll(async () => (await viewOf(page)).from).toBe('2040-03-10');
    const view = await viewOf(page);
    expect(view.to).toBe('2040-03-20');
    expect(view.layers).toEqual(['strikes', 'attacks']);
    expect(view.selected).toBeNull();
    expect(view.panelTitle).toBeNull();
    await page.locator('.map-and-list').screenshot({ path: 'test-results/permalink-february.png' });
  });

  it('ignores a bad hash with a warning and shows the defaults', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const seen: string[] = [];
    fresh.on('console', (message) => {
      if (message.type() === 'warning') seen.push(message.text());
    });
    await fresh.goto(`${viewer()}#map=99/500/x&layers=bogus&from=2025-02-30&event=nope`);
    const view = await viewOf(fresh);
    expect(view.layers).toEqual(DEFAULT_LAYERS);
    expect([view.from, view.to, view.selected]).toEqual([null, null, null]);
    expect(view.zoom).toBeGreaterThan(4);
    expect(view.zoom).toBeLessThan(8);
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.join('\n')).toMatch(/map=99\/500\/x .*ignored/);
    expect(seen.join('\n')).toMatch(/unknown layers ignored: bogus/);
    expect(seen.join('\n')).toMatch(/from=2025-02-30 .*ignored/);
    expect(seen.join('\n')).toMatch(/event=nope is not among the features/);
    await fresh.close();
  });

  it('plays the timeline with the map and list following', async () => {
    await page.goto(`${viewer()}#layers=frontier,strikes,attacks,venues&from=2040-03-01&to=2040-03-07`);
    await viewOf(page);
    const changes = await page.evaluate(async () => {
      const map = document.querySelector('frontier-map')!;
      const timeline = map.shadowRoot!.querySelector('frontier-timeline')!;
      timeline.playIntervalMs = 20;
      const seen: string[] = [];
      map.addEventListener('frontier-view-change', (event) => seen.push(event.detail.state.from ?? ''));
      timeline.play();
      await new Promise<void>((resolve) => {
        map.addEventListener('frontier-view-change', () => {
          if (seen.length === 10) resolve();
        });
      });
      timeline.pause();
      await map.whenIdle();
      return seen;
    });
    expect(changes.slice(0, 3)).toEqual(['2040-03-02', '2040-03-03', '2040-03-04']);
    const view = await viewOf(page);
    expect(view.from).toBe(changes.at(-1));
    // The whole playback is one step in history.
    expect(view.hash).toContain(`from=${view.from}`);
    await page.locator('frontier-map').screenshot({ path: 'test-results/timeline-playing.png' });
    expect(errors).toEqual([]);
  });
});
