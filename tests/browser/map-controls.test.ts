/**
 * The map's own controls in place of Leaflet's: credits counted per user (a layer's credit goes with
 * it, another user's stays), zoom buttons that say when they can do nothing, and tooltips that only
 * the element they describe points at.
 */
import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translate.ts';
import { addViewControls } from '../../src/map/controls.ts';
import { Credits } from '../../src/map/credits.ts';
import { HoverTips } from '../../src/map/hover-tips.ts';
import { TileSlot } from '../../src/map/tile-layer.ts';

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
});

function bareMap(options: L.MapOptions = {}): L.Map {
  container = document.createElement('div');
  container.style.cssText = 'width: 400px; height: 300px; position: relative';
  document.body.append(container);
  return L.map(container, { zoomControl: false, attributionControl: false, ...options }).setView([34, 70], 5);
}

describe('credits', () => {
  it('keeps a credit while anyone still gives it, and shows text as text', () => {
    const map = bareMap();
    const credits = new Credits().addTo(map).addAttribution('© OpenStreetMap contributors');
    const text = () => container!.querySelector('.leaflet-control-attribution')!.textContent;
    // A layer credited with the same words, then gone: the map's own credit stays.
    const layer = L.layerGroup() as L.LayerGroup & { getAttribution: () => string };
    layer.getAttribution = () => '© OpenStreetMap contributors';
    layer.addTo(map);
    layer.remove();
    expect(text()).toBe('© OpenStreetMap contributors');
    credits.addAttribution('<b>Tiles</b> & co');
    expect(text()).toBe('© OpenStreetMap contributors, <b>Tiles</b> & co');
    expect(container!.querySelector('.leaflet-control-attribution b')).toBeNull();
    credits.removeAttribution('<b>Tiles</b> & co');
    expect(text()).toBe('© OpenStreetMap contributors');
  });

  it('keeps the map’s own credit when tiles credited with the same words are taken off', async () => {
    const map = bareMap();
    new Credits().addTo(map).addAttribution('© OpenStreetMap contributors');
    const tiles = new TileSlot(map);
    await tiles.set({ url: '/__faults/tile/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' });
    await tiles.set(null);
    expect(container!.querySelector('.leaflet-control-attribution')!.textContent).toBe(
      '© OpenStreetMap contributors',
    );
  });
});

describe('zoom buttons', () => {
  it('zoom by one, by three with Shift, and say so at the end of the range', () => {
    const map = bareMap({ minZoom: 3, maxZoom: 9, zoomAnimation: false });
    addViewControls(map, createTranslator('en'), 'topleft', {
      onFitFrontier: () => {},
      onFitStory: () => {},
    });
    const zoomIn = container!.querySelector<HTMLButtonElement>('.leaflet-control-zoom-in')!;
    const zoomOut = container!.querySelector<HTMLButtonElement>('.leaflet-control-zoom-out')!;
    expect(zoomIn.getAttribute('aria-label')).toBe('Zoom in');
    zoomIn.click();
    expect(map.getZoom()).toBe(6);
    zoomIn.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
    expect(map.getZoom()).toBe(9);
    expect(zoomIn.getAttribute('aria-disabled')).toBe('true');
    zoomIn.click();
    expect(map.getZoom()).toBe(9);
    map.setZoom(3);
    expect(zoomOut.getAttribute('aria-disabled')).toBe('true');
    expect(zoomIn.getAttribute('aria-disabled')).toBe('false');
  });
});

describe('hover tips', () => {
  it('are described by the one element whose tooltip shows', () => {
    const map = bareMap();
    const tips = new HoverTips(map);
    const [a, b] = ['A', 'B'].map((name, i) => {
      const marker = L.marker([34, 69 + i * 2], {
        icon: L.divIcon({ html: name, className: 'test-marker', iconSize: [20, 20] }),
        keyboard: true,
      });
      // Bound before it is added, as the map's markers are.
      tips.bind(marker, () => document.createTextNode(`tip ${name}`), -12);
      marker.addTo(map);
      return marker.getElement()!;
    });
    a!.focus();
    const tip = () => container!.querySelector('[role="tooltip"]');
    expect(tip()!.textContent).toBe('tip A');
    expect(a!.getAttribute('aria-describedby')).toBe(tip()!.id);
    b!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tip()!.textContent).toBe('tip B');
    expect(a!.hasAttribute('aria-describedby')).toBe(false);
    expect(b!.getAttribute('aria-describedby')).toBe(tip()!.id);
    b!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    expect(tip()).toBeNull();
    expect(b!.hasAttribute('aria-describedby')).toBe(false);
  });
});
