/** Map controls built from DOM nodes with text content (Leaflet's own string options are HTML sinks). */
import * as L from 'leaflet';

export interface StoryControlActions {
  onFitFrontier: () => void;
  onFitStory: () => void;
  onToggleFullscreen?: () => void;
}

function button(parent: HTMLElement, text: string, label: string, action: () => void): HTMLButtonElement {
  const element = L.DomUtil.create('button', 'frontier-control-button', parent) as HTMLButtonElement;
  element.type = 'button';
  element.textContent = text;
  element.title = label;
  element.setAttribute('aria-label', label);
  L.DomEvent.on(element, 'click', (event) => {
    L.DomEvent.stop(event);
    action();
  });
  return element;
}

/** Two view buttons under the zoom control: the whole frontier, and the whole story with the venues. */
export function createStoryControl(actions: StoryControlActions): L.Control {
  const StoryControl = L.Control.extend({
    onAdd() {
      const container = L.DomUtil.create('div', 'leaflet-bar frontier-story-control');
      button(container, '⤢', 'Fit the frontier', actions.onFitFrontier);
      button(container, '◎', 'Show the whole story, with the talk venues', actions.onFitStory);
      if (actions.onToggleFullscreen) button(container, '⛶', 'Full screen', actions.onToggleFullscreen);
      L.DomEvent.disableClickPropagation(container);
      return container;
    },
  });
  return new StoryControl({ position: 'topleft' });
}
