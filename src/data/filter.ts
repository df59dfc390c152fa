/** Which features show for a set of layers and a time window. Pure, so it runs in Node and workers. */
import {
  EVENT_KINDS,
  type FeatureLayerName,
  type FrontierFeature,
  LAYER_OF_KIND,
  type LayerName,
} from './schema.ts';

export interface TimeWindow {
  from?: string | undefined;
  to?: string | undefined;
}

/** True for dated events; sites (posts, crossings, venues, capitals) are not events. */
export const isEvent = (feature: FrontierFeature): boolean =>
  EVENT_KINDS.includes(feature.properties.kind) && feature.properties.date !== undefined;

/**
 * An event shows when its span [date, dateEnd] overlaps the window; undated sites always show.
 * ISO dates compare correctly as strings.
 */
export function inTimeWindow(feature: FrontierFeature, window: TimeWindow): boolean {
  const { date, dateEnd } = feature.properties;
  if (!date) return true;
  const end = dateEnd ?? date;
  if (window.from && end < window.from) return false;
  if (window.to && date > window.to) return false;
  return true;
}

export const layerOf = (feature: FrontierFeature): FeatureLayerName => LAYER_OF_KIND[feature.properties.kind];

/** The features on visible layers inside the window. */
export function visibleFeatures(
  features: readonly FrontierFeature[],
  layers: readonly LayerName[],
  window: TimeWindow,
): FrontierFeature[] {
  const shown = new Set<LayerName>(layers);
  return features.filter((feature) => shown.has(layerOf(feature)) && inTimeWindow(feature, window));
}

/** Count of features per layer inside the window, whether the layer is on or off (legend counts). */
export function countByLayer(
  features: readonly FrontierFeature[],
  window: TimeWindow,
): Map<FeatureLayerName, number> {
  const counts = new Map<FeatureLayerName, number>();
  for (const feature of features) {
    if (!inTimeWindow(feature, window)) continue;
    const layer = layerOf(feature);
    counts.set(layer, (counts.get(layer) ?? 0) + 1);
  }
  return counts;
}

/** Earliest and latest date among the events (for the time axis). */
export function dateExtent(features: readonly FrontierFeature[]): [string, string] | null {
  let min: string | undefined;
  let max: string | undefined;
  for (const { properties } of features) {
    if (!properties.date) continue;
    const end = properties.dateEnd ?? properties.date;
    if (!min || properties.date < min) min = properties.date;
    if (!max || end > max) max = end;
  }
  return min && max ? [min, max] : null;
}
