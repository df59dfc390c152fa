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
 * runtime has) and its month names from CLDR's Pashto (in intl-dates.ts); Node and Chromium then agree.
 *
 * Pashto, Dari and Urdu dates need `loadIntlDates()` first (`loadTranslation` does it); before,
 * they come out in English, as untranslated strings do. Once loaded:
 *
 * @example
 * formatDate('2025-10-19', 'prs'); // '۲۷ میزان ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)'
 * formatDateSpan('2025-10-12', '2025-10-19', 'en'); // '12–19 Oct 2025'
 */
import { MONTHS_LONG, MONTHS_SHORT } from '../data/time-bins.ts';
import { type DateFormat, type DateParts, gregorianMonthStarts, joinSpan, parseIso } from './date-parts.ts';
import { supportedLocale } from './format.ts';
import type { intlDates as IntlDates } from './intl-dates.ts';
import type { Lang } from './languages.ts';

export type { DateFormat, TickUnit } from './date-parts.ts';

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

let intlDates: typeof IntlDates | undefined;
let intlLoad: Promise<void> | undefined;

/**
 * Loads the dates of Pashto, Dari and Urdu (once; `loadTranslation` asks for them with a language's
 * strings). Until they are in, those languages get English dates, as they get English strings.
 */
export function loadIntlDates(): Promise<void> {
  intlLoad ??= import('./intl-dates.ts').then(
    (module) => {
      intlDates = module.intlDates;
    },
    (error: unknown) => {
      intlLoad = undefined;
      throw error;
    },
  );
  return intlLoad;
}

/** True once `loadIntlDates()` has finished. */
export const intlDatesLoaded = (): boolean => intlDates !== undefined;

/** The dates of `lang`. Keep the result: it holds `Intl` formatters, which are slow to build. */
export function createDateFormat(lang: Lang, options: { gregorianBeside?: boolean } = {}): DateFormat {
  const format =
    lang === 'en' || !intlDates ? englishDates() : intlDates(lang, options.gregorianBeside ?? true);
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
 * @example formatDate('2026-04-08', 'ps') // '۱۹ وری ۱۴۰۵ (۸ اپریل ۲۰۲۶)' (once loadIntlDates() has run)
 */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  return createDateFormat(lang).date(iso);
}

/**
 * A span of days in `lang`; in English the map's usual form ("9 Oct 2025", "11–12 Oct 2025", "30 Oct – 2 Nov 2025", "30 Dec 2025 – 2 Jan 2026").
 * @example formatDateSpan('2025-10-12', '2025-10-19', 'ur') // '12–19 اکتوبر 2025' (once loadIntlDates() has run)
 */
export function formatDateSpan(date?: string, dateEnd?: string, lang: Lang = 'en'): string {
  return createDateFormat(lang).span(date, dateEnd);
}
