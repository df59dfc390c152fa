/** Map controls built from DOM nodes with text content (Leaflet's own string options are HTML sinks). */
import * as L from 'leaflet';
import type { Translator } from '../i18n/translate.ts';

export interface StoryControlActions {
  onFitFrontier: () => void;
  onFitStory: () => void;
  onToggleFullscreen?: () => void;
}

/** Control icons as SVG paths (24×24): glyphs such as ⛶ are missing from many system fonts. */
export const CONTROL_ICONS = {
  // A winding border line between two end marks.
  fitFrontier:
    'M3 18.5 8 13l3 3 4.5-6.5L18 12l3-6.5 1.8.9-4 8.4-2.7-2.3-4.4 6.3-3-3-3.9 4.3zM2 20h4v2H2zM18 2h4v2h-4z',
  fitStory:
    'M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20zm0 2a8 8 0 1 0 0 16a8 8 0 1 0 0-16zm0 5a3 3 0 1 1 0 6a3 3 0 1 1 0-6z',
  fullscreen: 'M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z',
  zoomIn: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  zoomOut: 'M5 11h14v2H5z',
  measure:
    'M2 16.5 16.5 2 22 7.5 7.5 22zm3 0 2.5 2.5 1.4-1.4-1.2-1.2 1.4-1.4 1.2 1.2 1.4-1.4-2.1-2.1 1.4-1.4 2.1 2.1 1.4-1.4-1.2-1.2 1.4-1.4 1.2 1.2 1.4-1.4-2.1-2.1 1.4-1.4 2.1 2.1 1.4-1.4L16.5 5z',
} as const;

export function controlIcon(path: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  shape.setAttribute('d', path);
  shape.setAttribute('fill', 'currentColor');
  svg.append(shape);
  return svg;
}

function button(
  parent: HTMLElement,
  icon: string,
  label: string,
  action: (event: MouseEvent) => void,
): HTMLButtonElement {
  const element = L.DomUtil.create('button', 'frontier-control-button', parent) as HTMLButtonElement;
  element.type = 'button';
  element.append(controlIcon(icon));
  element.title = label;
  element.setAttribute('aria-label', label);
  L.DomEvent.on(element, 'click', (event) => {
    L.DomEvent.stop(event);
    action(event as MouseEvent);
  });
  return element;
}

/** Two view buttons under the zoom control: the whole frontier, and the whole story with the venues. */
export function createStoryControl(
  actions: StoryControlActions,
  i18n: Translator,
  position: L.ControlPosition,
): L.Control {
  const StoryControl = L.Control.extend({
    onAdd() {
      const container = L.DomUtil.create('div', 'leaflet-bar frontier-story-control');
      button(container, CONTROL_ICONS.fitFrontier, i18n.t('control.fitFrontier'), actions.onFitFrontier);
      button(container, CONTROL_ICONS.fitStory, i18n.t('control.fitStory'), actions.onFitStory);
      if (actions.onToggleFullscreen) {
        button(container, CONTROL_ICONS.fullscreen, i18n.t('control.fullscreen'), actions.onToggleFullscreen);
      }
      L.DomEvent.disableClickPropagation(container);
      return container;
    },
  });
  return new StoryControl({ position });
}

/**
 * The scale and the attribution in the bottom corners, and where the top controls go: right to left,
 * the controls change sides with the rest of the layout (the scale bar to the right, zoom and view
 * buttons to the top right).
 */
export function placeCornerControls(
  map: L.Map,
  attribution: L.Control,
  dir: 'ltr' | 'rtl',
): { start: L.ControlPosition } {
  const rtl = dir === 'rtl';
  attribution.setPosition(rtl ? 'bottomleft' : 'bottomright');
  L.control.scale({ metric: true, imperial: true, position: rtl ? 'bottomright' : 'bottomleft' }).addTo(map);
  return { start: rtl ? 'topright' : 'topleft' };
}

/**
 * Zoom buttons (Leaflet's classes, our buttons: real `<button>`s with icons, as the others) and the
 * view buttons under them, named in the map's language. Shift zooms three steps, as in Leaflet; a
 * button at the end of the zoom range says so (`aria-disabled`) and does nothing.
 */
export function addViewControls(
  map: L.Map,
  i18n: Translator,
  position: L.ControlPosition,
  actions: StoryControlActions,
): void {
  const ZoomControl = L.Control.extend({
    onAdd() {
      const container = L.DomUtil.create('div', 'leaflet-control-zoom leaflet-bar');
      const zoomer = (icon: string, label: string, sign: 1 | -1) => {
        const element = button(container, icon, label, (event) => {
          if (element.getAttribute('aria-disabled') === 'true') return;
          const delta = (map.options.zoomDelta ?? 1) * (event.shiftKey ? 3 : 1);
          map.setZoom(map.getZoom() + sign * delta);
        });
        element.classList.add(`leaflet-control-zoom-${sign > 0 ? 'in' : 'out'}`);
        return element;
      };
      const zoomIn = zoomer(CONTROL_ICONS.zoomIn, i18n.t('control.zoomIn'), 1);
      const zoomOut = zoomer(CONTROL_ICONS.zoomOut, i18n.t('control.zoomOut'), -1);
      const update = () => {
        const zoom = map.getZoom();
        for (const [element, end] of [
          [zoomIn, zoom >= map.getMaxZoom()],
          [zoomOut, zoom <= map.getMinZoom()],
        ] as const) {
          element.setAttribute('aria-disabled', String(end));
          element.classList.toggle('leaflet-disabled', end);
        }
      };
      map.on('zoomend zoomlevelschange', update);
      update();
      L.DomEvent.disableClickPropagation(container);
      return container;
    },
  });
  new ZoomControl({ position }).addTo(map);
  createStoryControl(actions, i18n, position).addTo(map);
}

/** The cooperative-gesture hints in the map's language. */
export const gestureWords = ({ t }: Translator) => ({
  ctrlZoom: t('gesture.ctrlZoom'),
  cmdZoom: t('gesture.cmdZoom'),
  twoFingers: t('gesture.twoFingers'),
});
