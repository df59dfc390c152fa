/**
 * The label layer on a bare Leaflet map: a crossing drawn under a marker (a stack of its events) is
 * named after the towns around it and may touch the frontier line, never a marker or another name.
 */
import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScreenBox } from '../../src/geo/place-labels.ts';
import { placeLabelStyles } from '../../src/map/place-label.styles.ts';
import { PlaceLabelLayer, type PlaceName } from '../../src/map/place-label-layer.ts';

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
});

function bareMap(): L.Map {
  container = document.createElement('div');
  container.style.cssText = 'width: 600px; height: 400px; position: relative';
  // The names' own styles (absolute boxes), so a name's box on the page is where it was placed.
  const style = document.createElement('style');
  style.textContent = placeLabelStyles.cssText;
  container.append(style);
  document.body.append(container);
  return L.map(container, { zoomControl: false, attributionControl: false }).setView([34, 71], 9);
}

const name = (id: string, kind: string, lonLat: [number, number], priority: number): PlaceName => ({
  id,
  text: id,
  kind,
  lonLat,
  priority,
  minZoom: 0,
});

const boxOf = (element: Element) => element.getBoundingClientRect();
const overlap = (a: DOMRect | ScreenBox, b: DOMRect | ScreenBox) => {
  const [ax, ay, aX, aY] =
    'left' in a ? [a.left, a.top, a.right, a.bottom] : [a.minX, a.minY, a.maxX, a.maxY];
  const [bx, by, bX, bY] =
    'left' in b ? [b.left, b.top, b.right, b.bottom] : [b.minX, b.minY, b.maxX, b.maxY];
  return ax < bX && bx < aX && ay < bY && by < aY;
};

/** A box in the map's container pixels, on the page. */
const onPage = (box: ScreenBox): ScreenBox => {
  const map = container!.getBoundingClientRect();
  return {
    minX: box.minX + map.left,
    minY: box.minY + map.top,
    maxX: box.maxX + map.left,
    maxY: box.maxY + map.top,
  };
};

describe('a crossing under a marker', () => {
  it('is named beside it after the town next to it, across the frontier line if need be', () => {
    const map = bareMap();
    const crossing: [number, number] = [71, 34];
    const centre = map.latLngToContainerPoint([34, 71]);
    // The stack over the crossing, 24 px; the frontier runs through it, top to bottom.
    const stack: ScreenBox = {
      minX: centre.x - 12,
      minY: centre.y - 12,
      maxX: centre.x + 12,
      maxY: centre.y + 12,
    };
    const line: ScreenBox[] = [-60, -40, -20, 0, 20, 40].map((dy) => ({
      minX: centre.x - 14,
      minY: centre.y + dy - 10,
      maxX: centre.x + 14,
      maxY: centre.y + dy + 10,
    }));
    // A town just right of the stack, ranked after the crossing (as towns are).
    const town = map.containerPointToLatLng([centre.x + 22, centre.y]);
    const layer = new PlaceLabelLayer(map, { pane: 'labels', obstacles: () => [stack], lines: () => line });
    layer.setNames([
      name('Crossing', 'crossing', crossing, 10),
      name('Town', 'town', [town.lng, town.lat], 20),
    ]);
    expect(layer.placed).toEqual(['Town', 'Crossing']);
    const labels = [...container!.querySelectorAll('.frontier-place-label')];
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(overlap(boxOf(label), onPage(stack))).toBe(false);
    expect(overlap(boxOf(labels[0]!), boxOf(labels[1]!))).toBe(false);
  });

  it('keeps its rank when no marker covers it', () => {
    const map = bareMap();
    const layer = new PlaceLabelLayer(map, { pane: 'labels', obstacles: () => [] });
    layer.setNames([name('Town', 'town', [71.3, 34.2], 20), name('Crossing', 'crossing', [71, 34], 10)]);
    expect(layer.placed).toEqual(['Crossing', 'Town']);
  });
});

describe('a city crowded by markers', () => {
  it('is named a little off its dot, across the frontier line if need be, never over a marker', () => {
    const map = bareMap();
    const centre = map.latLngToContainerPoint([34, 71]);
    const box = (dx: number, dy: number, w = 24, h = 24): ScreenBox => ({
      minX: centre.x + dx - w / 2,
      minY: centre.y + dy - h / 2,
      maxX: centre.x + dx + w / 2,
      maxY: centre.y + dy + h / 2,
    });
    // Stacks right, left and above the city's dot, a frontier line just under it.
    const stacks = [box(22, 0), box(-22, 0), box(0, -22), box(40, 0), box(-40, 0)];
    const line = [box(0, 14, 160, 8)];
    const layer = new PlaceLabelLayer(map, { pane: 'labels', obstacles: () => stacks, lines: () => line });
    const city = { ...name('City', 'town', [71, 34], 5), minZoom: 5 };
    const town = { ...name('Town', 'town', [71, 34], 50), minZoom: 8 };
    layer.setNames([city, town]);
    expect(layer.placed).toContain('City');
    const label = boxOf(container!.querySelector('.frontier-place-label')!);
    for (const stack of stacks) expect(overlap(label, onPage(stack))).toBe(false);
    // A name that is not a main city keeps off the line: it is left out here.
    layer.setNames([town]);
    expect(layer.placed).toEqual([]);
  });
});

describe('the frontier caption when no spot keeps off its line', () => {
  it('crosses the line before it covers a marker', () => {
    const map = bareMap();
    const centre = map.latLngToContainerPoint([34, 71]);
    const size = map.getSize();
    // The line's boxes everywhere, so no spot is free of it; one stack where the first spot would be.
    const line: ScreenBox[] = [{ minX: 0, minY: 0, maxX: size.x, maxY: size.y }];
    const stack: ScreenBox = {
      minX: centre.x + 10,
      minY: centre.y - 12,
      maxX: centre.x + 34,
      maxY: centre.y + 12,
    };
    const layer = new PlaceLabelLayer(map, { pane: 'labels', obstacles: () => [stack], lines: () => line });
    const caption = { ...name('Caption', 'frontier-caption', [71, 34], 2), anchors: [], required: true };
    layer.setNames([caption]);
    expect(layer.placed).toEqual(['Caption']);
    const label = boxOf(container!.querySelector('.frontier-place-label')!);
    expect(overlap(label, onPage(stack))).toBe(false);
  });
});
