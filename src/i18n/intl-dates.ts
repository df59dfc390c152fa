/**
 * The dates of Pashto, Dari and Urdu through `Intl` (see `dates.ts` for the rules). A module of its
 * own: it loads with the first of these languages a page speaks, beside its translation.
 */

import {
  addDays,
  type DateFormat,
  gregorianMonthStarts,
  isoOf,
  joinSpan,
  parseIso,
  partsOf,
  utcDate,
} from './date-parts.ts';
import { supportedLocale } from './format.ts';
import { INTL_LOCALE, type Lang } from './languages.ts';

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

/**
 * Pashto, Dari and Urdu through `Intl`. Dari and Pashto: Solar Hijri first, the Gregorian date in
 * parentheses beside it unless `gregorianBeside` is false (narrow places: ticks, a table column).
 */
export function intlDates(lang: Exclude<Lang, 'en'>, gregorianBeside: boolean): DateFormat {
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
    // Same digits and separators as CLDR's Pashto; see dates.ts on Chromium.
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
