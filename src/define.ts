/**
 * Registers every element once. Safe to load twice (two bundles on one page, a hot reload):
 * a tag that is already defined is left as it is.
 */
import { FrontierEventListElement } from './components/event-list/frontier-event-list.ts';
import { FrontierLayerElement } from './components/frontier-layer.ts';
import { FrontierTimelineElement } from './components/timeline/frontier-timeline.ts';
import { FrontierMapElement } from './frontier-map.ts';

const ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['frontier-layer', FrontierLayerElement],
  ['frontier-map', FrontierMapElement],
  ['frontier-event-list', FrontierEventListElement],
  ['frontier-timeline', FrontierTimelineElement],
];

export function defineFrontierElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, elementClass] of ELEMENTS) {
    if (!registry.get(tag)) registry.define(tag, elementClass);
  }
}

defineFrontierElements();

declare global {
  interface HTMLElementTagNameMap {
    'frontier-map': FrontierMapElement;
    'frontier-layer': FrontierLayerElement;
    'frontier-event-list': FrontierEventListElement;
    'frontier-timeline': FrontierTimelineElement;
  }
}
