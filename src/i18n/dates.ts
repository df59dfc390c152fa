/**
 * Dates in the map's languages. Dari and Pashto show the Solar Hijri date first, with Afghanistan's
 * month names as CLDR gives them for `fa-AF` (Hamal, Sawr … Hut: حمل، ثور …) and `ps-AF` (وری، غویی …),
 * and the Gregorian date beside it; Urdu shows the Gregorian date in Urdu; English as ever
 * ("19 Oct 2025"). Data and permalinks keep ISO dates: this is display only.
 *
 * `Intl` supplies the calendar arithmetic, numerals and month names; the order is ours. ICU differs
 * between Node and browsers and between versions: Node prints `ps-AF` with an "AP" era and the year
 * first ("AP ۱۴۰۴ تله ۲۷"). So each date is taken apart with `formatToParts`, only the day, month
 * and year parts are kept (an era, a "د" or a comma never reach the screen), and they are put
 * together day–month–year in every language.
 *
 * Chromium ships no Pashto locale data at all: `ps-AF` becomes English there ("October 19, 2025").
 * Pashto therefore takes the Solar Hijri day, month and year as numbers from `fa-AF` (which every
 * runtime has) and its month names from CLDR's Pashto, kept below; Node and Chromium then agree.
 *
 * @example
 * formatDate('2025-10-19', 'prs'); // '۲۷ میزان ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)'
 * formatDateSpan('2025-10-12', '2025-10-19', 'en'); // '12–19 Oct 2025'
 */
import { MONTHS_LONG, MONTHS_SHORT } from '../data/time-bins.ts';
import { supportedLocale } from './format.ts';
import { INTL_LOCALE, type Lang } from './languages.ts';

/** Units of timeline ticks: "9 Oct", "Oct 2025", "2026" and their equivalents. */
export type TickUnit = 'day' | 'month' | 'year';

/** A date's parts as text in one calendar; `month` and `year` double as keys for compacting spans. */
interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** CLDR's Pashto month names (`ps-AF`): Solar Hijri (وری = Hamal … کب = Hut), then Gregorian. */
const PASHTO_SOLAR_MONTHS = [
  'وری',
  'غویی',
  'غبرگولی',
  'چنگاښ',
  'زمری',
  'وږی',
  'تله',
  'لړم',
  'لیندۍ',
  'مرغومی',
  'سلواغه',
  'کب',
];
const PASHTO_MONTHS = [
  'جنوري',
  'فېبروري',
  'مارچ',
  'اپریل',
  'مۍ',
  'جون',
  'جولای',
  'اګست',
  'سپتمبر',
  'اکتوبر',
  'نومبر',
  'دسمبر',
];

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `yyyy-mm-dd` or `yyyy-mm` → its numbers; throws on anything else (callers pass validated data). */
function parseIso(iso: string): { year: number; month: number; day: number | null } {
  const match = ISO.exec(iso);
  if (!match) throw new RangeError(`not an ISO date (yyyy-mm-dd or yyyy-mm): ${JSON.stringify(iso)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: match[3] ? Number(match[3]) : null };
}

/** Midnight UTC of a calendar day; `setUTCFullYear` so years below 100 are not read as 19xx. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** Day, month and year parts only: era, literals and any prefix ICU adds are dropped. */
function partsOf(format: { formatToParts(date: Date): Intl.DateTimeFormatPart[] }, date: Date): DateParts {
  const parts: DateParts = { day: '', month: '', year: '' };
  for (const { type, value } of format.formatToParts(date)) {
    if (type === 'day' || type === 'month' || type === 'year') parts[type] = value;
  }
  return parts;
}

/** "27 Mizan 1404", "27–29 Mizan 1404", "30 Mizan – 2 Aqrab 1404", or across years, in `parts` order. */
function joinSpan(start: DateParts, end: DateParts | null): string {
  const one = (p: DateParts) => `${p.day} ${p.month} ${p.year}`;
  if (!end || (end.day === start.day && end.month === start.month && end.year === start.year))
    return one(start);
  if (start.year !== end.year) return `${one(start)} – ${one(end)}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
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

/** English: fixed month abbreviations, the output this project has always shown (no "Sept"). */
function englishDates(): DateFormat {
  const parts = (iso: string): DateParts => {
    const { year, month, day } = parseIso(iso);
    return { day: day === null ? '' : String(day), month: MONTHS_SHORT[month - 1]!, year: String(year) };
  };
  return {
    lang: 'en',
    date: (iso) => {
      const p = parts(iso);
      return p.day ? `${p.day} ${p.month} ${p.year}` : `${p.month} ${p.year}`;
    },
    span: (date, dateEnd) => (date ? joinSpan(parts(date), dateEnd ? parts(dateEnd) : null) : ''),
    long: (iso) => {
      const { year, month, day } = parseIso(iso);
      return `${day ?? ''} ${MONTHS_LONG[month - 1]} ${year}`.trim();
    },
    tick: (iso, unit, withYear = false) => {
      const p = parts(iso);
      if (unit === 'year') return p.year;
      const label = unit === 'day' ? `${p.day} ${p.month}` : p.month;
      return withYear ? `${label} ${p.year}` : label;
    },
    monthStarts: (from, to, every = 1) => gregorianMonthStarts(from, to, every),
  };
}

function gregorianMonthStarts(from: string, to: string, every: number): string[] {
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

/**
 * Pashto, Dari and Urdu through `Intl`. Dari and Pashto: Solar Hijri first, the Gregorian date in
 * parentheses beside it unless `gregorianBeside` is false (narrow places: ticks, a table column).
 */
function intlDates(lang: Exclude<Lang, 'en'>, gregorianBeside: boolean): DateFormat {
  const options = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' } as const;
  // Latin digits, for arithmetic on the Solar Hijri date (month starts, Pashto).
  const solarNumbers = new Intl.DateTimeFormat('fa-AF-u-ca-persian-nu-latn', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  let gregorian: { formatToParts(date: Date): Intl.DateTimeFormatPart[] };
  let solar: typeof gregorian | null;
  if (lang === 'ps') {
    // Same digits and separators as CLDR's Pashto; see the note at the top on Chromium.
    const digits = new Intl.NumberFormat(supportedLocale('ps', 'number'), { useGrouping: false });
    const parts = (day: number, month: string, year: number): Intl.DateTimeFormatPart[] => [
      { type: 'day', value: digits.format(day) },
      { type: 'month', value: month },
      { type: 'year', value: digits.format(year) },
    ];
    gregorian = {
      formatToParts: (date) =>
        parts(date.getUTCDate(), PASHTO_MONTHS[date.getUTCMonth()]!, date.getUTCFullYear()),
    };
    solar = {
      formatToParts: (date) => {
        const n = partsOf(solarNumbers, date);
        return parts(Number(n.day), PASHTO_SOLAR_MONTHS[Number(n.month) - 1]!, Number(n.year));
      },
    };
  } else {
    const locale = INTL_LOCALE[lang];
    gregorian = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, options);
    solar = lang === 'ur' ? null : new Intl.DateTimeFormat(`${locale}-u-ca-persian`, options);
  }
  const primary = solar ?? gregorian;
  const dayOf = (iso: string) => {
    const { year, month, day } = parseIso(iso);
    return utcDate(year, month, day ?? 1);
  };
  const both = (first: string, second: string) => (solar && gregorianBeside ? `${first} (${second})` : first);
  const solarDayMonth = (date: Date) => {
    const numbers = partsOf(solarNumbers, date);
    return { day: Number(numbers.day), month: Number(numbers.month) };
  };
  const nextMonthStart = (start: Date) => {
    // Months have 29–31 days: 32 days on is always early in the next month.
    const later = addDays(start, 32);
    return addDays(later, 1 - solarDayMonth(later).day);
  };
  return {
    lang,
    date: (iso) => {
      const { day } = parseIso(iso);
      const g = partsOf(gregorian, dayOf(iso));
      // A Gregorian month is not one Solar Hijri month: a month alone stays Gregorian.
      if (day === null) return `${g.month} ${g.year}`;
      const gText = `${g.day} ${g.month} ${g.year}`;
      if (!solar) return gText;
      const s = partsOf(solar, dayOf(iso));
      return both(`${s.day} ${s.month} ${s.year}`, gText);
    },
    span: (date, dateEnd) => {
      if (!date) return '';
      const end = dateEnd ? dayOf(dateEnd) : null;
      const g = joinSpan(partsOf(gregorian, dayOf(date)), end ? partsOf(gregorian, end) : null);
      if (!solar) return g;
      return both(joinSpan(partsOf(solar, dayOf(date)), end ? partsOf(solar, end) : null), g);
    },
    long: (iso) => {
      const g = partsOf(gregorian, dayOf(iso));
      const gText = `${g.day} ${g.month} ${g.year}`;
      if (!solar) return gText;
      const s = partsOf(solar, dayOf(iso));
      return `${s.day} ${s.month} ${s.year} (${gText})`;
    },
    tick: (iso, unit, withYear = false) => {
      const p = partsOf(primary, dayOf(iso));
      if (unit === 'year') return p.year;
      const label = unit === 'day' ? `${p.day} ${p.month}` : p.month;
      return withYear ? `${label} ${p.year}` : label;
    },
    monthStarts: (from, to, every = 1) => {
      if (!solar) return gregorianMonthStarts(from, to, every);
      const starts: string[] = [];
      const first = dayOf(from);
      let start = addDays(first, 1 - solarDayMonth(first).day);
      if (start < first) start = nextMonthStart(start);
      while (isoOf(start) <= to) {
        if ((solarDayMonth(start).month - 1) % every === 0) starts.push(isoOf(start));
        start = nextMonthStart(start);
      }
      return starts;
    },
  };
}

/** The dates of `lang`. Keep the result: it holds `Intl` formatters, which are slow to build. */
export function createDateFormat(lang: Lang, options: { gregorianBeside?: boolean } = {}): DateFormat {
  const format = lang === 'en' ? englishDates() : intlDates(lang, options.gregorianBeside ?? true);
  const years = new Intl.NumberFormat(supportedLocale(lang, 'number'), { useGrouping: false });
  const { span } = format;
  // A source dated by month or year only (`2025-12`, `2026`) is a span of that month or year.
  format.span = (date, dateEnd) => {
    if (!date || dateEnd || date.length >= 10) return span(date, dateEnd);
    return date.length === 7 ? format.date(date) : years.format(Number(date));
  };
  return format;
}

/**
 * One day or month in `lang`. Convenience for one-off use; in a render loop keep a `DateFormat`.
 * @example formatDate('2026-04-08', 'ps') // '۱۹ وری ۱۴۰۵ (۸ اپریل ۲۰۲۶)'
 */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  return createDateFormat(lang).date(iso);
}

/**
 * A span of days in `lang`; in English the map's usual form ("9 Oct 2025", "11–12 Oct 2025", "30 Oct – 2 Nov 2025", "30 Dec 2025 – 2 Jan 2026").
 * @example formatDateSpan('2025-10-12', '2025-10-19', 'ur') // '12–19 اکتوبر 2025'
 */
export function formatDateSpan(date?: string, dateEnd?: string, lang: Lang = 'en'): string {
  return createDateFormat(lang).span(date, dateEnd);
}
