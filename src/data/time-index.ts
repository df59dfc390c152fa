/**
 * Filtering many features by time window and layer without touching a string per feature: dates
 * become day numbers in typed arrays, sorted once by start, so that a window change is a binary search
 * plus one pass over the candidates. Answers exactly as `visibleFeatures` and `countByLayer` do.
 * Pure (no DOM), so it runs in Node tests and in workers.
 */

import type { TimeWindow } from './filter.ts';
import {
  type FeatureLayerName,
  type FrontierFeature,
  LAYER_NAMES,
  LAYER_OF_KIND,
  type LayerName,
} from './schema.ts';
import { isIsoDate } from './view-state.ts';

/** The feature layers in legend order; a feature's layer is stored as its index in this list. */
export const FEATURE_LAYERS = LAYER_NAMES.filter(
  (name): name is FeatureLayerName => name !== 'frontier' && name !== 'buffers',
);

const LAYER_INDEX = new Map<string, number>(FEATURE_LAYERS.map((name, index) => [name, index]));

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/**
 * Days since 1970-01-01 of a `yyyy-mm-dd` date (days-from-civil, after Howard Hinnant: no Date object
 * and no substrings, so 100,000 dates take a millisecond or two).
 */
export function dayNumber(iso: string): number {
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Index of the first element of the ascending `values[0..length)` that is ≥ `target`. */
function lowerBound(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The time and layer of every feature of one feature list, indexed for window queries.
 *
 * @example
 * const index = new TimeIndex(features);
 * const shown = index.filter({ from: '2026-01-01' }, ['strikes', 'attacks']); // 1 = shown, by feature
 */
export class TimeIndex {
  /** Number of features indexed. */
  readonly size: number;
  /** Layer of each feature, as an index into `FEATURE_LAYERS`. */
  readonly layer: Uint8Array;
  private readonly end: Int32Array;
  /** Dated features by start day, and those start days. */
  private readonly byStart: Uint32Array;
  private readonly sortedStart: Int32Array;
  private readonly undated: Uint32Array;
  private readonly longestSpan: number;

  constructor(private readonly features: readonly FrontierFeature[]) {
    const size = features.length;
    this.size = size;
    this.layer = new Uint8Array(size);
    const start = new Int32Array(size);
    this.end = new Int32Array(size);
    const undated: number[] = [];
    let datedCount = 0;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let longestSpan = 0;
    for (let i = 0; i < size; i++) {
      const { kind, date, dateEnd } = features[i]!.properties;
      this.layer[i] = LAYER_INDEX.get(LAYER_OF_KIND[kind])!;
      if (!date) {
        undated.push(i);
        continue;
      }
      start[i] = dayNumber(date);
      this.end[i] = dateEnd ? dayNumber(dateEnd) : start[i]!;
      longestSpan = Math.max(longestSpan, this.end[i]! - start[i]!);
      first = Math.min(first, start[i]!);
      last = Math.max(last, start[i]!);
      datedCount++;
    }
    const days = datedCount ? last - first + 1 : 0;
    this.byStart = new Uint32Array(datedCount);
    if (days > 4 * datedCount + 10_000) {
      // Dates centuries apart: a comparison sort, not a count per day.
      let k = 0;
      for (let i = 0; i < size; i++) if (features[i]!.properties.date) this.byStart[k++] = i;
      this.byStart.sort((a, b) => start[a]! - start[b]! || a - b);
    } else {
      // Counting sort by start day: event data spans months, and it keeps input order.
      const offsets = new Uint32Array(days + 1);
      for (let i = 0; i < size; i++) if (features[i]!.properties.date) offsets[start[i]! - first + 1]!++;
      for (let d = 1; d <= days; d++) offsets[d]! += offsets[d - 1]!;
      for (let i = 0; i < size; i++) {
        if (features[i]!.properties.date) this.byStart[offsets[start[i]! - first]!++] = i;
      }
    }
    this.sortedStart = new Int32Array(datedCount);
    for (let k = 0; k < datedCount; k++) this.sortedStart[k] = start[this.byStart[k]!]!;
    this.undated = Uint32Array.from(undated);
    this.longestSpan = longestSpan;
  }

  /**
   * Which features show for these layers and this window: 1 at a feature's index when it shows.
   * An event shows when its span overlaps the window; undated sites always show. Pass `out` (of
   * `size`) to reuse an array.
   */
  filter(
    window: TimeWindow,
    layers: Iterable<LayerName>,
    out: Uint8Array = new Uint8Array(this.size),
  ): Uint8Array {
    const on = new Uint8Array(FEATURE_LAYERS.length);
    for (const name of layers) {
      const index = LAYER_INDEX.get(name);
      if (index !== undefined) on[index] = 1;
    }
    out.fill(0);
    this.visit(window, (i) => {
      if (on[this.layer[i]!]) out[i] = 1;
    });
    return out;
  }

  /** Features per layer inside the window, whether the layer is shown or not (legend counts). */
  countByLayer(window: TimeWindow): Map<FeatureLayerName, number> {
    const counts = new Uint32Array(FEATURE_LAYERS.length);
    this.visit(window, (i) => {
      counts[this.layer[i]!]!++;
    });
    const result = new Map<FeatureLayerName, number>();
    // Only layers with a feature in the window get an entry, as countByLayer in filter.ts does.
    FEATURE_LAYERS.forEach((name, index) => {
      if (counts[index]) result.set(name, counts[index]!);
    });
    return result;
  }

  /** Calls `each` with the index of every feature inside the window (layers aside). */
  private visit(window: TimeWindow, each: (index: number) => void): void {
    for (const i of this.undated) each(i);
    const { from, to } = window;
    if ((from && !isIsoDate(from)) || (to && !isIsoDate(to))) {
      // Not a full date: compare as text, exactly as inTimeWindow does.
      for (const i of this.byStart) {
        const { date, dateEnd } = this.features[i]!.properties;
        if ((!from || (dateEnd ?? date)! >= from) && (!to || date! <= to)) each(i);
      }
      return;
    }
    const fromDay = from ? dayNumber(from) : Number.NEGATIVE_INFINITY;
    const toDay = to ? dayNumber(to) : Number.POSITIVE_INFINITY;
    // Starts before from − longest span cannot reach the window; starts after `to` begin too late.
    const first = from ? lowerBound(this.sortedStart, fromDay - this.longestSpan) : 0;
    const last = to ? lowerBound(this.sortedStart, toDay + 1) : this.byStart.length;
    for (let k = first; k < last; k++) {
      const i = this.byStart[k]!;
      if (this.end[i]! >= fromDay) each(i);
    }
  }
}
