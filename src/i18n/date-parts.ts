/**
 * What the dates of every language share: ISO parsing, UTC days, a formatter's day, month and year
 * parts, compact spans, and the `DateFormat` each language gives (see `dates.ts`).
 */
import type { Lang } from './languages.ts';

/** Units of timeline ticks: "9 Oct", "Oct 2025", "2026" and their equivalents. */
export type TickUnit = 'day' | 'month' | 'year';

/** A date's parts as text in one calendar; `month` and `year` double as keys for compacting spans. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Dates of one language. Build once per language and keep it: it holds its `Intl` formatters. */
export interface DateFormat {
  readonly lang: Lang;
  /** One day (`yyyy-mm-dd`) or month (`yyyy-mm`). */
  date(iso: string): string;
  /** A span of days, compacted ("12–19 Oct 2025"); `''` without a start, as `formatDateSpan` always did. */
  span(date?: string, dateEnd?: string): string;
  /** A day with the month written out, for screen readers ("9 October 2025"). */
  long(iso: string): string;
  /**
   * A timeline tick label for the day `iso`: `day` → "9 Oct", `month` → "Oct" (with the year when
   * `withYear`), `year` → "2026". Dari and Pashto label in the Solar Hijri calendar: place their month
   * ticks on `monthStarts()`, or "Mizan" would sit on 1 October, which is 9 Mizan.
   */
  tick(iso: string, unit: TickUnit, withYear?: boolean): string;
  /**
   * First days of the months between `from` and `to` (inclusive) in the language's own calendar,
   * every `every`-th month counted from the calendar's first month (3: quarters; 12: new years —
   * for Dari and Pashto the Solar Hijri quarters are the seasons, from 1 Hamal, 1 Saratan …).
   */
  monthStarts(from: string, to: string, every?: number): string[];
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `yyyy-mm-dd` or `yyyy-mm` → its numbers; throws on anything else (callers pass validated data). */
export function parseIso(iso: string): { year: number; month: number; day: number | null } {
  const match = ISO.exec(iso);
  if (!match) throw new RangeError(`not an ISO date (yyyy-mm-dd or yyyy-mm): ${JSON.stringify(iso)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: match[3] ? Number(match[3]) : null };
}

/** Midnight UTC of a calendar day; `setUTCFullYear` so years below 100 are not read as 19xx. */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export const isoOf = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** Day, month and year parts only: era, literals and any prefix ICU adds are dropped. */
export function partsOf(
  format: { formatToParts(date: Date): Intl.DateTimeFormatPart[] },
  date: Date,
): DateParts {
  const parts: DateParts = { day: '', month: '', year: '' };
  for (const { type, value } of format.formatToParts(date)) {
    if (type === 'day' || type === 'month' || type === 'year') parts[type] = value;
  }
  return parts;
}

/** "27 Mizan 1404", "27–29 Mizan 1404", "30 Mizan – 2 Aqrab 1404", or across years, in `parts` order. */
export function joinSpan(start: DateParts, end: DateParts | null): string {
  const one = (p: DateParts) => `${p.day} ${p.month} ${p.year}`;
  if (!end || (end.day === start.day && end.month === start.month && end.year === start.year))
    return one(start);
  if (start.year !== end.year) return `${one(start)} – ${one(end)}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
}

export function gregorianMonthStarts(from: string, to: string, every: number): string[] {
  const starts: string[] = [];
  let { year, month } = parseIso(from);
  if (!from.endsWith('-01') && from.length > 7) month += 1;
  for (;;) {
    year += Math.floor((month - 1) / 12);
    month = ((month - 1) % 12) + 1;
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (iso > to) return starts;
    if ((month - 1) % every === 0) starts.push(iso);
    month += 1;
  }
}
