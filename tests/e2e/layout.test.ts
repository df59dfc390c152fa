/**
 * The viewer on a phone (390 × 844, touch), a tablet (768 × 1024, touch) and a desktop (1440 × 900),
 * on the test story: the map's share of the first screen, how much of it the legend covers, no
 * sideways scroll, a tapped event that leaves the page where it was with the details' title on screen,
 * touch targets, the keyboard round trip marker → details → Escape → marker, the dark palette and the
 * light paper. Screenshots go to test-results/layout/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { waitForIdle } from './idle.ts';

const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  tablet: { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: false },
  desktop: { viewport: { width: 1440, height: 900 }, hasTouch: false, isMobile: false },
} as const;
type Device = keyof typeof VIEWPORTS;

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync('test-results/layout', { recursive: true });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function open(
  device: Device,
  colorScheme: 'light' | 'dark' = 'light',
  path = '/story.html',
): Promise<Page> {
  const context = await browser.newContext({ ...VIEWPORTS[device], colorScheme, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}${path}`);
  await waitForIdle(page);
  await page.evaluate(async () => {
    await document.querySelector('frontier-event-list')?.updateComplete;
  });
  return page;
}

/** Share of the window the map fills, and share of the map the legend covers. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('frontier-map')!.shadowRoot!;
    const map = root.querySelector('.map')!.getBoundingClientRect();
    const legend = root.querySelector('.legend')!.getBoundingClientRect();
    const onScreen = Math.max(0, Math.min(map.bottom, innerHeight) - Math.max(map.top, 0)) * map.width;
    const overlap =
      Math.max(0, Math.min(legend.right, map.right) - Math.max(legend.left, map.left)) *
      Math.max(0, Math.min(legend.bottom, map.bottom) - Math.max(legend.top, map.top));
    return {
      mapShare: onScreen / (innerWidth * innerHeight),
      legendCover: overlap / (map.width * map.height),
      sideways: document.documentElement.scrollWidth - innerWidth,
    };
  });

/** Interactive things smaller than `min` px either way (visible ones only), as `tag.class WxH`. */
const smallTargets = (page: Page, min: number) =>
  page.evaluate((min) => {
    const found: string[] = [];
    const selector = 'a[href], button, input, select, summary, textarea, [role="button"], [tabindex="0"]';
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>(selector)) {
        // A switch inside its label is as big as the label: a tap anywhere on it toggles.
        const box = (
          element.localName === 'input' ? (element.closest('label') ?? element) : element
        ).getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || element.closest('.leaflet-marker-pane')) continue;
        // Links inside running text are exempt (WCAG 2.5.8, inline).
        if (element.localName === 'a' && element.closest('p, li, .leaflet-control-attribution')) continue;
        if (element.closest('.skip-links')) continue;
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          found.push(
            `${element.localName}.${element.className} ${Math.round(box.width)}x${Math.round(box.height)}`,
          );
        }
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    return found;
  }, min);

const markerSizes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('frontier-map')!.shadowRoot!.querySelectorAll('.frontier-marker')].map(
      (marker) => {
        const box = marker.getBoundingClientRect();
        return Math.min(box.width, box.height);
      },
    ),
  );

describe.each(Object.keys(VIEWPORTS) as Device[])('the viewer on a %s', (device) => {
  it('puts the map in the first screen, keeps the legend off the data, never scrolls sideways', async () => {
    const page = await open(device);
    const { mapShare, legendCover, sideways } = await measure(page);
    expect(mapShare).toBeGreaterThanOrEqual(0.5);
    expect(legendCover).toBeLessThanOrEqual(0.15);
    expect(sideways).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/layout/${device}-light.png` });
  });

  it('gives every control a target big enough for its pointer, and every marker 24 × 24 px', async () => {
    const page = await open(device);
    // With a mouse, WCAG 2.2's 24 px (or spacing) applies: axe's target-size rule checks it below.
    if (VIEWPORTS[device].hasTouch) expect(await smallTargets(page, 44)).toEqual([]);
    const markers = await markerSizes(page);
    expect(markers.length).toBeGreaterThan(0);
    expect(Math.min(...markers)).toBeGreaterThanOrEqual(24);
  });

  it('passes axe (WCAG 2.2 target size on) in light and dark, markers apart', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(device, scheme);
      const { violations, overlappingMarkers } = await runAxe(page);
      expect(violations.filter((v) => !overlappingMarkers.includes(v))).toEqual([]);
    }
  });

  it('opens a tapped or clicked event without moving the page; its title is on screen', async () => {
    const page = await open(device);
    await page.evaluate(() => window.scrollTo(0, 0));
    const marker = page.locator('frontier-map .frontier-marker[data-feature-id="t-strike-1"]');
    if (VIEWPORTS[device].hasTouch) await marker.tap();
    else await marker.click();
    await page.evaluate(() => document.querySelector('frontier-map')!.updateComplete);
    const after = await page.evaluate(() => {
      const title = document.querySelector('frontier-map')!.shadowRoot!.querySelector('.panel-title');
      const box = title?.getBoundingClientRect();
      return { scrollY: window.scrollY, title: title?.textContent, top: box?.top, bottom: box?.bottom };
    });
    expect(after.scrollY).toBe(0);
    expect(after.title).toMatch(/^Test strike A/);
    expect(after.top).toBeGreaterThanOrEqual(0);
    expect(after.bottom).toBeLessThanOrEqual(VIEWPORTS[device].viewport.height);
    // The details never cover the map's buttons.
    const covered = await page.evaluate(() => {
      const root = document.querySelector('frontier-map')!.shadowRoot!;
      const panel = root.querySelector('.panel')!.getBoundingClientRect();
      return [...root.querySelectorAll('.leaflet-control-zoom a, .frontier-control-button')].filter(
        (button) => {
          const box = button.getBoundingClientRect();
          return (
            box.left < panel.right &&
            box.right > panel.left &&
            box.top < panel.bottom &&
            box.bottom > panel.top
          );
        },
      ).length;
    });
    expect(covered).toBe(0);
    await page.screenshot({ path: `test-results/layout/${device}-details.png` });
  });
});

describe('keyboard', () => {
  it('Enter on a marker opens its details with focus on the title; Escape closes them and focus returns', async () => {
    const page = await open('desktop');
    const marker = page.locator('frontier-map .frontier-marker[data-feature-id="t-strike-2"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.evaluate(() => document.querySelector('frontier-map')!.updateComplete);
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('frontier-map')!.shadowRoot!
          .activeElement as HTMLElement | null;
        if (!active) return null;
        return active.dataset.featureId
          ? `marker|${active.dataset.featureId}`
          : `${active.className}|${active.textContent}`;
      });
    expect(await focused()).toMatch(/^panel-title\|Test strike B/);
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.querySelector('frontier-map')!.updateComplete);
    expect(await page.evaluate(() => document.querySelector('frontier-map')!.selected)).toBeNull();
    expect(await focused()).toBe('marker|t-strike-2');
  });

  it('skip links reach the map and the list', async () => {
    const page = await open('desktop');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).textContent)).toBe(
      'Skip to the map',
    );
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() =>
        document.querySelector('frontier-map')!.shadowRoot!.activeElement?.classList.contains('map'),
      ),
    ).toBe(true);
    expect(await page.evaluate(() => location.hash.includes('#map') && !location.hash.includes('map='))).toBe(
      false,
    );
  });
});

describe('colours', () => {
  it('follows a dark colour scheme on screen and prints light', async () => {
    const page = await open('desktop', 'dark');
    const colours = () =>
      page.evaluate(() => {
        const map = document.querySelector('frontier-map')!;
        const style = getComputedStyle(map);
        return {
          sea: style.getPropertyValue('--frontier-sea').trim(),
          page: getComputedStyle(document.body).backgroundColor,
          legend: getComputedStyle(map.shadowRoot!.querySelector('.legend')!).color,
        };
      });
    const dark = await colours();
    expect(dark.sea).toBe('#0d2233');
    expect(dark.page).toBe('rgb(17, 20, 24)');
    expect(dark.legend).toBe('rgb(232, 230, 225)');
    await page.screenshot({ path: 'test-results/layout/desktop-dark.png' });
    await page.emulateMedia({ media: 'print' });
    const paper = await colours();
    expect(paper.sea).toBe('#d9e6ee');
    expect(paper.page).toBe('rgb(255, 255, 255)');
    // theme="light" wins over the reader's scheme; theme="dark" over a light one.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.querySelector('frontier-map')!.setAttribute('theme', 'light'));
    expect((await colours()).sea).toBe('#d9e6ee');
  });

  it('keeps snapshots light under a dark theme', async () => {
    const page = await open('desktop', 'dark');
    const corner = await page.evaluate(async () => {
      const map = document.querySelector('frontier-map')!;
      const blob = await map.snapshot({ type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const box = map.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
      const hostBox = map.getBoundingClientRect();
      // A point of sea well inside the map (south-west corner of the Arabian Sea).
      const [r, g, b] = context.getImageData(
        box.left - hostBox.left + 30,
        box.bottom - hostBox.top - 60,
        1,
        1,
      ).data;
      return r! + g! + b!;
    });
    expect(corner).toBeGreaterThan(500);
  });
});
