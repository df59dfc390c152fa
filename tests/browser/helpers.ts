import type { FrontierLayerElement } from '../../src/components/frontier-layer.ts';
/** Small helpers for component tests in a real browser. */
import '../../src/define.ts';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import storyText from '../fixtures/story/events.geojson?raw';
import storyFrontierText from '../fixtures/story/frontier.geojson?raw';

export async function mountMap(
  attributes: Record<string, string> = {},
  children: Node[] = [],
  size = { width: 900, height: 600 },
): Promise<FrontierMapElement> {
  const element = document.createElement('frontier-map');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = `${size.width}px`;
  element.style.height = `${size.height}px`;
  element.append(...children);
  document.body.append(element);
  await element.whenIdle();
  return element;
}

export const shadow = (element: Element) => element.shadowRoot!;

export function markersOf(element: Element, layer?: string): HTMLElement[] {
  const selector = layer ? `.frontier-marker.layer-${layer}` : '.frontier-marker';
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

export function cleanup(): void {
  for (const element of document.querySelectorAll('frontier-map, frontier-event-list')) element.remove();
}

/** A `<frontier-layer>` with a name and attributes, and no data yet. */
export function layerElement(name: string, attributes: Record<string, string> = {}): FrontierLayerElement {
  const layer = document.createElement('frontier-layer');
  layer.setAttribute('name', name);
  for (const [key, value] of Object.entries(attributes)) layer.setAttribute(key, value);
  return layer;
}

/** A `<frontier-layer>` with inline data, built with DOM calls (data may contain `</script>`). */
export function inlineLayer(
  name: string,
  data: unknown,
  attributes: Record<string, string> = {},
): HTMLElement {
  const layer = layerElement(name, attributes);
  const script = document.createElement('script');
  script.type = 'application/geo+json';
  script.textContent = JSON.stringify(data);
  layer.append(script);
  return layer;
}

/**
 * The test story (tests/fixtures/story): a handful of made-up events, sites and a made-up frontier
 * line, with known ids (`t-strike-1` …) and dates (March 2040), so that no test changes when the
 * shipped story does. Fresh objects on every call.
 */
export const storyData = (): GeoJSON.FeatureCollection => JSON.parse(storyText);
export const storyFrontierData = (): GeoJSON.FeatureCollection => JSON.parse(storyFrontierText);

/** `<frontier-layer name="Test story">` with the story's events and sites inline. */
export const storyLayer = (attributes: Record<string, string> = {}) =>
  inlineLayer('Test story', storyData(), attributes);

/** `<frontier-layer name="Test frontier" frontier>` with the story's line. */
export const storyFrontierLayer = () => inlineLayer('Test frontier', storyFrontierData(), { frontier: '' });

/** A map of the test story only: `no-default-data`, its events and its own frontier line. */
export function mountStory(
  attributes: Record<string, string> = {},
  size?: { width: number; height: number },
  extra: Node[] = [],
): Promise<FrontierMapElement> {
  return mountMap(
    { 'no-default-data': '', ...attributes },
    [storyLayer(), storyFrontierLayer(), ...extra],
    size,
  );
}

/** A story feature's `[lon, lat]`. */
export function storyPoint(id: string): [number, number] {
  const feature = storyData().features.find((f) => f.properties?.id === id);
  if (feature?.geometry?.type !== 'Point') throw new Error(`no point ${id} in the test story`);
  return feature.geometry.coordinates as [number, number];
}
