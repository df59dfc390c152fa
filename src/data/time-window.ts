/**
 * The rules of a time window that a person moves: handles that never cross, slider keys, dragging
 * the whole window, the zoomed axis and where playback starts. Pure, so it is tested in Node.
 */
import {
  addDays,
  clampDate,
  type DateRange,
  daysBetween,
  earlierDate,
  laterDate,
  shiftWindow,
} from './time-bins.ts';

/** The two ends of the window. */
export type Handle = 'from' | 'to';

/** The window with one end moved to `day`; an end stops at the other end rather than pass it. */
export function withHandleAt(window: DateRange, handle: Handle, day: string): DateRange {
  return handle === 'from'
    ? { from: earlierDate(day, window.to), to: window.to }
    : { from: window.from, to: laterDate(day, window.from) };
}

/**
 * Where a key moves a handle, as for any slider (WAI-ARIA): arrows a day, Page Up/Down a week,
 * Home/End to the end of its range (the start handle's range ends at the end handle). Null for
 * other keys. Kept inside `extent`.
 */
export function keyTarget(key: string, handle: Handle, window: DateRange, extent: DateRange): string | null {
  const value = window[handle];
  const [min, max] = handle === 'from' ? [extent.from, window.to] : [window.from, extent.to];
  const targets: Record<string, string> = {
    ArrowLeft: addDays(value, -1),
    ArrowDown: addDays(value, -1),
    ArrowRight: addDays(value, 1),
    ArrowUp: addDays(value, 1),
    PageDown: addDays(value, -7),
    PageUp: addDays(value, 7),
    Home: min,
    End: max,
  };
  const target = targets[key];
  return target === undefined ? null : clampDate(target, extent.from, extent.to);
}

/** The window `origin` dragged by `days`, keeping its length, inside `extent`. */
export function dragWindow(origin: DateRange, days: number, extent: DateRange): DateRange {
  const length = daysBetween(origin.from, origin.to);
  const from = clampDate(addDays(origin.from, days), extent.from, addDays(extent.to, -length));
  return { from, to: addDays(from, length) };
}

/** The axis range when zoomed to a window: a quarter of its length (at least 3 days) on each side. */
export function zoomAround(window: DateRange, extent: DateRange): DateRange {
  const margin = Math.max(3, Math.round(daysBetween(window.from, window.to) * 0.25));
  return {
    from: laterDate(extent.from, addDays(window.from, -margin)),
    to: earlierDate(extent.to, addDays(window.to, margin)),
  };
}

/**
 * Where playback starts: from the whole period, with the first `days` days; from a window at the
 * end, back at the start with the same length; otherwise where the window is.
 */
export function playStart(window: DateRange, extent: DateRange, days = 7): DateRange {
  if (window.from === extent.from && window.to === extent.to) {
    return { from: extent.from, to: earlierDate(addDays(extent.from, days - 1), extent.to) };
  }
  if (!shiftWindow(window, 1, extent)) {
    return { from: extent.from, to: addDays(extent.from, daysBetween(window.from, window.to)) };
  }
  return window;
}
