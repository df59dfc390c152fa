/**
 * Number, plural and list formatting for one language, handed to message functions so that a
 * catalogue entry can say "3 events" with the language's own digits and plural rules.
 */
import { INTL_LOCALE, type Lang } from './languages.ts';

/** Plural forms by CLDR category; `other` is always required (every language has it). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What a message function gets to format its arguments with. */
export interface Format {
  readonly lang: Lang;
  /** "2,657" / "۲٬۶۵۷" / "2,657" (Urdu follows CLDR: Western digits in Pakistan). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /**
   * A distance as the map shows it: one decimal below 10 km, whole km above ("8.4", "86", "2,180").
   * `digits` fixes the number of decimals instead (the measure tool's 2 below 10 km).
   */
  km(value: number, digits?: number): string;
  /** The form for `count` by `Intl.PluralRules` (e.g. Pashto and Urdu: one/other; Dari: 0 and 1 are one). */
  plural(count: number, forms: PluralForms): string;
  /** "a, b and c" with the language's own conjunction ("a، b، او c"). */
  list(items: readonly string[]): string;
}

/**
 * Stand-ins where a runtime has no data for a language. Chromium ships no Pashto locale data:
 * `ps-AF` silently becomes English there ("2,657", "October 19, 2025"). Dari's `fa-AF` writes
 * numbers as CLDR's Pashto does (Extended Arabic-Indic digits, ٬ and ٫), and Pashto's plural
 * rules are English's (one, other).
 */
const FALLBACK = {
  number: { ps: 'fa-AF' } as Partial<Record<Lang, string>>,
  plural: { ps: 'en' } as Partial<Record<Lang, string>>,
};
/** "and" of each language, for a list joined by hand (Pashto; any language `Intl` lacks). */
const AND: Readonly<Record<Lang, string>> = { en: 'and', ps: 'او', prs: 'و', ur: 'اور' };

/** The locale `Intl` has data for: the language's own, else its stand-in. */
export function supportedLocale(
  lang: Lang,
  service: 'number' | 'plural',
  supported: (locales: string[]) => string[] = service === 'number'
    ? (locales) => Intl.NumberFormat.supportedLocalesOf(locales)
    : (locales) => Intl.PluralRules.supportedLocalesOf(locales),
): string {
  const locale = INTL_LOCALE[lang];
  return supported([locale]).length > 0 ? locale : (FALLBACK[service][lang] ?? locale);
}

/**
 * A Format for `lang`. Builds its `Intl` objects once: keep it (a translator does) rather than
 * calling this per string.
 */
export function createFormat(lang: Lang): Format {
  const locale = supportedLocale(lang, 'number');
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rules = new Intl.PluralRules(supportedLocale(lang, 'plural'));
  // Pashto lists are joined by hand everywhere, so Node (which has ps data) and Chromium agree.
  const lists =
    lang !== 'ps' && Intl.ListFormat.supportedLocalesOf([INTL_LOCALE[lang]]).length > 0
      ? new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' })
      : null;
  const separator = lang === 'en' ? ', ' : '، ';
  return {
    lang,
    number: (value, options) =>
      options ? new Intl.NumberFormat(locale, options).format(value) : whole.format(value),
    km: (value, digits) => {
      if (digits !== undefined) {
        return new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value);
      }
      // Rounded to tenths first, so 9.96 reads "10", not "10.0" (as describeFrontierDistance does).
      const rounded = Math.round(value * 10) / 10;
      return rounded < 10 ? tenths.format(rounded) : whole.format(value);
    },
    plural: (count, forms) => {
      const form = forms[rules.select(count)] ?? forms.other;
      return form.replaceAll('#', whole.format(count));
    },
    list: (items) =>
      lists
        ? lists.format(items)
        : items.length < 2
          ? (items[0] ?? '')
          : `${items.slice(0, -1).join(separator)} ${AND[lang]} ${items.at(-1)}`,
  };
}

/**
 * One interface string: text, or a function of a Format and arguments that returns text. Declared
 * here, beside Format, so the English catalogue that defines the keys need not import the types
 * derived from it.
 */
// biome-ignore lint/suspicious/noExplicitAny: the arguments differ per message; Catalogue keeps each one's types.
export type Message = string | ((f: Format, ...args: any[]) => string);
