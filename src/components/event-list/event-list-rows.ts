/**
 * The rows of the event list for large data sets, without work per row per change: events put in
 * date order once per feature list, filtered through a TimeIndex on each change, and the arithmetic
 * of which rows a scrolled viewport needs (only those are in the DOM).
 */
import type { TimeWindow } from '../../data/filter.ts';
import { EVENT_KINDS, type FrontierFeature, type LayerName } from '../../data/schema.ts';
import { dayNumber, TimeIndex } from '../../data/time-index.ts';

// Compares as String.prototype.localeCompare does, without building a collator per call.
const collator = new Intl.Collator();

/**
 * Ids of lowercase ASCII letters, digits and hyphens (`ev-00042`, `e027-doha-ceasefire`): among
 * these, the collator's order is the order of their code units (hyphen, then digits, then letters),
 * which `<` compares some ten times faster.
 */
export const PLAIN_ID = /^[a-z0-9-]*$/;

/** `collator.compare`, answered by `<` when both ids are plain (the same order, tested). */
export function compareIds(a: string, b: string, bothPlain: boolean): number {
  if (bothPlain) return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(a, b);
}

/**
 * The events of one feature list in date order (then by id, as `localeCompare` orders them), with a
 * time index to filter them. Build once per list; `rows()` answers each layer or window change.
 */
export class EventOrder {
  private readonly order: Uint32Array;
  private readonly time: TimeIndex;
  private shown: Uint8Array;

  constructor(private readonly features: readonly FrontierFeature[]) {
    this.time = TimeIndex.of(features);
    this.shown = new Uint8Array(features.length);
    const events: number[] = [];
    const day = new Int32Array(features.length);
    const plain = new Uint8Array(features.length);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    features.forEach(({ id, properties }, index) => {
      if (!properties.date || !EVENT_KINDS.includes(properties.kind)) return;
      day[index] = dayNumber(properties.date);
      first = Math.min(first, day[index]!);
      last = Math.max(last, day[index]!);
      plain[index] = PLAIN_ID.test(id) ? 1 : 0;
      events.push(index);
    });
    const byId = (a: number, b: number) =>
      compareIds(features[a]!.id, features[b]!.id, plain[a] === 1 && plain[b] === 1);
    const days = last - first + 1;
    if (!events.length || days > 4 * events.length + 10_000) {
      // Dates centuries apart: one comparison sort.
      this.order = Uint32Array.from(events.sort((a, b) => day[a]! - day[b]! || byId(a, b)));
    } else {
      // A count per day puts the events in date order; then each day's events are sorted by id.
      const starts = new Uint32Array(days + 1);
      for (const index of events) starts[day[index]! - first + 1]!++;
      for (let d = 1; d <= days; d++) starts[d]! += starts[d - 1]!;
      const order = new Uint32Array(events.length);
      const next = starts.slice(0, days);
      for (const index of events) order[next[day[index]! - first]!++] = index;
      for (let d = 0; d < days; d++) {
        if (starts[d + 1]! - starts[d]! > 1) order.subarray(starts[d], starts[d + 1]).sort(byId);
      }
      this.order = order;
    }
  }

  /** The events of these layers inside the window, in date order. */
  rows(window: TimeWindow, layers: readonly LayerName[]): FrontierFeature[] {
    this.shown = this.time.filter(window, layers, this.shown);
    const rows: FrontierFeature[] = [];
    for (const index of this.order) if (this.shown[index]) rows.push(this.features[index]!);
    return rows;
  }
}

export interface Viewport {
  /** Scroll offset of the scrolling element. */
  scrollTop: number;
  /** Visible height of the scrolling element. */
  height: number;
  /** Offset of the first row from the top of the scrolled content (caption and header above it). */
  rowsTop: number;
  rowHeight: number;
  count: number;
  /** Rows rendered beyond each edge, so fast scrolling and Tab find rows already there. */
  overscan: number;
}

/** Rows `[first, last)` to render for a viewport. */
export function rowWindow({ scrollTop, height, rowsTop, rowHeight, count, overscan }: Viewport) {
  const top = Math.floor((scrollTop - rowsTop) / rowHeight);
  const first = Math.max(0, Math.min(count, top - overscan));
  const last = Math.max(first, Math.min(count, top + Math.ceil(height / rowHeight) + 1 + overscan));
  return { first, last };
}

/**
 * The scroll offset that brings row `index` into view with the least movement (as `scrollIntoView`
 * with `block: 'nearest'`), or null when it is in view already. `header` is the height of the sticky
 * header that covers the top of the viewport.
 */
export function scrollToRow(index: number, viewport: Viewport, header: number): number | null {
  const top = viewport.rowsTop + index * viewport.rowHeight;
  const bottom = top + viewport.rowHeight;
  if (top < viewport.scrollTop + header) return Math.max(0, top - header);
  if (bottom > viewport.scrollTop + viewport.height) return bottom - viewport.height;
  return null;
}
