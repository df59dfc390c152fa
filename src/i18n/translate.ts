/**
 * Per-element translation. There is deliberately no global "current locale": two maps on one page
 * may speak different languages, and a host page may run its own localisation library. An element
 * asks `resolveLanguage(this)` for its language and keeps a `createTranslator(lang)` until it changes.
 */

import { loadedTranslation } from './catalogues.ts';
import { createDateFormat, type DateFormat } from './dates.ts';
import { createFormat, type Format } from './format.ts';
import { type Direction, directionOf, HTML_LANG, type Lang } from './languages.ts';
import { en } from './locales/en.ts';
import type { Catalogue, Message, MessageArgs, MessageKey, Translation } from './message.ts';

/**
 * A string with the language it is really in. `fallback` is true when the translation was missing
 * and English stands in: render it with `lang` and `dir` (see `renderLocal`) so that screen readers
 * pronounce it as English and it does not scramble a right-to-left line.
 */
export interface LocalText {
  text: string;
  /** The language of `text`. */
  lang: Lang;
  /** Its `lang` attribute value (`fa-AF` for Dari). */
  htmlLang: string;
  dir: Direction;
  fallback: boolean;
}

/** Everything an element needs to speak one language. */
export interface Translator {
  readonly lang: Lang;
  readonly dir: Direction;
  /** The `lang` attribute value for the element's rendered root. */
  readonly htmlLang: string;
  /** Numbers, plurals and lists of the language. */
  readonly format: Format;
  /** Dates of the language (Solar Hijri first for Dari and Pashto). */
  readonly dates: DateFormat;
  /** The string as plain text (attributes, titles, canvas): English stands in, unmarked, when missing. */
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  /** The string with its language, so that a stand-in English text can be marked (`renderLocal`). */
  local<K extends MessageKey>(key: K, ...args: MessageArgs<K>): LocalText;
}

export interface TranslatorOptions {
  /**
   * The translation to use instead of the shipped one for the language: a work in progress (its
   * `null`s fall back to English, marked) or a host page's own.
   */
  translation?: Translation;
  /**
   * Strings that replace the shipped ones (a host page's own wording or its own localisation
   * library's output). Checked at run time only by key: give the same function signatures.
   */
  overrides?: Partial<Catalogue>;
}

const apply = (message: Message, format: Format, args: readonly unknown[]): string =>
  typeof message === 'function' ? message(format, ...args) : message;

/**
 * A translator for `lang`, built once per language change (it creates `Intl` formatters). Its
 * strings come from `options.translation`, else the shipped translation if it has loaded
 * (`loadTranslation`), else English, marked as a stand-in.
 *
 * @example
 * const i18n = createTranslator(resolveLanguage(this));
 * i18n.t('timeline.eventCount', 3);          // Pashto: '۳ پېښې'
 * i18n.dates.span('2025-10-12', '2025-10-19');
 */
export function createTranslator(lang: Lang, options: TranslatorOptions = {}): Translator {
  const format = createFormat(lang);
  // English stand-ins are formatted as English: Western digits inside an English phrase.
  const english = lang === 'en' ? format : createFormat('en');
  const own: Partial<Translation> = options.translation ?? loadedTranslation(lang) ?? {};
  const overrides = options.overrides ?? {};
  const local = (key: MessageKey, args: readonly unknown[]): LocalText => {
    const message = (Object.hasOwn(overrides, key) ? overrides[key] : undefined) ?? own[key];
    if (message !== null && message !== undefined) {
      return {
        text: apply(message, format, args),
        lang,
        htmlLang: HTML_LANG[lang],
        dir: directionOf(lang),
        fallback: false,
      };
    }
    return {
      text: apply(en[key], english, args),
      lang: 'en',
      htmlLang: 'en',
      dir: 'ltr',
      fallback: lang !== 'en',
    };
  };
  return {
    lang,
    dir: directionOf(lang),
    htmlLang: HTML_LANG[lang],
    format,
    dates: createDateFormat(lang),
    t: (key, ...args) => local(key, args).text,
    local: (key, ...args) => local(key, args),
  };
}

/** Keys a translation leaves to English (`null`), for review lists and the completeness test. */
export function untranslatedKeys(translation: Translation): MessageKey[] {
  return (Object.keys(en) as MessageKey[]).filter((key) => translation[key] === null);
}
