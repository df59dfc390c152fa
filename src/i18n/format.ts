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
 * A Format for `lang`. Builds its `Intl` objects once: keep it (a translator does) rather than
 * calling this per string.
 */
export function createFormat(lang: Lang): Format {
  const locale = INTL_LOCALE[lang];
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rules = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
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
    list: (items) => lists.format(items),
  };
}
