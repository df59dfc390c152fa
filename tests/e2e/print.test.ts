/**
 * Printing the built viewer: under print media the controls go, the legend, credits and numbered
 * sources show, Leaflet takes the printed size and frames the story (every point near the frontier,
 * the far-off venue in the inset), or keeps a chosen view; back on screen the view is as it was.
 * Chromium's own print path (page.pdf: beforeprint, print layout, afterprint) gives the same sheet
 * and leaves the page as it found it. On the test-story viewer (tests/e2e/story-server.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { waitForIdle } from './idle.ts';

let browser: Browser;
let page: Page;
/**
 * The story's reports of what the printed frame shows: six for the strikes (two for t-strike-1), one
 * each for two clashes, the ground attack, the bombing and the closure; the talks and ceasefire lie
 * far outside (in the inset), the summary row has no place and statements are off.
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

/** The same centre to within a pixel (Leaflet rounds the pane's origin when it takes a new size). */
function expectSameCentre(a: View, b: View): void {
  const degreesPerPixel = 360 / (256 * 2 ** b.zoom);
  expect(Math.abs(a.center[0] - b.center[0])).toBeLessThan(degreesPerPixel);
  expect(Math.abs(a.center[1] - b.center[1])).toBeLessThan(degreesPerPixel);
}

const sourcesListed = () =>
  page.evaluate(
    () =>
      document.querySelector('frontier-map')!.shadowRoot!.querySelectorAll('.sources-list .source-entry')
        .length,
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
  await waitForIdle(page);
});

/** The shown points within 600 km of the frontier, and the shown ones beyond, as `[lng, lat]`. */
const storyPoints = () =>
  page.evaluate(() => {
    const element = document.querySelector('frontier-map')!;
    const near: [number, number][] = [];
    const far: [number, number][] = [];
    for (const feature of element.state.shown) {
      if (feature.geometry?.type !== 'Point') continue;
      const position = feature.geometry.coordinates as [number, number];
      (element.distanceToFrontierKm(position) > 600 ? far : near).push(position);
    }
    return { near, far };
  });

/** Boxes of the place labels and markers drawn in the map, in page pixels. */
const labelAndMarkerBoxes = () =>
  page.evaluate(() => {
    const root = document.querySelector('frontier-map')!.shadowRoot!;
    const boxes = (selector: string) =>
      [...root.querySelectorAll(selector)]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
    return {
      labels: boxes('.frontier-place-label'),
      markers: boxes('.frontier-marker svg'),
    };
  });

/**
 * The reference numbers beside the markers (and stacks) as printed, each with the features it stands
 * for, and the printed source list: number → full address.
 */
const printedNumbers = () =>
  page.evaluate(() => {
    const element = document.querySelector('frontier-map')!;
    const root = element.shadowRoot!;
    const rect = (node: Element) => {
      const { left, top, right, bottom } = node.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const badges = [...root.querySelectorAll<HTMLElement>('.frontier-ref-number')].map((badge) => ({
      text: badge.textContent ?? '',
      ids: (badge.dataset.features ?? '').split(' '),
      box: rect(badge),
    }));
    const list: Record<string, string> = {};
    for (const entry of root.querySelectorAll('.sources-list .source-entry')) {
      const number = entry.querySelector('.source-number')!.textContent!.replace('.', '');
      list[number] = entry.querySelector('a')!.href;
    }
    const sources: Record<string, string[]> = {};
    for (const feature of element.state.shown)
      sources[feature.id] = (feature.properties.sources ?? []).map((source) => source.url);
    return { badges, list, sources };
  });

/** "3–5, 8" → [3, 4, 5, 8] */
const expand = (text: string) =>
  text.split(', ').flatMap((part) => {
    const [from, to] = part.split('–').map(Number);
    return Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i);
  });

/** Every shown point near the frontier inside the printed frame, spanning a third of it or more. */
async function expectStoryFramed(): Promise<void> {
  const printed = await view();
  const { near, far } = await storyPoints();
  expect(near.length).toBeGreaterThan(5);
  expect(far.length).toBeGreaterThan(0);
  const [w, s, e, n] = printed.bounds;
  for (const [lng, lat] of near) {
    expect(lng).toBeGreaterThan(w);
    expect(lng).toBeLessThan(e);
    expect(lat).toBeGreaterThan(s);
    expect(lat).toBeLessThan(n);
  }
  const lngs = near.map(([lng]) => lng);
  const lats = near.map(([, lat]) => lat);
  const spanX = (Math.max(...lngs) - Math.min(...lngs)) / (e - w);
  const spanY = (Math.max(...lats) - Math.min(...lats)) / (n - s);
  expect(Math.max(spanX, spanY)).toBeGreaterThan(0.5);
  expect(spanX * spanY).toBeGreaterThanOrEqual(1 / 3);
}

describe('printing the viewer', () => {
  it('frames the story on paper: every point near the frontier inside, spanning a third or more', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect.poll(sourcesListed).toBe(SOURCES);
    await expectStoryFramed();
    // The far-off venue is listed, with its direction and distance, never cut silently.
    const map = page.locator('frontier-map');
    expect((await map.locator('.far-off').textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
      /^Beyond the map\s*\S+ Test venue city: [\d,]+ km [NESW]{1,2}$/,
    );
    const credits = await map.locator('.print-credits').textContent();
    expect(credits).toMatch(/^Data as of \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(credits).toContain('CC BY 4.0');
    await page.emulateMedia({ media: 'screen' });
  });

  // Labels are laid out again after the print resize and the story's frame (on Leaflet's moveend).
  it("frames the story on a portrait sheet too: the map takes the story's shape", async () => {
    // The printable area of A4 portrait with 10 mm margins, as `npm run snapshot` lays it out.
    await page.close();
    page = await browser.newPage({ viewport: { width: 718, height: 1047 } });
    await page.goto(`${inject('baseUrl')}/story.html`);
    await waitForIdle(page);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(sourcesListed).toBe(SOURCES);
    // A wide story on a tall page: the map takes the story's shape (less tall than the page would
    // allow), the legend above it, rather than leave half the map empty land.
    const printed = await view();
    expect(printed.size[1]).toBeLessThan(0.85 * 1047 - 120);
    await expectStoryFramed();
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints place labels clear of each other and of the markers', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect.poll(sourcesListed).toBe(SOURCES);
    const { labels, markers } = await labelAndMarkerBoxes();
    expect(labels.length).toBeGreaterThan(3);
    type Box = (typeof labels)[number];
    const overlap = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const collisions = labels.flatMap((label, index) => [
      ...labels.slice(index + 1).filter((other) => overlap(label, other)),
      ...markers.filter((marker) => overlap(label, marker)),
    ]);
    expect(collisions).toEqual([]);
  });

  it("writes each event's source numbers beside its marker, as the printed list numbers them", async () => {
    await page.emulateMedia({ media: 'print' });
    await expect.poll(sourcesListed).toBe(SOURCES);
    const { badges, list, sources } = await printedNumbers();
    expect(badges.length).toBeGreaterThan(3);
    // Every number in the list is beside a marker, and every badge's numbers are its events' sources.
    const printed = new Set(badges.flatMap((badge) => expand(badge.text)));
    expect([...printed].sort((a, b) => a - b)).toEqual(
      Object.keys(list)
        .map(Number)
        .sort((a, b) => a - b),
    );
    for (const badge of badges) {
      const urls = new Set(badge.ids.flatMap((id) => sources[id] ?? []));
      expect(expand(badge.text).map((number) => list[number])).toSatisfy((found: string[]) =>
        found.every((url) => urls.has(url)),
      );
      expect([...urls].filter((url) => Object.values(list).includes(url)).length).toBe(
        expand(badge.text).length,
      );
    }
    // A stack carries the numbers of all its events.
    expect(badges.some((badge) => badge.ids.length > 1)).toBe(true);
    // Clear of each other, of the markers and of the place names.
    const { labels, markers } = await labelAndMarkerBoxes();
    const boxes = badges.map((badge) => badge.box);
    type Box = (typeof boxes)[number];
    const overlap = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const collisions = boxes.flatMap((box, index) => [
      ...boxes.slice(index + 1).filter((other) => overlap(box, other)),
      ...markers.filter((marker) => overlap(box, marker)),
      ...labels.filter((label) => overlap(box, label)),
    ]);
    expect(collisions).toEqual([]);
    // Back on screen, no numbers.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(async () => (await printedNumbers()).badges.length).toBe(0);
  });

  it('prints no numbers with no-print-numbers', async () => {
    await page.evaluate(() =>
      document.querySelector('frontier-map')!.toggleAttribute('no-print-numbers', true),
    );
    await page.emulateMedia({ media: 'print' });
    await expect.poll(sourcesListed).toBe(SOURCES);
    expect((await printedNumbers()).badges).toEqual([]);
    await page.evaluate(() =>
      document.querySelector('frontier-map')!.toggleAttribute('no-print-numbers', false),
    );
    await expect.poll(async () => (await printedNumbers()).badges.length).toBeGreaterThan(3);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints no selection (highlight, venue arcs) and gives it back on screen afterwards', async () => {
    const selection = () =>
      page.evaluate(() => {
        const root = document.querySelector('frontier-map')!.shadowRoot!;
        return {
          highlighted: root.querySelectorAll('.frontier-marker.is-selected').length,
          arcs: root.querySelectorAll('.frontier-venue-arc').length,
        };
      });
    await page.evaluate(() => {
      const map = document.querySelector('frontier-map')!;
      map.addEventListener('frontier-select', (event) => event.preventDefault());
      map.select('t-venue-1');
    });
    await waitForIdle(page);
    expect(await selection()).toEqual({ highlighted: 1, arcs: 2 });
    await page.emulateMedia({ media: 'print' });
    await expect.poll(selection).toEqual({ highlighted: 0, arcs: 0 });
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(selection).toEqual({ highlighted: 1, arcs: 2 });
  });

  it('keeps a view the page chose (center and zoom) and the screen view comes back', async () => {
    await page.evaluate(async () => {
      const element = document.querySelector('frontier-map')!;
      element.setAttribute('center', '32.5,67.5');
      element.setAttribute('zoom', '6');
      await element.whenIdle();
    });
    const screen = await view();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(sourcesListed).toBeGreaterThan(0);
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
    expectSameCentre(back, screen);
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
    // Short readable addresses, grouped by publisher, each a link to the full address.
    expect(all).toContain('example.org/test-report-t-strike-1b');
    expect(Buffer.from(pdf).toString('latin1')).toContain(
      '/URI (https://example.org/test-report-t-strike-1b)',
    );
    expect(first).toMatch(/Data as of \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(first).toContain('Event data: frontier-map contributors, CC BY 4.0');
    expect(first).toContain('Beyond the map');
    // The viewer's own header and event list stay off the sheet.
    expect(first).not.toContain('Events in the time window');
    expect(totalPages).toBeGreaterThanOrEqual(1);
    const after = await view();
    expect(after.zoom).toBe(before.zoom);
    expect(after.size).toEqual(before.size);
    expectSameCentre(after, before);
    await expect.poll(sourcesListed).toBe(0);
  });
});
