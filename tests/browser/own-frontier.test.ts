/** Any other frontier: a `<frontier-layer frontier>` line replaces the Durand Line everywhere. */
import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierErrorDetail } from '../../src/events.ts';
import { cleanup, inlineLayer, markersOf, mountMap, shadow, storyLayer } from './helpers.ts';

afterEach(cleanup);

const border = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [45.0, 41.3],
        [45.6, 40.6],
        [46.5, 38.9],
      ],
      [
        [44.8, 39.7],
        [46.1, 38.8],
      ],
    ],
  },
};

describe('a frontier of your own', () => {
  it('draws it, labels it with the layer name, and measures against it', async () => {
    const durand = await mountMap({ layers: 'frontier' });
    const onDurand = durand.distanceToFrontierKm([45.6, 40.6]);
    cleanup();
    const element = await mountMap(
      { 'no-default-data': '', layers: 'frontier,buffers', 'buffer-km': '5,15' },
      [inlineLayer('Test border', border, { frontier: '' })],
    );
    expect(onDurand).toBeGreaterThan(1000);
    expect(element.distanceToFrontierKm([45.6, 40.6])).toBeLessThan(0.001);
    expect(shadow(element).querySelector('.frontier-line-label')!.textContent).toBe('Test border');
    expect(
      shadow(element).querySelector('.legend-row[data-layer="frontier"] .legend-label')!.textContent,
    ).toBe('Test border');
    expect(shadow(element).querySelector('.legend-note')!.textContent).toMatch(
      /^\d+ km as drawn \(Test border\)\.$/,
    );
    expect(element.features).toHaveLength(0);
    // Bands come from the worker: no precomputed buffers exist for this line.
    expect(shadow(element).querySelectorAll('path.frontier-buffer')).toHaveLength(2);
    expect(element.map!.getBounds().contains([40, 45.5])).toBe(true);
  });

  it('goes back to the Durand Line when the layer is removed', async () => {
    // The default data's frontier (not its events: only the frontier layer is shown).
    const layer = inlineLayer('Test border', border, { frontier: '' });
    const element = await mountMap({ layers: 'frontier' }, [layer]);
    expect(element.distanceToFrontierKm([45.6, 40.6])).toBeLessThan(0.001);
    layer.remove();
    await expect.poll(() => element.distanceToFrontierKm([45.6, 40.6])).toBeGreaterThan(1000);
    await element.whenIdle();
    const labels = [...shadow(element).querySelectorAll('.frontier-line-label')].map((l) => l.textContent);
    expect(labels).toEqual([expect.stringContaining('Durand Line')]);
  });

  it('reports a frontier layer with no line in it', async () => {
    const errors: string[] = [];
    document.addEventListener(
      'frontier-error',
      (event) => errors.push((event as CustomEvent).detail.message),
      {
        once: true,
      },
    );
    await mountMap({ 'no-default-data': '' }, [
      inlineLayer('Points only', { type: 'Point', coordinates: [45, 40] }, { frontier: '' }),
    ]);
    expect(errors[0]).toMatch(/has no LineString or MultiLineString to draw as the frontier/);
  });

  it('reports a line part of one position once, and the map keeps working without it', async () => {
    const broken = {
      type: 'MultiLineString',
      coordinates: [
        [
          [45.0, 41.3],
          [45.6, 40.6],
        ],
        [[46.5, 38.9]],
      ],
    };
    const errors: FrontierErrorDetail[] = [];
    const element = document.createElement('frontier-map');
    element.addEventListener('frontier-error', (event) => errors.push(event.detail));
    element.setAttribute('no-default-data', '');
    element.style.height = '500px';
    element.append(inlineLayer('Broken border', broken, { frontier: '' }), storyLayer());
    document.body.append(element);
    await element.whenIdle();
    expect(errors).toEqual([
      {
        source: 'Broken border',
        message: 'frontier line 0: MultiLineString part 1 has 1 position; a line needs at least 2',
      },
    ]);
    expect(shadow(element).querySelector('.notices li')!.textContent).toContain('MultiLineString part 1');
    expect(markersOf(element, 'strikes')).toHaveLength(5);
    element.setAttribute('zoom', '6');
    await element.whenIdle();
    expect(element.map!.getZoom()).toBe(6);
    element.select('t-strike-1');
    await element.whenIdle();
    expect(element.selected).toBe('t-strike-1');
    expect(shadow(element).querySelector('[part="panel"] .panel-title')!.textContent).toContain(
      'Test strike A',
    );
    expect(shadow(element).querySelector('.frontier-line-label')?.textContent ?? '').not.toBe(
      'Broken border',
    );
  });
});

describe("the frontier's caption", () => {
  const rects = (element: Element, selector: string) =>
    [...shadow(element).querySelectorAll(selector)].map((node) => node.getBoundingClientRect());
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

  for (const [what, size, zoom] of [
    ['a phone-sized map', { width: 360, height: 520 }, 6],
    ['a wide map zoomed out', { width: 900, height: 500 }, 3],
  ] as const) {
    it(`lies wholly inside ${what}, clear of the controls and of every other name`, async () => {
      const element = await mountMap(
        { 'no-default-data': '', layers: 'frontier', center: '40.1,45.6', zoom: String(zoom) },
        [
          inlineLayer('Test border with a name long enough to need two lines on a phone', border, {
            frontier: '',
          }),
        ],
        size,
      );
      const [caption] = rects(element, '.frontier-line-label');
      expect(caption).toBeDefined();
      const map = element.map!.getContainer().getBoundingClientRect();
      expect(caption!.left).toBeGreaterThanOrEqual(map.left);
      expect(caption!.right).toBeLessThanOrEqual(map.right);
      expect(caption!.top).toBeGreaterThanOrEqual(map.top);
      expect(caption!.bottom).toBeLessThanOrEqual(map.bottom);
      for (const control of rects(element, '.leaflet-control'))
        expect(overlaps(caption!, control)).toBe(false);
      const names = rects(element, '.frontier-place-label:not(.frontier-line-label)');
      for (const name of names) expect(overlaps(caption!, name)).toBe(false);
    });
  }
});

describe('the caption among crowded markers', () => {
  it('still shows, clear of the controls, when every free spot is taken', async () => {
    const line = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [60, 30],
          [70, 30],
        ],
      },
    };
    // Markers along the line and a row above and below it: no spot near it is free.
    const features = [];
    for (let lon = 59.5; lon <= 70.5; lon += 0.35) {
      for (const lat of [28.6, 29.3, 30, 30.7, 31.4]) {
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [Math.round(lon * 100) / 100, lat] },
          properties: {
            id: `m-${lon.toFixed(2)}-${lat}`,
            kind: 'air_strike',
            title: 'Synthetic strike',
            date: '2025-10-12',
            sources: [{ url: 'https://example.org/a', publisher: 'Example' }],
          },
        });
      }
    }
    const element = await mountMap(
      { 'no-default-data': '', renderer: 'markers', center: '30,65', zoom: '6' },
      [
        inlineLayer('Crowd', { type: 'FeatureCollection', features }),
        inlineLayer('Test border', line, { frontier: '' }),
      ],
      { width: 520, height: 360 },
    );
    const caption = shadow(element).querySelector('.frontier-line-label')?.getBoundingClientRect();
    expect(caption).toBeDefined();
    const map = element.map!.getContainer().getBoundingClientRect();
    expect(caption!.left).toBeGreaterThanOrEqual(map.left);
    expect(caption!.right).toBeLessThanOrEqual(map.right);
    for (const control of shadow(element).querySelectorAll('.leaflet-control')) {
      const c = control.getBoundingClientRect();
      const apart =
        caption!.right <= c.left ||
        c.right <= caption!.left ||
        caption!.bottom <= c.top ||
        c.bottom <= caption!.top;
      expect(apart).toBe(true);
    }
  });
});
