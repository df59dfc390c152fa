import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DEFAULT_LAYERS } from '../../src/data/schema.ts';
import {
  cleanup,
  inlineLayer,
  markersOf,
  mountMap,
  mountStory,
  shadow,
  storyFrontierLayer,
  storyLayer,
} from './helpers.ts';

afterEach(cleanup);

describe('<frontier-map> with the default data', () => {
  it('fires frontier-ready and draws basemap and the Durand Line, labelled as not recognised', async () => {
    const element = document.createElement('frontier-map');
    element.setAttribute('layers', 'frontier');
    element.style.height = '500px';
    const ready = new Promise((resolve) =>
      element.addEventListener('frontier-ready', resolve, { once: true }),
    );
    document.body.append(element);
    await ready;
    expect(element.map).not.toBeNull();
    expect(shadow(element).querySelectorAll('path.frontier-country').length).toBeGreaterThan(10);
    expect(shadow(element).querySelector('path.frontier-line')).not.toBeNull();
    expect(shadow(element).querySelector('.frontier-line-label')?.textContent).toContain(
      'not recognised by Afghanistan',
    );
    expect(shadow(element).querySelector('.leaflet-control-attribution')?.textContent).toContain(
      '© OpenStreetMap contributors',
    );
  });
});

/** Point features of the test story per layer (the summary row has no geometry; statements are off). */
const STORY_MARKERS = { strikes: 5, attacks: 3, militancy: 1, posts: 1, crossings: 3, venues: 3 };

describe('<frontier-map> with a story of its own', () => {
  it('fires frontier-ready and draws basemap, its frontier and its markers', async () => {
    const element = document.createElement('frontier-map');
    element.setAttribute('no-default-data', '');
    element.append(storyLayer(), storyFrontierLayer());
    element.style.height = '500px';
    const ready = new Promise((resolve) =>
      element.addEventListener('frontier-ready', resolve, { once: true }),
    );
    document.body.append(element);
    await ready;
    await element.whenIdle();
    expect(shadow(element).querySelectorAll('path.frontier-country').length).toBeGreaterThan(10);
    expect(shadow(element).querySelectorAll('path.frontier-line')).toHaveLength(1);
    expect(shadow(element).querySelector('.frontier-line-label')?.textContent).toBe('Test frontier');
    expect(markersOf(element, 'strikes').map((m) => m.dataset.featureId)).toEqual(
      expect.arrayContaining(['t-strike-1', 't-strike-2', 't-strike-3', 't-strike-4', 't-strike-5']),
    );
  });

  it('draws one marker per point feature of each visible layer', async () => {
    const element = await mountStory();
    expect(element.features).toHaveLength(18);
    for (const layer of [...DEFAULT_LAYERS, 'statements']) {
      if (layer === 'frontier') continue;
      const expected = STORY_MARKERS[layer as keyof typeof STORY_MARKERS] ?? 0;
      expect(markersOf(element, layer).length, layer).toBe(expected);
    }
    element.layers = 'statements';
    await element.whenIdle();
    expect(markersOf(element).map((m) => m.dataset.featureId)).toEqual(['t-statement-1']);
  });

  it('toggles a layer from the legend, and the count stays', async () => {
    const element = await mountStory();
    const row = shadow(element).querySelector<HTMLElement>('.legend-row[data-layer="strikes"]')!;
    expect(row.querySelector('.legend-count')?.textContent).toBe('5');
    row.querySelector('input')!.click();
    await element.whenIdle();
    expect(markersOf(element, 'strikes')).toHaveLength(0);
    expect(element.getAttribute('layers')).not.toContain('strikes');
    expect(row.querySelector('.legend-count')?.textContent).toBe('5');
    row.querySelector('input')!.click();
    await element.whenIdle();
    expect(markersOf(element, 'strikes')).toHaveLength(5);
  });

  it('draws uncertainty circles for features located to a town or wider', async () => {
    const element = await mountStory({ layers: 'strikes' });
    // t-strike-2 (town, 8 km) and t-strike-3 (district, 20 km); the others are exact.
    expect(shadow(element).querySelectorAll('path.frontier-uncertainty.layer-strikes')).toHaveLength(2);
  });

  it('filters events by the from/to window', async () => {
    const element = await mountStory({ layers: 'strikes', from: '2040-03-01', to: '2040-03-04' });
    const ids = () => markersOf(element, 'strikes').map((m) => m.dataset.featureId);
    expect(ids().sort()).toEqual(['t-strike-1', 't-strike-2', 't-strike-3']);
    element.removeAttribute('from');
    element.removeAttribute('to');
    await element.whenIdle();
    expect(ids()).toHaveLength(5);
  });
});

const storyMarker = (element: Element, id: string) =>
  shadow(element).querySelector<HTMLElement>(`.frontier-marker[data-feature-id="${id}"]`)!;

describe('choosing a feature', () => {
  it('fires frontier-select with the feature and shows its sources', async () => {
    const element = await mountStory({ layers: 'strikes' });
    const events: CustomEvent[] = [];
    element.addEventListener('frontier-select', (event) => events.push(event));
    const marker = storyMarker(element, 't-strike-1');
    marker.click();
    await element.whenIdle();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.feature.id).toBe('t-strike-1');
    expect(element.selected).toBe('t-strike-1');
    const panel = shadow(element).querySelector('[part="panel"]')!;
    expect(panel.querySelector('.panel-title')?.textContent).toBe(
      "Test strike A, as Testland's ministry reports it",
    );
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('.panel-sources a')];
    expect(links.map((link) => link.href)).toEqual([
      'https://example.org/test-report-t-strike-1a',
      'https://example.org/test-report-t-strike-1b',
    ]);
    for (const link of links) {
      expect(link.protocol).toMatch(/^https?:$/);
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
    }
    expect(marker.classList.contains('is-selected')).toBe(true);
  });

  it('keeps the panel closed when the listener calls preventDefault()', async () => {
    const element = await mountStory({ layers: 'strikes' });
    element.addEventListener('frontier-select', (event) => event.preventDefault());
    storyMarker(element, 't-strike-2').click();
    await element.whenIdle();
    expect(element.selected).toBe('t-strike-2');
    expect(shadow(element).querySelector('[part="panel"]')).toBeNull();
  });

  it('reaches markers by keyboard: Enter on a focused marker selects it', async () => {
    const element = await mountStory({ layers: 'crossings' });
    const marker = storyMarker(element, 't-crossing-2');
    expect(marker.tabIndex).toBe(0);
    expect(marker.getAttribute('aria-label')).toMatch(/^Border crossing: Test crossing B/);
    expect(storyMarker(element, 't-closure-1').getAttribute('aria-label')).toMatch(
      /^Crossing closure: Test crossing A closed/,
    );
    marker.focus();
    await userEvent.keyboard('{Enter}');
    await element.whenIdle();
    expect(element.selected).toBe('t-crossing-2');
  });
});

describe('data is text, never HTML', () => {
  it('shows a hostile title as text and runs nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const data = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [69.2, 34.5] },
      properties: {
        id: 'x1',
        title: hostile,
        description: `<script>window.__pwned=2</script>`,
        place: '<b>bold</b>',
        claims: [{ by: '<i>x</i>', claim: '<svg onload="window.__pwned=3">' }],
        sources: [{ url: 'https://example.org/', publisher: '<img src=y onerror="window.__pwned=4">' }],
      },
    };
    const element = await mountMap({ 'no-default-data': '' }, [
      inlineLayer('<b>Hostile</b>', data, { kind: 'air_strike' }),
    ]);
    expect(element.features).toHaveLength(1);
    markersOf(element)[0]!.click();
    await element.whenIdle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const panel = shadow(element).querySelector('[part="panel"]')!;
    expect(panel.querySelector('.panel-title')!.textContent).toBe(hostile);
    expect(panel.querySelector('img, script, b, i, svg:not(.frontier-icon)')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
