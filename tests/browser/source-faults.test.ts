/**
 * A user layer's load over a faulty network (the fault server in fault-server-plugin.ts): retry
 * after a failure, the loading status, and loads cancelled because the layer changed, left, or the
 * map was taken out of the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierLayerElement } from '../../src/components/frontier-layer.ts';
import type { FrontierErrorDetail } from '../../src/events.ts';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { cleanup, inlineLayer, layerElement, markersOf, shadow } from './helpers.ts';

afterEach(cleanup);

/** A key no other test (or earlier run against the same server) has used. */
const uniqueKey = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

function remoteLayer(
  name: string,
  src: string,
  attributes: Record<string, string> = {},
): FrontierLayerElement {
  return layerElement(name, { src, ...attributes });
}

function collectErrors(element: HTMLElement): FrontierErrorDetail[] {
  const errors: FrontierErrorDetail[] = [];
  element.addEventListener('frontier-error', (event) => errors.push(event.detail));
  return errors;
}

const noticeTexts = (map: FrontierMapElement) =>
  [...shadow(map).querySelectorAll('.notices li')].map((item) => item.textContent!.trim());

async function serverState(key: string): Promise<string | undefined> {
  const response = await fetch(`/__faults/state?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { state?: string }).state;
}

/** A map that is not awaited: the test looks at it while its layers load. */
function startMap(children: Node[], attributes: Record<string, string> = {}): FrontierMapElement {
  const map = document.createElement('frontier-map');
  map.setAttribute('no-default-data', '');
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  map.style.height = '500px';
  map.append(...children);
  document.body.append(map);
  return map;
}

describe('retrying a failed layer', () => {
  it('reload() after a 500 the server has since fixed: the features show, that notice goes', async () => {
    const key = uniqueKey('retry');
    const flaky = remoteLayer('Flaky', `/__faults/fail-once?key=${key}&n=2&prefix=retry`);
    const steady = inlineLayer('Steady', { type: 'Point', coordinates: [66.5, 30.5] }, { kind: 'crossing' });
    // Tiles without attribution: a problem of the map itself, which reload() leaves listed.
    const map = startMap([flaky, steady], { tiles: '/__faults/tile/{z}/{x}/{y}.png' });
    const errors = collectErrors(map);
    await map.whenIdle();
    expect(errors.map((error) => error.source)).toEqual(['tiles', 'Flaky']);
    expect(errors[1]!.message).toMatch(
      /^"\/__faults\/fail-once\?key=.*" answered HTTP 500 Internal Server Error$/,
    );
    const before = noticeTexts(map);
    expect(before).toHaveLength(2);
    expect(before[1]).toMatch(/^Flaky: ".*" answered HTTP 500 Internal Server Error$/);
    expect(markersOf(map)).toHaveLength(1);

    await map.reload();
    await map.whenIdle();
    expect(errors).toHaveLength(2);
    expect(map.features.map((feature) => feature.id).sort()).toEqual(['retry-0', 'retry-1', 'steady-0']);
    expect(markersOf(map)).toHaveLength(3);
    expect(noticeTexts(map)).toEqual([before[0]]);
    expect(flaky.loading).toBe(false);
  });

  it('shows "Loading <name>…" while a layer loads, and nothing once it has', async () => {
    const slow = remoteLayer('Slow data', `/__faults/slow?ms=500&key=${uniqueKey('status')}&prefix=status`);
    const map = startMap([slow]);
    await expect.poll(() => slow.loading).toBe(true);
    await map.updateComplete;
    const status = shadow(map).querySelector('.loading-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect([...status.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Loading Slow data…',
    ]);
    await map.whenIdle();
    expect(slow.loading).toBe(false);
    expect(status.querySelectorAll('li')).toHaveLength(0);
    expect(markersOf(map)).toHaveLength(2);
  });
});

describe('loads that are cancelled', () => {
  it('a new src cancels the slow load of the old one, which never lands', async () => {
    const key = uniqueKey('old-src');
    const layer = remoteLayer('Moving', `/__faults/slow?ms=5000&key=${key}&prefix=old`);
    const map = startMap([layer]);
    const errors = collectErrors(map);
    await expect.poll(() => serverState(key)).toBe('pending');
    layer.src = '/__faults/ok?n=2&prefix=new';
    await map.whenIdle();
    await expect.poll(() => serverState(key)).toBe('aborted');
    expect(map.features.map((feature) => feature.id)).toEqual(['new-0', 'new-1']);
    expect(errors).toEqual([]);
    expect(noticeTexts(map)).toEqual([]);
  });

  it('a layer removed while it loads reports nothing and takes its notice with it', async () => {
    const key = uniqueKey('removed-layer');
    const failing = remoteLayer('Broken', '/__faults/404');
    const slow = remoteLayer('Leaving', `/__faults/slow?ms=5000&key=${key}&prefix=gone`);
    const map = startMap([failing, slow]);
    const errors = collectErrors(map);
    await expect.poll(() => serverState(key)).toBe('pending');
    await expect.poll(() => noticeTexts(map).length).toBe(1);
    slow.remove();
    failing.remove();
    await map.whenIdle();
    await expect.poll(() => serverState(key)).toBe('aborted');
    expect(slow.loading).toBe(false);
    expect(errors.map((error) => error.source)).toEqual(['Broken']);
    expect(noticeTexts(map)).toEqual([]);
    expect(shadow(map).querySelectorAll('.loading-status li')).toHaveLength(0);
    expect(map.features).toEqual([]);
  });

  it('a fetch still out when the map leaves the page does nothing; put back, the map loads it again', async () => {
    const key = uniqueKey('removed-map');
    const layer = remoteLayer('Late', `/__faults/slow?ms=800&key=${key}&n=2&prefix=late`);
    const map = startMap([layer]);
    const errors = collectErrors(map);
    const changes: Event[] = [];
    map.addEventListener('frontier-features-change', (event) => changes.push(event));
    await expect.poll(() => serverState(key)).toBe('pending');
    map.remove();
    const changesAtRemoval = changes.length;
    await map.whenIdle();
    // The server saw the request given up: no response will ever reach the removed map.
    await expect.poll(() => serverState(key)).toBe('aborted');
    expect(layer.loading).toBe(false);
    expect(map.features).toEqual([]);
    expect(changes).toHaveLength(changesAtRemoval);
    expect(errors).toEqual([]);
    expect(map.shadowRoot!.querySelector('.leaflet-map-pane')).toBeNull();

    document.body.append(map);
    await expect.poll(() => layer.loading).toBe(true);
    await map.whenIdle();
    expect(await serverState(key)).toBe('sent');
    expect(map.features.map((feature) => feature.id)).toEqual(['late-0', 'late-1']);
    expect(markersOf(map)).toHaveLength(2);
    expect(errors).toEqual([]);
    expect(noticeTexts(map)).toEqual([]);
  });
});
