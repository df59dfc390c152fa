/**
 * What a timeline draws from its features, kept while they and the layers stay the same: a window
 * change (a drag, playback) then costs a binary search, not passes over every feature.
 */
import {
  type FeatureLayerName,
  type FrontierFeature,
  LAYER_NAMES,
  type LayerName,
} from '../../data/schema.ts';
import { TimeIndex } from '../../data/time-index.ts';
import { groupMarkers, type MarkerGroup } from './timeline-chart.ts';

/** Bars stack in legend order. */
const LAYER_ORDER = LAYER_NAMES.filter(
  (name): name is FeatureLayerName => name !== 'frontier' && name !== 'buffers',
);

export interface ChartData {
  features: readonly FrontierFeature[];
  layers: readonly LayerName[];
  bins: ReturnType<TimeIndex['bins']>;
  markers: MarkerGroup[];
}

export class TimelineData {
  private current: ChartData | null = null;

  /** Whether `features` have been charted already (a new large list is charted a task later). */
  has(features: readonly FrontierFeature[]): boolean {
    return this.current?.features === features;
  }

  /** Day bins for the layers, and the ceasefires and talks, of these features. */
  of(features: readonly FrontierFeature[], layers: readonly LayerName[]): ChartData {
    const current = this.current;
    if (current?.features === features && current.layers.join() === layers.join()) return current;
    this.current = {
      features,
      layers,
      bins: TimeIndex.of(features).bins(layers, LAYER_ORDER),
      markers: current?.features === features ? current.markers : groupMarkers(features),
    };
    return this.current;
  }
}
