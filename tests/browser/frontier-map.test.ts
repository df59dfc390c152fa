import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { layerOf } from '../../src/data/filter.ts';
import { DEFAULT_LAYERS, type FeatureLayerName } from '../../src/data/schema.ts';
import { cleanup, inlineLayer, markersOf, mountMap, shadow } from './helpers.ts';

afterEach(cleanup);

describe('<frontier-map> with the default data', () => {
  it('fires frontier-ready and draws basemap, frontier and markers', async () => {
    const element = document.createElement('frontier-map');
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

  it('draws one marker per point feature of each visible layer', async () => {
    const element = await mountMap();
    const expected = new Map<FeatureLayerName, number>();
    for (const feature of element.features) {
      if (feature.geometry?.type !== 'Point') continue;
      expected.set(layerOf(feature), (expected.get(layerOf(feature)) ?? 0) + 1);
    }
    expect(expected.get('strikes')).toBeGreaterThan(5);
    for (const [layer, count] of expected) {
      const shown = (DEFAULT_LAYERS as readonly string[]).includes(layer);
      expect(markersOf(element, layer).length, layer).toBe(shown ? count : 0);
    }
  });

  it('toggles a layer from the legend, and the count stays', async () => {
    const element = await mountMap();
    const before = markersOf(element, 'strikes').length;
    const row = shadow(element).querySelector<HTMLElement>('.legend-row[data-layer="strikes"]')!;
    expect(row.querySelector('.legend-count')?.textContent).toBe(String(before));
    row.querySelector('input')!.click();
    await element.whenIdle();
    expect(markersOf(element, 'strikes')).toHaveLength(0);
    expect(element.getAttribute('layers')).not.toContain('strikes');
    row.querySelector('input')!.click();
    await element.whenIdle();
    expect(markersOf(element, 'strikes')).toHaveLength(before);
  });

  it('draws uncertainty circles for features located to a town or wider', async () => {
    const element = await mountMap({ layers: 'strikes' });
    const areaFeatures = element.features.filter(
      (f) =>
        layerOf(f) === 'strikes' &&
        f.geometry?.type === 'Point' &&
        ['town', 'district', 'province'].includes(f.properties.precision ?? '') &&
        (f.properties.uncertaintyKm ?? 0) > 0,
    );
    expect(areaFeatures.length).toBeGreaterThan(0);
    expect(shadow(element).querySelectorAll('path.frontier-uncertainty.layer-strikes')).toHaveLength(
      areaFeatures.length,
    );
  });

  it('filters events by the from/to window', async () => {
    const element = await mountMap({ layers: 'strikes', from: '2025-10-09', to: '2025-10-10' });
    const inWindow = element.features.filter(
      (f) =>
        layerOf(f) === 'strikes' &&
        f.geometry &&
        f.properties.date! <= '2025-10-10' &&
        (f.properties.dateEnd ?? f.properties.date!) >= '2025-10-09',
    );
    expect(markersOf(element, 'strikes')).toHaveLength(inWindow.length);
    element.removeAttribute('from');
    element.removeAttribute('to');
    await element.whenIdle();
    expect(markersOf(element, 'strikes').length).toBeGreaterThan(inWindow.length);
  });
});

describe('choosing a feature', () => {
  it('fires frontier-select with the feature and shows its sources', async () => {
    const element = await mountMap({ layers: 'strikes' });
    const events: CustomEvent[] = [];
    element.addEventListener('frontier-select', (event) => events.push(event));
    const marker = markersOf(element, 'strikes')[0]!;
    marker.click();
    await element.whenIdle();
    expect(events).toHaveLength(1);
    const feature = events[0]!.detail.feature;
    expect(marker.dataset.featureId).toBe(feature.id);
    expect(element.selected).toBe(feature.id);
    const panel = shadow(element).querySelector('[part="panel"]')!;
    expect(panel.querySelector('.panel-title')?.textContent).toBe(feature.properties.title);
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('.panel-sources a')];
    expect(links.length).toBe(feature.properties.sources!.length);
    for (const link of links) {
      expect(link.protocol).toMatch(/^https?:$/);
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
    }
    expect(marker.classList.contains('is-selected')).toBe(true);
  });

  it('keeps the panel closed when the listener calls preventDefault()', async () => {
    const element = await mountMap({ layers: 'strikes' });
    element.addEventListener('frontier-select', (event) => event.preventDefault());
    markersOf(element, 'strikes')[0]!.click();
    await element.whenIdle();
    expect(element.selected).not.toBeNull();
    expect(shadow(element).querySelector('[part="panel"]')).toBeNull();
  });

  it('reaches markers by keyboard: Enter on a focused marker selects it', async () => {
    const element = await mountMap({ layers: 'crossings' });
    // A marker drawn on its own (those folded into a stack are reached through the stack).
    const marker = markersOf(element, 'crossings').find((m) => !m.classList.contains('is-stacked'))!;
    expect(marker.tabIndex).toBe(0);
    expect(marker.getAttribute('aria-label')).toMatch(/^(Border crossing|Crossing closure): .+/);
    marker.focus();
    await userEvent.keyboard('{Enter}');
    await element.whenIdle();
    expect(element.selected).toBe(marker.dataset.featureId);
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
