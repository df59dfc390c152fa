/**
 * The rows of the event list for large data sets, without work per row per change: events put in
 * date order once per feature list, filtered through a TimeIndex on each change, and the arithmetic
 * of which rows a scrolled viewport needs (only those are in the DOM).
 */
import type { TimeWindow } from '../data/filter.ts';
import { EVENT_KINDS, type FrontierFeature, type LayerName } from '../data/schema.ts';
import { dayNumber, TimeIndex } from '../data/time-index.ts';

// Compares as String.prototype.localeCompare does, without building a collator per call.
const collator = new Intl.Collator();

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
    features.forEach(({ properties }, index) => {
      if (!properties.date || !EVENT_KINDS.includes(properties.kind)) return;
      day[index] = dayNumber(properties.date);
      events.push(index);
    });
    this.order = Uint32Array.from(
      events.sort((a, b) => day[a]! - day[b]! || collator.compare(features[a]!.id, features[b]!.id)),
    );
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
