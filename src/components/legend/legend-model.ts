/**
 * What the legend says, as plain data: a row per layer present (label, count in the time window,
 * whether it is on) and the notes on the frontier's length. The legend's template renders it, and
 * `snapshot()` paints the same model, so an image says what the element says.
 */
import type { MapState } from '../../data/map-state.ts';
import { LAYER_NAMES, type LayerName } from '../../data/schema.ts';
import type { LocalText, Translator } from '../../i18n/translate.ts';
import type { FrontierLengthFacts, PressFigure } from '../../sources/frontier-analysis.ts';

export interface LegendRow {
  layer: LayerName;
  /** The label with its language (English stands in, marked, where a translation is missing). */
  label: LocalText;
  /** Features in the time window; absent for the frontier and the bands. */
  count?: number;
  /** The count in the map's digits. */
  countText?: string;
  on: boolean;
}

export interface LegendModel {
  rows: LegendRow[];
  /** e.g. "2,656 km as drawn …", "The press cites …" */
  notes: string[];
  /** "Legend", in the map's language. */
  title: string;
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
  frontierFacts?: FrontierLengthFacts | undefined;
  pressFigures?: readonly PressFigure[] | undefined;
}

const labelOf = (i18n: Translator, layer: LayerName, frontierLabel?: string): LocalText =>
  layer === 'frontier' && frontierLabel
    ? { text: frontierLabel, lang: i18n.lang, htmlLang: i18n.htmlLang, dir: i18n.dir, fallback: false }
    : i18n.local(`layer.${layer}`);

/** The notes under the rows: the frontier's length as drawn, and the press's figures. */
function notesOf(i18n: Translator, facts: LegendFacts): string[] {
  const notes: string[] = [];
  const length = facts.frontierFacts;
  if (length?.kind === 'default') {
    const { lengthKm, vertices, toleranceDeg, fullLengthKm } = length;
    notes.push(i18n.t('legend.frontierNote', lengthKm, vertices, toleranceDeg, fullLengthKm));
  } else if (length?.kind === 'own')
    notes.push(i18n.t('legend.ownFrontierNote', length.lengthKm, length.name));
  const cited = (facts.pressFigures ?? []).map(({ km, outlets }) =>
    i18n.t('legend.pressFigure', km, outlets),
  );
  if (cited.length) notes.push(i18n.t('legend.pressNote', cited));
  return notes;
}

/** The legend for a map state. A layer keeps its row (and its switch) when the window holds none. */
export function legendModel(state: MapState, facts: LegendFacts, i18n: Translator): LegendModel {
  const rows: LegendRow[] = [];
  for (const layer of LAYER_NAMES) {
    const on = state.layerSet.has(layer);
    const label = labelOf(i18n, layer, facts.frontierLabel);
    if (layer === 'frontier') {
      // The Durand Line once loaded, or a line of the page's own (then the only frontier there is).
      if (facts.geographyLoaded || facts.frontierLabel) rows.push({ layer, label, on });
    } else if (layer === 'buffers') {
      if (facts.frontierLoaded) rows.push({ layer, label, on });
    } else if (state.present.has(layer)) {
      const count = state.counts.get(layer) ?? 0;
      rows.push({ layer, label, on, count, countText: i18n.format.number(count) });
    }
  }
  const uncertain = state.shown.some(
    ({ properties: p }) => p.precision !== 'exact' && (p.uncertaintyKm ?? 0) > 0,
  );
  const notes = notesOf(i18n, facts);
  const title = i18n.t('legend.title');
  return { rows, notes, title, ...(uncertain ? { uncertainty: i18n.t('legend.uncertainty') } : {}) };
}

/** The `layers` attribute after a legend switch turns `layer` on or off (in the usual layer order). */
export function toggledLayers(shown: readonly LayerName[], layer: LayerName, on: boolean): string {
  const next = new Set(shown);
  if (on) next.add(layer);
  else next.delete(layer);
  return LAYER_NAMES.filter((name) => next.has(name)).join(',');
}
