/** The element in someone else's page: several instances, moves, hidden containers, hostile CSS, gestures. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { cleanup, markersOf, mountMap, mountStory, shadow, storyLayer } from './helpers.ts';

const added: Element[] = [];
afterEach(() => {
  cleanup();
  for (const element of added.splice(0)) element.remove();
});

async function countAfterIdle(element: FrontierMapElement, layer?: string): Promise<number> {
  await element.whenIdle();
  return markersOf(element, layer).length;
}

const addToBody = <T extends Element>(element: T): T => {
  document.body.append(element);
  added.push(element);
  return element;
};

describe('embedding', () => {
  it('keeps two instances independent', async () => {
    const a = await mountStory({ layers: 'strikes' });
    const b = await mountStory({ layers: 'crossings', center: '34.1,71.1', zoom: '8' });
    expect(a.map).not.toBe(b.map);
    expect(markersOf(a, 'crossings')).toHaveLength(0);
    expect(markersOf(b, 'strikes')).toHaveLength(0);
    a.select('t-strike-1');
    await a.whenIdle();
    expect(a.selected).toBe('t-strike-1');
    expect(b.selected).toBeNull();
    expect(b.map!.getZoom()).toBe(8);
  });

  it('comes back at the same view after being moved, with one map', async () => {
    const element = await mountStory({ center: '33.5,70.5', zoom: '7' });
    element.map!.setView([32, 68], 6.5, { animate: false });
    const holder = addToBody(document.createElement('section'));
    holder.append(element);
    await element.whenIdle();
    expect(element.map!.getZoom()).toBe(6.5);
    expect(element.map!.getCenter().lat).toBeCloseTo(32, 5);
    expect(shadow(element).querySelectorAll('.leaflet-container')).toHaveLength(1);
    // Every point of the story's default layers: 5 strikes, 3 attacks, 1 bombing, 1 post, 3 crossings, 3 venues.
    expect(markersOf(element)).toHaveLength(16);
  });

  it('fills a container that was hidden or empty when it started', async () => {
    const box = addToBody(document.createElement('div'));
    box.style.display = 'none';
    box.style.width = '700px';
    box.style.height = '400px';
    const element = document.createElement('frontier-map');
    element.setAttribute('no-default-data', '');
    element.style.height = '100%';
    box.append(element);
    await element.whenIdle();
    expect(element.map!.getSize().x).toBe(0);
    box.style.display = 'block';
    await expect.poll(() => element.map!.getSize().x).toBe(700);
    // The timeline takes its height under the map; the map has the rest.
    const timeline = shadow(element).querySelector('frontier-timeline')!.getBoundingClientRect().height;
    expect(element.map!.getSize().y).toBe(400 - timeline);
  });

  it('is not broken by the classic Leaflet-breaking page CSS, and leaks none of its own', async () => {
    const style = addToBody(document.createElement('style'));
    style.textContent =
      'img, svg { max-width: 100% !important; } * { box-sizing: content-box !important; } ' +
      'div { padding: 20px !important; } .leaflet-container { background: red !important; }';
    const probe = addToBody(document.createElement('div'));
    probe.className = 'leaflet-marker-icon frontier-marker legend';
    const element = await mountStory({ layers: 'strikes' });
    const marker = markersOf(element, 'strikes')[0]!;
    // A 24 px hit area (WCAG 2.2 target size) around the 22 px symbol.
    expect(marker.getBoundingClientRect().width).toBe(24);
    expect(marker.querySelector('svg')!.getBoundingClientRect().width).toBe(22);
    const container = element.map!.getContainer();
    expect(getComputedStyle(container).backgroundColor).not.toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(container).paddingTop).toBe('0px');
    // Our styles do not reach the page: a page element with our class names stays unstyled.
    expect(getComputedStyle(probe).position).toBe('static');
    expect(getComputedStyle(probe).marginLeft).toBe('0px');
  });

  it('lets the wheel scroll the host page, and zooms with Ctrl + wheel', async () => {
    const spacer = addToBody(document.createElement('div'));
    spacer.style.height = '3000px';
    const element = await mountMap({ 'no-default-data': '', center: '33.5,70', zoom: '6' });
    element.scrollIntoView();
    const zoom = element.map!.getZoom();
    const container = element.map!.getContainer();
    container.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true }));
    expect(shadow(element).querySelector('.frontier-gesture-hint')!.classList.contains('is-visible')).toBe(
      true,
    );
    expect(shadow(element).querySelector('.frontier-gesture-hint')!.textContent).toMatch(/scroll to zoom/);
    container.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
        clientX: 400,
        clientY: 300,
      }),
    );
    await expect.poll(() => element.map!.getZoom()).toBeGreaterThan(zoom);
  });

  it('goes full screen, or covers the window where the Fullscreen API is missing', async () => {
    const element = await mountMap({ 'no-default-data': '' });
    const enabled = Object.getOwnPropertyDescriptor(Document.prototype, 'fullscreenEnabled')!;
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => false });
    try {
      const button = [
        ...shadow(element).querySelectorAll<HTMLButtonElement>('.frontier-control-button'),
      ].find((b) => b.title === 'Full screen')!;
      button.click();
      await expect.poll(() => element.hasAttribute('pseudo-fullscreen')).toBe(true);
      await expect.poll(() => element.getBoundingClientRect().width).toBe(window.innerWidth);
      await userEvent.keyboard('{Escape}');
      expect(element.hasAttribute('pseudo-fullscreen')).toBe(false);
    } finally {
      delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', enabled);
    }
  });
});

describe('attributes at run time', () => {
  it('reflects properties to attributes and redraws on change', async () => {
    const element = await mountMap({ layers: 'strikes' }, [storyLayer()]);
    const story = 18;
    expect(element.features.length).toBeGreaterThan(story);
    element.bufferKm = '10,20';
    element.noDefaultData = true;
    await element.whenIdle();
    expect(element.getAttribute('buffer-km')).toBe('10,20');
    expect(element.hasAttribute('no-default-data')).toBe(true);
    expect(element.features.every((f) => f.id.startsWith('t-'))).toBe(true);
    expect(element.features).toHaveLength(story);
    expect(markersOf(element, 'strikes')).toHaveLength(5);
    element.noDefaultData = false;
    await element.whenIdle();
    // The default events are back beside the story's.
    expect(element.features.length).toBeGreaterThan(story);
    expect(markersOf(element, 'strikes').length).toBeGreaterThan(5);
    element.setAttribute('center', '34.0,71.0');
    element.setAttribute('zoom', '9');
    await element.whenIdle();
    expect(element.map!.getZoom()).toBe(9);
    expect(element.map!.getCenter().lng).toBeCloseTo(71, 3);
  });

  it('adds, edits and removes <frontier-layer> children, and the legend follows', async () => {
    const element = await mountMap({ 'no-default-data': '' });
    const layer = document.createElement('frontier-layer');
    layer.setAttribute('name', 'Mine');
    layer.setAttribute('kind', 'clash');
    const script = document.createElement('script');
    script.type = 'application/geo+json';
    script.textContent = JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [70, 33] },
    });
    layer.append(script);
    element.append(layer);
    await element.whenIdle();
    expect(markersOf(element, 'attacks')).toHaveLength(1);
    expect(
      shadow(element).querySelector('.legend-row[data-layer="attacks"] .legend-count')!.textContent,
    ).toBe('1');
    script.textContent = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [70, 33] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [71, 34] }, properties: {} },
      ],
    });
    await expect.poll(() => countAfterIdle(element, 'attacks')).toBe(2);
    layer.setAttribute('kind', 'air_strike');
    await expect.poll(() => countAfterIdle(element, 'strikes')).toBe(2);
    layer.remove();
    await expect.poll(() => countAfterIdle(element)).toBe(0);
  });
});
