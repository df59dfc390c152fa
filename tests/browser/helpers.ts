import type { FrontierLayerElement } from '../../src/components/frontier-layer.ts';
/** Small helpers for component tests in a real browser. */
import '../../src/define.ts';
import type { FrontierMapElement } from '../../src/frontier-map.ts';

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
