/**
 * The arithmetic behind the timeline: days between ISO dates, events binned per day and layer, and
 * axis ticks that stay legible from a few days to several years. Pure: no DOM, tested in Node.
 *
 * Dates are calendar days written `yyyy-mm-dd`; they are handled as UTC midnights so that no time
 * zone or daylight-saving change can move an event to the neighbouring day.
 */
import { isEvent, layerOf } from './filter.ts';
import type { FeatureLayerName, FrontierFeature, LayerName } from './schema.ts';

const DAY_MS = 86_400_000;

/** English month names: the one list every English date of the map is written with. */
export const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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

/** The ISO date of a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The date `days` after `iso` (before, when negative).
 * @example addDays('2025-10-31', 1) // '2025-11-01'
 */
export const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2025-10-09', '2025-10-19') // 10
 */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The later of two ISO dates (`min`/`max` of strings compare correctly for `yyyy-mm-dd`). */
export const laterDate = (a: string, b: string): string => (a > b ? a : b);
export const earlierDate = (a: string, b: string): string => (a < b ? a : b);

/** Keeps `iso` within [min, max]. */
export const clampDate = (iso: string, min: string, max: string): string =>
  laterDate(min, earlierDate(iso, max));

/** "9 October 2025": for screen readers and titles. */
export function formatLongDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS_LONG[month! - 1]} ${year}`;
}

/** "9 Oct 2025", or "9 Oct" when the year goes without saying. */
export function formatShortDate(iso: string, withYear = true): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS_SHORT[month! - 1]}${withYear ? ` ${year}` : ''}`;
}

/** The events of one day, counted per layer. */
export interface DayBin {
  date: string;
  total: number;
  /** Layers in legend order with their counts (only layers with events that day). */
  layers: Array<{ layer: FeatureLayerName; count: number }>;
}

/**
 * Events per day and layer, for the histogram. An event counts once, on its first day (so the bars
 * add up to the number of events, like the legend), and only when its layer is in `layers`.
 * A `multi_site` summary is left out when any of the sector events it stands for is counted too,
 * so a night of fighting on eight fronts is eight events, not nine.
 * Returns only the days that have events, in date order.
 */
export function binByDay(
  features: readonly FrontierFeature[],
  layers: readonly LayerName[],
  layerOrder: readonly FeatureLayerName[],
): DayBin[] {
  const shown = new Set<LayerName>(layers);
  const events = features.filter((feature) => isEvent(feature) && shown.has(layerOf(feature)));
  const ids = new Set(events.map((feature) => feature.id));
  const days = new Map<string, Map<FeatureLayerName, number>>();
  for (const feature of events) {
    const { date, precision, parts } = feature.properties;
    if (precision === 'multi_site' && parts?.some((id) => ids.has(id))) continue;
    const counts = days.get(date!) ?? new Map<FeatureLayerName, number>();
    counts.set(layerOf(feature), (counts.get(layerOf(feature)) ?? 0) + 1);
    days.set(date!, counts);
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, counts]) => {
      const stacked = layerOrder
        .filter((layer) => counts.has(layer))
        .map((layer) => ({
          layer,
          count: counts.get(layer)!,
        }));
      return { date, total: stacked.reduce((sum, { count }) => sum + count, 0), layers: stacked };
    });
}

export interface Tick {
  date: string;
  label: string;
  /** A month (or year) boundary: drawn longer than day and week ticks. */
  major: boolean;
  /** The step the ticks were chosen at: every `every` days, weeks, months or years. */
  unit?: 'day' | 'week' | 'month' | 'year';
  every?: number;
}

/**
 * Tick steps, finest first: days, weeks (Mondays), months, quarters, half years, years. No fortnights:
 * their ticks would fall across month boundaries, and a span of months reads best by month.
 */
const STEPS = [
  { unit: 'day', every: 1, days: 1 },
  { unit: 'day', every: 2, days: 2 },
  { unit: 'week', every: 1, days: 7 },
  { unit: 'month', every: 1, days: 30.4 },
  { unit: 'month', every: 3, days: 91.3 },
  { unit: 'month', every: 6, days: 182.6 },
  { unit: 'year', every: 1, days: 365.25 },
] as const;

/**
 * Axis ticks for [start, end] drawn `widthPx` wide: the finest step whose ticks sit at least
 * `minSpacingPx` apart. Month ticks fall on the 1st and read "Oct", with the year on the first tick
 * and on January; day and week ticks read "9 Oct".
 * @example timeTicks('2025-10-09', '2026-04-07', 800) // Nov 2025, Dec, Jan 2026, Feb, Mar, Apr
 */
export function timeTicks(start: string, end: string, widthPx: number, minSpacingPx = 56): Tick[] {
  const span = Math.max(1, daysBetween(start, end));
  const pxPerDay = widthPx / span;
  const step = STEPS.find((candidate) => candidate.days * pxPerDay >= minSpacingPx) ?? STEPS.at(-1)!;
  const ticks: Tick[] = [];
  const first = dayNumber(start);
  const last = dayNumber(end);
  if (step.unit === 'day' || step.unit === 'week') {
    // Weeks start on Monday (ISO 8601); day steps count from the start.
    const weekday = (new Date(first * DAY_MS).getUTCDay() + 6) % 7;
    let day = step.unit === 'week' ? first + ((7 - weekday) % 7) : first;
    for (; day <= last; day += step.every * (step.unit === 'week' ? 7 : 1)) {
      const iso = isoOfDay(day);
      const { unit, every } = step;
      ticks.push({ date: iso, label: formatShortDate(iso, false), major: iso.endsWith('-01'), unit, every });
    }
    return ticks;
  }
  const months = step.unit === 'year' ? 12 : step.every;
  let [year, month] = start.split('-').map(Number) as [number, number];
  // The first 1st of a month on or after the start, aligned to the step (quarters: Jan, Apr, ...).
  if (!start.endsWith('-01')) month += 1;
  while ((month - 1) % months !== 0) month += 1;
  for (;;) {
    year += Math.floor((month - 1) / 12);
    month = ((month - 1) % 12) + 1;
    const iso = `${year}-${String(month).padStart(2, '0')}-01`;
    if (iso > end) break;
    const withYear = ticks.length === 0 || month === 1;
    const label = months === 12 ? String(year) : `${MONTHS_SHORT[month - 1]}${withYear ? ` ${year}` : ''}`;
    ticks.push({ date: iso, label, major: true, unit: step.unit, every: step.every });
    month += months;
  }
  return ticks;
}

/** A time window with both ends known. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The window moved by `days`, keeping its length, and kept inside `extent`; null when it is already
 * against the end it would move towards (playback stops there).
 */
export function shiftWindow(window: DateRange, days: number, extent: DateRange): DateRange | null {
  const length = daysBetween(window.from, window.to);
  const total = daysBetween(extent.from, extent.to);
  if (length >= total) return null;
  let from = addDays(window.from, days);
  from = clampDate(from, extent.from, addDays(extent.to, -length));
  if (from === window.from) return null;
  return { from, to: addDays(from, length) };
}

/**
 * A linear day scale: day `start` begins at `left`, the day after `end` ends at `left + width`, so
 * every day in [start, end] has the same width and a window [from, to] spans x(from) to x(to + 1).
 */
export interface DayScale {
  start: string;
  end: string;
  pxPerDay: number;
  /** Left edge of a day. */
  x(iso: string): number;
  /** The day under a pixel, clamped to [start, end]. */
  dayAt(px: number): string;
}

export function dayScale(start: string, end: string, left: number, width: number): DayScale {
  const first = dayNumber(start);
  const days = Math.max(1, dayNumber(end) - first + 1);
  const pxPerDay = width / days;
  return {
    start,
    end,
    pxPerDay,
    x: (iso) => left + (dayNumber(iso) - first) * pxPerDay,
    dayAt: (px) => clampDate(isoOfDay(first + Math.floor((px - left) / pxPerDay)), start, end),
  };
}
