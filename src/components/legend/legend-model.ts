/**
 * What the legend says, as plain data: a row per layer present (label, count in the time window,
 * whether it is on) and the notes on the frontier's length. The legend's template renders it, and
 * `snapshot()` paints the same model, so an image says what the element says.
 */
import type { MapState } from '../../data/map-state.ts';
import { LAYER_NAMES, type LayerName } from '../../data/schema.ts';
import { BUFFERS_LABEL, FRONTIER_LABEL, LAYER_STYLE, UNCERTAINTY_LABEL } from '../../map/kind-style.ts';

export interface LegendRow {
  layer: LayerName;
  label: string;
  /** Features in the time window; absent for the frontier and the bands. */
  count?: number;
  on: boolean;
}

export interface LegendModel {
  rows: LegendRow[];
  /** e.g. "2,656 km as drawn …", "The press cites …" */
  notes: string[];
  /** The key of the uncertainty circles, when an event shown has one. */
  uncertainty?: string;
}

export interface LegendFacts {
  /** The default geography (and so the frontier row) has loaded. */
  geographyLoaded: boolean;
  /** A frontier line is there to measure against (and so the bands row). */
  frontierLoaded: boolean;
  /** Name of a user's own frontier line, in place of the Durand Line's label. */
  frontierLabel?: string | undefined;
  frontierNote?: string | undefined;
  pressNote?: string | undefined;
}

const labelOf = (layer: LayerName, frontierLabel?: string): string =>
  layer === 'frontier'
    ? (frontierLabel ?? FRONTIER_LABEL)
    : layer === 'buffers'
      ? BUFFERS_LABEL
      : LAYER_STYLE[layer].label;

/** The legend for a map state. A layer keeps its row (and its switch) when the window holds none. */
export function legendModel(state: MapState, facts: LegendFacts): LegendModel {
  const rows: LegendRow[] = [];
  for (const layer of LAYER_NAMES) {
    const on = state.layerSet.has(layer);
    const label = labelOf(layer, facts.frontierLabel);
    if (layer === 'frontier') {
      // The Durand Line once loaded, or a line of the page's own (then the only frontier there is).
      if (facts.geographyLoaded || facts.frontierLabel) rows.push({ layer, label, on });
    } else if (layer === 'buffers') {
      if (facts.frontierLoaded) rows.push({ layer, label, on });
    } else if (state.present.has(layer)) {
      rows.push({ layer, label, on, count: state.counts.get(layer) ?? 0 });
    }
  }
  const notes = [facts.frontierNote, facts.pressNote].filter((note): note is string => Boolean(note));
  const uncertain = state.shown.some(
    ({ properties: p }) => p.precision !== 'exact' && (p.uncertaintyKm ?? 0) > 0,
  );
  return { rows, notes, ...(uncertain ? { uncertainty: UNCERTAINTY_LABEL } : {}) };
}

/** The `layers` attribute after a legend switch turns `layer` on or off (in the usual layer order). */
export function toggledLayers(shown: readonly LayerName[], layer: LayerName, on: boolean): string {
  const next = new Set(shown);
  if (on) next.add(layer);
  else next.delete(layer);
  return LAYER_NAMES.filter((name) => next.has(name)).join(',');
}
