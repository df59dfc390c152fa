/**
 * What a map shows now, in one value: where it looks, which layers are on, the time window, the
 * selected feature, and what follows from them (the features shown, counts per layer, events and
 * sites). One controller owns it and makes a new one when an input changes; every reader — the
 * legend, print, the band table, the event list, exports — reads this one value instead of working
 * it out again. Pure: no DOM, no Leaflet.
 */
import type { TimeWindow } from './filter.ts';
import { DEFAULT_LAYERS, type FeatureLayerName, type FrontierFeature, type LayerName } from './schema.ts';
import { TimeIndex } from './time-index.ts';
import { parseLayerList } from './view-state.ts';

/** Centre `[lng, lat]` and zoom of the map, as the last move left it. */
export interface MapView {
  center: [number, number];
  zoom: number;
}

/** The settings a map state is made from. */
export interface MapStateInputs {
  features: readonly FrontierFeature[];
  /** The `layers` attribute: a comma list, or null for the default layers. */
  layers: string | null;
  from: string | null;
  to: string | null;
  selected: string | null;
}

export interface MapState {
  readonly view: MapView | null;
  readonly features: readonly FrontierFeature[];
  /** The `layers` attribute this state was made from (null: the default layers). */
  readonly layersAttribute: string | null;
  /** The layers shown, in the order of `LAYER_NAMES` as given. */
  readonly layers: readonly LayerName[];
  readonly layerSet: ReadonlySet<LayerName>;
  readonly window: TimeWindow;
  readonly selected: string | null;
  /** Features on a shown layer inside the window (worked out on first read, then kept). */
  readonly shown: readonly FrontierFeature[];
  /** Features per layer inside the window, whether the layer is on or off (legend counts). */
  readonly counts: ReadonlyMap<FeatureLayerName, number>;
  /** Layers that hold any feature at all, whatever the window (a legend row keeps its switch). */
  readonly present: ReadonlySet<FeatureLayerName>;
  /** Dated events among `shown`, and undated sites among them: what the counts in the UI name. */
  readonly shownEvents: number;
  readonly shownSites: number;
}

const windowOf = (from: string | null, to: string | null): TimeWindow => ({
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
});

interface Memo {
  shown?: FrontierFeature[];
  counts?: Map<FeatureLayerName, number>;
  present?: Set<FeatureLayerName>;
  events?: number;
}

/** A state whose derived parts are worked out once, on first read. */
class DerivedMapState implements MapState {
  readonly layerSet: ReadonlySet<LayerName>;
  readonly window: TimeWindow;
  constructor(
    readonly features: readonly FrontierFeature[],
    readonly layersAttribute: string | null,
    readonly layers: readonly LayerName[],
    readonly from: string | null,
    readonly to: string | null,
    readonly selected: string | null,
    readonly view: MapView | null,
    /** What was worked out; shared by states that differ only in view or selection. */
    private readonly memo: Memo = {},
  ) {
    this.layerSet = new Set(layers);
    this.window = windowOf(from, to);
  }

  get shown(): readonly FrontierFeature[] {
    if (!this.memo.shown) {
      const flags = TimeIndex.of(this.features).filter(this.window, this.layers);
      this.memo.shown = this.features.filter((_, index) => flags[index] === 1);
    }
    return this.memo.shown;
  }

  get counts(): ReadonlyMap<FeatureLayerName, number> {
    this.memo.counts ??= TimeIndex.of(this.features).countByLayer(this.window);
    return this.memo.counts;
  }

  get present(): ReadonlySet<FeatureLayerName> {
    this.memo.present ??= new Set(TimeIndex.of(this.features).countByLayer({}).keys());
    return this.memo.present;
  }

  get shownEvents(): number {
    this.memo.events ??= TimeIndex.of(this.features).countEvents(this.window, this.layers);
    return this.memo.events;
  }

  get shownSites(): number {
    return this.shown.length - this.shownEvents;
  }

  /** The same state at another view: the derived parts carry over, as they do not depend on it. */
  at(view: MapView): DerivedMapState {
    const { features, layersAttribute, layers, from, to, selected, memo } = this;
    return new DerivedMapState(features, layersAttribute, layers, from, to, selected, view, memo);
  }

  /** Whether `other` shows the same features (it may differ in view or selection). */
  showsSameAs(
    features: readonly FrontierFeature[],
    layers: readonly LayerName[],
    from: string | null,
    to: string | null,
  ): boolean {
    return this.features === features && this.layers === layers && this.from === from && this.to === to;
  }

  /** The memo, for a state that shows the same features. */
  get derived(): Memo {
    return this.memo;
  }
}

/** The layers a `layers` attribute names (unknown names are dropped); the default ones for null. */
export function layersFromAttribute(value: string | null): LayerName[] {
  return value === null ? [...DEFAULT_LAYERS] : parseLayerList(value).layers;
}

/**
 * The state for these inputs. Pass the previous state: parts that did not change are kept (the
 * same `layers` array while the attribute is unchanged, so elements bound to it do not re-render).
 *
 * @example
 * const state = deriveMapState(null, { features, layers: 'strikes', from: '2025-10-01', to: null, selected: null });
 * state.shown.length; // strikes on or after 1 Oct 2025
 */
export function deriveMapState(previous: MapState | null, inputs: MapStateInputs): MapState {
  const { features, layers, from, to, selected } = inputs;
  const prev = previous instanceof DerivedMapState ? previous : null;
  if (
    prev &&
    prev.features === features &&
    prev.layersAttribute === layers &&
    prev.from === from &&
    prev.to === to &&
    prev.selected === selected
  ) {
    return prev;
  }
  const layerList = prev && prev.layersAttribute === layers ? prev.layers : layersFromAttribute(layers);
  // Selection alone changes nothing that is derived: keep what was worked out.
  const memo = prev?.showsSameAs(features, layerList, from, to) ? prev.derived : {};
  return new DerivedMapState(features, layers, layerList, from, to, selected, prev?.view ?? null, memo);
}

/** What a `frontier-view-change` tells: the view, the layers, the window and the selection. */
export function viewChangeState(state: MapState, view: MapView) {
  const { layers, window, selected } = state;
  return {
    center: view.center,
    zoom: view.zoom,
    layers: [...layers],
    ...(window.from ? { from: window.from } : {}),
    ...(window.to ? { to: window.to } : {}),
    ...(selected ? { event: selected } : {}),
  };
}

/** The state with the map's new view. */
export function withView(state: MapState, view: MapView): MapState {
  return state instanceof DerivedMapState ? state.at(view) : { ...state, view };
}
