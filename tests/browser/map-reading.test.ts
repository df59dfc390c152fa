/**
 * A map you can read: co-located events stack and fan out, place names never cover one another or a
 * marker, every event in view is hit where it is drawn, tooltips name what is under the pointer or the
 * focus, and a page without the default data fetches none of it. Synthetic events only; the place
 * names are the shipped labels (the basemap stays without the default data).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { cleanup, inlineLayer, mountMap, shadow } from './helpers.ts';

afterEach(cleanup);

const event = (id: string, lon: number, lat: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {
    id,
    kind: 'air_strike',
    title: `Synthetic strike ${id}`,
    date: '2025-10-12',
    sources: [{ url: 'https://example.org/a', publisher: 'Example' }],
    ...extra,
  },
});

/** Four events at one spot near Kabul, two 4 km apart near Khost, one alone in Helmand. */
const FIXTURE = {
  type: 'FeatureCollection',
  features: [
    event('k1', 69.17, 34.53),
    event('k2', 69.17, 34.53),
    event('k3', 69.171, 34.531),
    event('k4', 69.17, 34.53, { precision: 'town', uncertaintyKm: 8 }),
    event('h1', 69.92, 33.34),
    event('h2', 69.96, 33.345),
    event('lone', 64.36, 31.58),
  ],
};

const mount = (attributes: Record<string, string> = {}) =>
  mountMap({ 'no-default-data': '', layers: 'strikes', ...attributes }, [inlineLayer('Synthetic', FIXTURE)]);

const visible = (element: FrontierMapElement) =>
  [...shadow(element).querySelectorAll<HTMLElement>('.frontier-marker, .frontier-stack')].filter(
    (marker) => !marker.classList.contains('is-stacked'),
  );

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('stacks', () => {
  it('draws co-located events as one stack with a count, which fans out and lets each be chosen', async () => {
    const element = await mount({ center: '34.5,69.2', zoom: '6' });
    const stacks = [...shadow(element).querySelectorAll<HTMLElement>('.frontier-stack')];
    const kabul = stacks.find((stack) => stack.textContent?.trim() === '4')!;
    expect(kabul).toBeDefined();
    expect(kabul.getAttribute('aria-expanded')).toBe('false');
    kabul.click();
    expect(kabul.getAttribute('aria-expanded')).toBe('true');
    expect(kabul.querySelectorAll('.frontier-stack-legs line')).toHaveLength(4);
    const members = ['k1', 'k2', 'k3', 'k4'].map(
      (id) => shadow(element).querySelector<HTMLElement>(`.frontier-marker[data-feature-id="${id}"]`)!,
    );
    // Fanned out: each member drawn apart from the others, and hit where it is drawn.
    const boxes = members.map((member) => member.getBoundingClientRect());
    for (const [i, box] of boxes.entries()) {
      for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
      const hit = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.closest('.frontier-marker')).toBe(members[i]);
    }
    members[2]!.click();
    await element.whenIdle();
    expect(element.selected).toBe('k3');
  });

  it('opens with Enter, moves focus to the first member, and folds with Escape', async () => {
    const element = await mount({ center: '34.5,69.2', zoom: '6' });
    const stack = [...shadow(element).querySelectorAll<HTMLElement>('.frontier-stack')].find(
      (s) => s.textContent?.trim() === '4',
    )!;
    stack.focus();
    await userEvent.keyboard('{Enter}');
    expect(stack.getAttribute('aria-expanded')).toBe('true');
    const focused = shadow(element).activeElement as HTMLElement;
    expect(focused.dataset.featureId).toBe('k1');
    await userEvent.keyboard('{Enter}');
    await element.whenIdle();
    expect(element.selected).toBe('k1');
    await userEvent.keyboard('{Escape}');
    expect(stack.getAttribute('aria-expanded')).toBe('false');
  });

  it('fans out and rings the stack that holds an event chosen elsewhere (the list, a permalink)', async () => {
    const element = await mount({ center: '34.5,69.2', zoom: '6' });
    element.select('k2');
    await element.whenIdle();
    const marker = shadow(element).querySelector<HTMLElement>('.frontier-marker[data-feature-id="k2"]')!;
    expect(marker.classList.contains('is-selected')).toBe(true);
    expect(marker.classList.contains('is-stacked')).toBe(false);
    const stack = [...shadow(element).querySelectorAll<HTMLElement>('.frontier-stack')].find(
      (s) => s.textContent?.trim() === '4',
    )!;
    expect(stack.classList.contains('has-selected')).toBe(true);
    expect(stack.getAttribute('aria-expanded')).toBe('true');
    const box = marker.getBoundingClientRect();
    const hit = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit?.closest('.frontier-marker')).toBe(marker);
    // Folded again (a click on the bare map), the stack still says it holds the selection.
    element.map!.fire('click');
    expect(stack.getAttribute('aria-expanded')).toBe('false');
    expect(stack.classList.contains('has-selected')).toBe(true);
    // Folded by the reader, it stays folded when the map redraws (a new time window).
    element.setAttribute('to', '2025-12-31');
    await element.whenIdle();
    const folded = [...shadow(element).querySelectorAll<HTMLElement>('.frontier-stack')].find(
      (s) => s.textContent?.trim() === '4',
    )!;
    expect(folded.getAttribute('aria-expanded')).toBe('false');
    expect(folded.classList.contains('has-selected')).toBe(true);
    // Chosen again and then let go: the stack fans out, then folds and loses its ring.
    element.select(null);
    await element.whenIdle();
    element.select('k2');
    await element.whenIdle();
    const again = () =>
      [...shadow(element).querySelectorAll<HTMLElement>('.frontier-stack')].find(
        (s) => s.textContent?.trim() === '4',
      )!;
    expect(again().getAttribute('aria-expanded')).toBe('true');
    element.select(null);
    await element.whenIdle();
    expect(again().getAttribute('aria-expanded')).toBe('false');
    expect(again().classList.contains('has-selected')).toBe(false);
  });

  it('splits a stack when zooming in takes its members apart', async () => {
    const element = await mount({ center: '33.34,69.92', zoom: '6' });
    const khost = () =>
      shadow(element).querySelectorAll('.frontier-marker[data-feature-id^="h"]:not(.is-stacked)');
    expect(khost()).toHaveLength(0);
    element.map!.setView([33.34, 69.92], 10, { animate: false });
    await element.whenIdle();
    expect(khost()).toHaveLength(2);
  });
});

describe('every event in view', () => {
  it('is hit where it is drawn, itself or through its stack', async () => {
    const element = await mount();
    const container = element.map!.getContainer().getBoundingClientRect();
    const legend = shadow(element).querySelector('[part="legend"]')!.getBoundingClientRect();
    let inView = 0;
    for (const marker of shadow(element).querySelectorAll<HTMLElement>('.frontier-marker')) {
      const box = marker.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const underLegend = x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom;
      if (
        x < container.left ||
        x > container.right ||
        y < container.top ||
        y > container.bottom ||
        underLegend
      )
        continue;
      inView++;
      const hit = shadow(element).elementFromPoint(x, y)?.closest('.frontier-marker, .frontier-stack');
      expect(
        hit === marker ||
          (marker.classList.contains('is-stacked') && hit?.classList.contains('frontier-stack')),
      ).toBe(true);
    }
    expect(inView).toBe(FIXTURE.features.length);
  });
});

describe('place names', () => {
  for (const [center, zoom] of [
    ['33.5,69', '5'],
    ['33.5,70.5', '7'],
    ['34.1,71.1', '9'],
  ] as const) {
    it(`cover no other name and no marker at zoom ${zoom}`, async () => {
      const element = await mount({ center, zoom });
      const labels = [...shadow(element).querySelectorAll<HTMLElement>('.frontier-place-label')];
      expect(labels.length).toBeGreaterThan(3);
      const boxes = labels.map((label) => label.getBoundingClientRect());
      for (const [i, box] of boxes.entries()) {
        for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
      }
      for (const marker of visible(element)) {
        const markerBox = marker.getBoundingClientRect();
        for (const box of boxes) expect(overlaps(box, markerBox)).toBe(false);
      }
      // Plain text that screen readers read, never a tab stop.
      expect(labels.every((label) => label.tabIndex < 0 && !label.hasAttribute('aria-hidden'))).toBe(true);
    });
  }

  it('names the capital and credits GeoNames', async () => {
    const element = await mount({ center: '34.5,69.2', zoom: '7' });
    const names = [...shadow(element).querySelectorAll('.frontier-place-label')].map((l) => l.textContent);
    expect(names).toContain('Kabul');
    const credits = shadow(element).querySelector('.leaflet-control-attribution')!.textContent;
    expect(credits).toContain('GeoNames (CC BY 4.0)');
    expect(credits).not.toContain("Who's On First");
  });

  it("credits Who's On First too where the names are in another script", async () => {
    const element = await mount({ center: '34.5,69.2', zoom: '7', lang: 'ur' });
    await expect
      .poll(() => [...shadow(element).querySelectorAll('.frontier-place-label')].map((l) => l.textContent))
      .toContain('کابل');
    const credits = () => shadow(element).querySelector('.leaflet-control-attribution')!.textContent;
    await expect.poll(credits).toContain("GeoNames, Who's On First (CC BY 4.0)");
  });
});

describe('tooltips', () => {
  it('give title and date on hover and on keyboard focus, as text', async () => {
    const element = await mount({ center: '31.58,64.36', zoom: '8' });
    const marker = shadow(element).querySelector<HTMLElement>('.frontier-marker[data-feature-id="lone"]')!;
    await userEvent.hover(marker);
    const tooltip = () => shadow(element).querySelector('.leaflet-tooltip');
    await expect.poll(() => tooltip()?.textContent).toContain('Synthetic strike lone');
    expect(tooltip()!.textContent).toContain('12 Oct 2025');
    await userEvent.unhover(marker);
    await expect.poll(() => tooltip()).toBeNull();
    marker.focus();
    await expect.poll(() => tooltip()?.textContent).toContain('Synthetic strike lone');
  });
});

describe('without the default data', () => {
  it('fetches none of the default events, sites, frontier or buffers, and draws no Durand Line', async () => {
    performance.clearResourceTimings();
    const element = await mount({ layers: 'frontier,strikes,buffers' });
    const fetched = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/geodata/'));
    expect(fetched.some((name) => name.includes('basemap'))).toBe(true);
    const forbidden = /(events|posts|crossings|venues|frontier|frontier-low|frontier-buffers)\.geojson/;
    expect(fetched.filter((name) => forbidden.test(name))).toEqual([]);
    expect(shadow(element).querySelector('.frontier-line')).toBeNull();
    expect(() => element.distanceToFrontierKm([69, 34])).toThrow();
  });
});
