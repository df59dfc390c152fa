/**
 * Large data sets: the renderer follows the number of points (DOM markers, one canvas, clusters),
 * canvas points and clusters answer clicks and the keyboard, time windows redraw from typed arrays,
 * and large sources are validated in a worker with exactly the main thread's result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { generateEvents } from '../../bench/generate-events.mjs';
import type { FrontierFeature } from '../../src/data/schema.ts';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { validateText } from '../../src/workers/validate-off-thread.ts';
import { cleanup, inlineLayer, markersOf, mountMap, shadow } from './helpers.ts';

afterEach(cleanup);

/** Every feature layer but statements, which the synthetic data fills too. */
const LAYERS = 'frontier,strikes,attacks,militancy,crossings,venues';
const SHOWN = new Set(LAYERS.split(','));

async function mountEvents(count: number, attributes: Record<string, string> = {}) {
  const data = generateEvents(count, { seed: 5 });
  return mountMap(
    { 'no-default-data': '', layers: LAYERS, ...attributes },
    [inlineLayer('Synthetic', data)],
    {
      width: 900,
      height: 600,
    },
  );
}

const container = (element: FrontierMapElement) => element.map!.getContainer();
const shownPoints = (element: FrontierMapElement) => Number(container(element).dataset.shownPoints);
const paintedPoints = (element: FrontierMapElement) => Number(container(element).dataset.paintedPoints);
const clustersOf = (element: FrontierMapElement) => [
  ...shadow(element).querySelectorAll<HTMLElement>('.frontier-cluster'),
];
const clusteredCount = (element: FrontierMapElement) =>
  clustersOf(element).reduce((sum, cluster) => sum + Number(cluster.dataset.count), 0);

/**
 * The layer of each kind the generator writes, as DESIGN.md's schema table gives it (written out here,
 * not taken from src/data/filter.ts, whose rule these tests check).
 */
const LAYER_OF: Record<string, string> = {
  air_strike: 'strikes',
  clash: 'attacks',
  ground_attack: 'attacks',
  militant_attack: 'militancy',
  crossing_closure: 'crossings',
  ceasefire: 'venues',
  talks: 'venues',
  statement: 'statements',
};
const layerOf = (feature: FrontierFeature) => LAYER_OF[feature.properties.kind] ?? 'unknown';
/** Overlaps the window: starts on or before `to`, ends on or after `from` (ISO dates compare as text). */
const inWindow = (feature: FrontierFeature, from?: string | null, to?: string | null) =>
  (!to || feature.properties.date! <= to) &&
  (!from || (feature.properties.dateEnd ?? feature.properties.date!) >= from);

/** Points the filters should let through, counted the slow and obvious way. */
const expectedShown = (element: FrontierMapElement) =>
  element.features.filter(
    (feature) =>
      feature.geometry?.type === 'Point' &&
      SHOWN.has(layerOf(feature)) &&
      inWindow(feature, element.from, element.to),
  ).length;

/** A shown point with no other shown point within `gap` px, and its position in the map. */
function isolatedPoint(element: FrontierMapElement, gap = 14) {
  const map = element.map!;
  const size = map.getSize();
  const points = element.features
    .filter((f) => f.geometry?.type === 'Point' && SHOWN.has(layerOf(f)))
    .map((feature) => {
      const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      return { feature, pixel: map.latLngToContainerPoint([lat, lon]) };
    });
  const inside = points.filter(
    ({ pixel }) => pixel.x > 60 && pixel.y > 60 && pixel.x < size.x - 300 && pixel.y < size.y - 60,
  );
  const found = inside.find(
    ({ feature, pixel }) =>
      !points.some((other) => other.feature !== feature && other.pixel.distanceTo(pixel) < gap),
  );
  if (!found) throw new Error('no isolated point in view');
  return found;
}

describe('renderer choice', () => {
  it('keeps DOM markers for a story-sized data set', async () => {
    const element = await mountEvents(120);
    expect(container(element).dataset.renderer).toBe('markers');
    expect(markersOf(element).length).toBe(expectedShown(element));
    expect(markersOf(element).length).toBeGreaterThan(50);
  });

  it('draws 3,000 points on one canvas, with no marker per point', async () => {
    const element = await mountEvents(3000);
    expect(container(element).dataset.renderer).toBe('canvas');
    expect(markersOf(element)).toHaveLength(0);
    expect(shadow(element).querySelectorAll('canvas.frontier-points')).toHaveLength(1);
    expect(shownPoints(element)).toBe(expectedShown(element));
    expect(paintedPoints(element)).toBe(shownPoints(element));
  });

  it('clusters 20,000 points: clusters and lone points together account for every point', async () => {
    const element = await mountEvents(20_000);
    expect(container(element).dataset.renderer).toBe('clusters');
    const clusters = clustersOf(element);
    expect(clusters.length).toBeGreaterThan(10);
    expect(clusters.length).toBeLessThan(400);
    // The whole region is in view, so nothing is culled.
    expect(clusteredCount(element) + paintedPoints(element)).toBe(expectedShown(element));
  });

  it('follows the renderer attribute when it names one', async () => {
    const element = await mountEvents(3000, { renderer: 'clusters' });
    expect(container(element).dataset.renderer).toBe('clusters');
    element.setAttribute('renderer', 'markers');
    await element.whenIdle();
    expect(container(element).dataset.renderer).toBe('markers');
    expect(markersOf(element).length).toBe(expectedShown(element));
  });
});

describe('canvas points', () => {
  it('a click on a point fires frontier-select with its feature and opens the panel', async () => {
    const element = await mountEvents(3000);
    element.map!.setZoom(7, { animate: false });
    await element.whenIdle();
    const { feature, pixel } = isolatedPoint(element);
    const chosen: FrontierFeature[] = [];
    element.addEventListener('frontier-select', (event) => chosen.push(event.detail.feature));
    await userEvent.click(container(element), { position: { x: pixel.x, y: pixel.y } });
    await element.whenIdle();
    expect(chosen.map((f) => f.id)).toEqual([feature.id]);
    expect(element.selected).toBe(feature.id);
    expect(shadow(element).querySelector('[part="panel"]')?.textContent).toContain(feature.properties.title);
  });

  it('a click beside every point selects nothing', async () => {
    const element = await mountEvents(3000);
    element.map!.setView([37.9, 60.2], 9, { animate: false });
    await element.whenIdle();
    const chosen: unknown[] = [];
    element.addEventListener('frontier-select', (event) => chosen.push(event));
    await userEvent.click(container(element), { position: { x: 200, y: 200 } });
    expect(chosen).toEqual([]);
  });

  it('a time window redraws the points inside it', async () => {
    const element = await mountEvents(3000);
    const all = paintedPoints(element);
    element.from = '2026-01-01';
    element.to = '2026-01-31';
    await element.whenIdle();
    expect(shownPoints(element)).toBe(expectedShown(element));
    expect(paintedPoints(element)).toBe(shownPoints(element));
    expect(paintedPoints(element)).toBeLessThan(all / 3);
    element.layers = 'frontier,strikes';
    await element.whenIdle();
    expect(paintedPoints(element)).toBe(
      element.features.filter((f) => layerOf(f) === 'strikes' && inWindow(f, '2026-01-01', '2026-01-31'))
        .length,
    );
  });
});

describe('clusters', () => {
  it('a click on a cluster zooms in until its points come apart', async () => {
    const element = await mountEvents(20_000);
    const zoom = element.map!.getZoom();
    const cluster = clustersOf(element).sort((a, b) => Number(b.dataset.count) - Number(a.dataset.count))[0]!;
    cluster.click();
    await element.whenIdle();
    expect(element.map!.getZoom()).toBeGreaterThan(zoom);
    expect(clustersOf(element).length + paintedPoints(element)).toBeGreaterThan(1);
  });

  it('clusters are buttons with a name, and Enter zooms in, focus staying in the map', async () => {
    const element = await mountEvents(20_000);
    const cluster = clustersOf(element)[0]!;
    expect(cluster.localName).toBe('button');
    expect(cluster.tabIndex).toBe(0);
    expect(cluster.getAttribute('aria-label')).toMatch(/^[\d,]+ events: .+\. Press Enter to zoom in\.$/);
    const zoom = element.map!.getZoom();
    cluster.focus();
    await userEvent.keyboard('{Enter}');
    await element.whenIdle();
    expect(element.map!.getZoom()).toBeGreaterThan(zoom);
    expect(shadow(element).activeElement).toBe(container(element));
  });

  it('a time window recounts the clusters from the points inside it', async () => {
    const element = await mountEvents(20_000);
    element.from = '2025-12-01';
    element.to = '2025-12-10';
    await element.whenIdle();
    const shown = expectedShown(element);
    expect(shown).toBeLessThan(2000);
    expect(shownPoints(element)).toBe(shown);
    expect(clusteredCount(element) + paintedPoints(element)).toBe(shown);
  });

  it('shows lone points, choosable, once zoomed in past the clusters', async () => {
    const element = await mountEvents(20_000);
    element.map!.setView([29.0, 61.0], 12, { animate: false });
    await element.whenIdle();
    expect(clustersOf(element)).toHaveLength(0);
    const { feature, pixel } = isolatedPoint(element);
    await userEvent.click(container(element), { position: { x: pixel.x, y: pixel.y } });
    await element.whenIdle();
    expect(element.selected).toBe(feature.id);
  });
});

describe('large sources', () => {
  it('a worker validates to exactly the features and problems of the main thread', async () => {
    const data = generateEvents(1500, { seed: 9 }) as unknown as { features: Array<Record<string, unknown>> };
    // Some broken features among the good ones.
    data.features[3] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [200, 95] },
      properties: {},
    };
    (data.features[10]!.properties as Record<string, unknown>).kind = 'earthquake';
    (data.features[11]!.properties as Record<string, unknown>).date = '2025-02-30';
    data.features[12] = 'not a feature' as never;
    const text = JSON.stringify(data);
    const options = { idPrefix: 'big', takenIds: ['ev-0005'] };
    const progress: Array<string | null> = [];
    const onMain = await validateText(text, options, { offThread: false });
    const inWorker = await validateText(text, options, {
      offThread: true,
      onProgress: (p) => progress.push(p),
    });
    expect(onMain.problems.length).toBe(5);
    expect(inWorker).toEqual(onMain);
    expect(progress).toContain('validating 1,500 features…');
    expect(progress.at(-1)).toBeNull();
  });

  it('workers sharing a large source give exactly what one pass gives, duplicates across them too', async () => {
    const data = generateEvents(14_000, { seed: 4 }) as unknown as {
      features: Array<{ properties: Record<string, unknown> }>;
    };
    const properties = (index: number) => data.features[index]!.properties;
    // No ids (made up from the index), a duplicate in each half and across them, broken features.
    for (const index of [2, 7_001, 13_999]) delete properties(index).id;
    properties(40).id = properties(30).id;
    properties(12_000).id = properties(5).id;
    properties(12_001).id = properties(9_000).id;
    properties(100).kind = 'earthquake';
    properties(11_000).date = '2025-13-01';
    const text = JSON.stringify(data);
    expect(text.length).toBeGreaterThan(4_000_000);
    const options = { idPrefix: 'big', takenIds: ['ev-00020', 'ev-10000'] };
    const started: unknown[] = [];
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started.push(this);
      }
    };
    let shared: Awaited<ReturnType<typeof validateText>>;
    try {
      shared = await validateText(new TextEncoder().encode(text), options, { offThread: true });
    } finally {
      window.Worker = NativeWorker;
    }
    const onMain = await validateText(text, options, { offThread: false });
    expect(started.length).toBe(Math.min(4, navigator.hardwareConcurrency));
    expect(onMain.problems.map((p) => p.featureIndex)).toEqual([20, 40, 100, 10_000, 11_000, 12_000, 12_001]);
    expect(shared).toEqual(onMain);
    expect(shared.features.find((f) => f.id === 'big-7001')).toBeDefined();
  });

  it('validates on the page, with the same result, when workers cannot start or fail to', async () => {
    const text = JSON.stringify(generateEvents(14_000, { seed: 5 }));
    const expected = await validateText(text, { idPrefix: 'x' }, { offThread: false });
    /** As under a CSP without worker-src blob: (the constructor throws, or the worker errs at once). */
    class Refused {
      constructor() {
        throw new DOMException('blocked by the page', 'SecurityError');
      }
    }
    class Erring extends EventTarget {
      onerror: ((event: Event) => void) | null = null;
      onmessage: ((event: MessageEvent) => void) | null = null;
      constructor() {
        super();
        setTimeout(() => {
          const event = new Event('error', { cancelable: true });
          this.onerror?.(event);
          this.dispatchEvent(event);
        });
      }
      postMessage() {}
      terminate() {}
    }
    const NativeWorker = window.Worker;
    for (const Failing of [Refused, Erring]) {
      window.Worker = Failing as unknown as typeof Worker;
      try {
        const bytes = new TextEncoder().encode(text);
        expect(await validateText(bytes, { idPrefix: 'x' }, { offThread: true }), Failing.name).toEqual(
          expected,
        );
      } finally {
        window.Worker = NativeWorker;
      }
    }
  });

  it('a syntax error inside one share is reported as a whole parse reports it', async () => {
    const data = generateEvents(14_000, { seed: 6 });
    const text = JSON.stringify(data).replace('"ev-12000"', '"ev-12000", "broken": tru');
    const fail = (source: string | Uint8Array, offThread: boolean) =>
      validateText(source, {}, { offThread }).then(
        () => 'resolved',
        (error: Error) => `${error.name}: ${error.message}`,
      );
    const onMain = await fail(text, false);
    expect(onMain).toMatch(/^SourceLoadError: is not valid JSON/);
    expect(await fail(new TextEncoder().encode(text), true)).toBe(onMain);
  });

  it('a worker reports text that is not JSON as the main thread does', async () => {
    const fail = (offThread: boolean) =>
      validateText('<!doctype html><p>Not found', {}, { offThread }).then(
        () => 'resolved',
        (error: Error) => `${error.name}: ${error.message}`,
      );
    expect(await fail(true)).toBe(await fail(false));
    expect(await fail(true)).toMatch(/^SourceLoadError: is HTML, not JSON/);
  });

  it('says what it is doing while a large layer loads', async () => {
    const seen = new Set<string>();
    const element = document.createElement('frontier-map') as FrontierMapElement;
    element.setAttribute('no-default-data', '');
    element.style.height = '500px';
    element.append(inlineLayer('Big layer', generateEvents(5000, { seed: 2 })));
    const observer = new MutationObserver(() => {
      for (const item of shadow(element).querySelectorAll('.loading-status li, .frontier-drawing-status')) {
        seen.add(item.textContent!.trim());
      }
    });
    document.body.append(element);
    observer.observe(shadow(element), { subtree: true, childList: true, characterData: true });
    await element.whenIdle();
    observer.disconnect();
    expect(seen).toContain('Loading Big layer: validating 5,000 features…');
    expect(element.features).toHaveLength(5000);
    expect(shadow(element).querySelectorAll('.loading-status li')).toHaveLength(0);
  });
});
