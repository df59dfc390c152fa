/**
 * How each layer looks: colour (overridable with `--frontier-color-<layer>`), label and icon shape.
 * Shapes differ as well as colours, so the map reads in greyscale print and for colour-blind viewers.
 */
import type { FeatureKind, FeatureLayerName } from '../data/schema.ts';

export interface LayerStyle {
  label: string;
  color: string;
  /** SVG path in a 24×24 box, centred on 12,12. */
  shape: string;
}

export const LAYER_STYLE: Readonly<Record<FeatureLayerName, LayerStyle>> = {
  strikes: {
    label: 'Air strikes',
    color: '#c62828',
    // eight-pointed burst
    shape:
      'M12 1l2.6 5.7L20.5 4l-2.3 6L24 12l-5.8 2 2.3 6-5.9-2.7L12 23l-2.6-5.7L3.5 20l2.3-6L0 12l5.8-2-2.3-6 5.9 2.7z',
  },
  attacks: {
    label: 'Ground attacks and clashes',
    color: '#e65100',
    // triangle pointing up
    shape: 'M12 2L23 21H1z',
  },
  militancy: {
    label: 'Militant attacks',
    color: '#6a1b9a',
    // diamond
    shape: 'M12 1l11 11-11 11L1 12z',
  },
  posts: {
    label: 'Military posts attacked',
    color: '#1f3a93',
    // square with battlements
    shape: 'M3 6h4V3h3v3h4V3h3v3h4v15H3z',
  },
  crossings: {
    label: 'Border crossings',
    color: '#2e7d32',
    // gate: rounded square with a bar
    shape: 'M4 3h16a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm1 7.5v3h14v-3z',
  },
  venues: {
    label: 'Talks, ceasefires and venues',
    color: '#00838f',
    // speech bubble
    shape: 'M3 3h18a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-9l-6 5v-5H3a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z',
  },
  statements: {
    label: 'Official statements',
    color: '#546e7a',
    // circle
    shape: 'M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z',
  },
};

/** Legend label of the two drawn layers that hold no features. */
export const FRONTIER_LABEL = 'Durand Line (de facto border)';
export const BUFFERS_LABEL = 'Distance bands along the frontier';

/** Readable names of kinds, for panels and the event list. */
export const KIND_LABEL: Readonly<Record<FeatureKind, string>> = {
  air_strike: 'Air strike',
  ground_attack: 'Ground attack',
  clash: 'Clash',
  militant_attack: 'Militant attack',
  crossing_closure: 'Crossing closure',
  ceasefire: 'Ceasefire',
  talks: 'Talks',
  statement: 'Statement',
  military_post: 'Military post',
  crossing: 'Border crossing',
  venue: 'Talks venue',
  capital: 'Capital',
};

/** The CSS value of a layer's colour, so host pages can theme it with custom properties. */
export const layerColorVar = (layer: FeatureLayerName): string =>
  `var(--frontier-color-${layer}, ${LAYER_STYLE[layer].color})`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An icon element for a layer; built with DOM calls, no markup strings. */
export function createLayerIcon(layer: FeatureLayerName, size = 22, color?: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '-1 -1 26 26');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('frontier-icon', `layer-${layer}`);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', LAYER_STYLE[layer].shape);
  // A style property (not an attribute) so var() resolves; CSSOM writes are allowed under a strict CSP.
  path.style.fill = color ?? layerColorVar(layer);
  svg.append(path);
  return svg;
}
