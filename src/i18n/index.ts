/** Localisation: languages, translators, dates, feature text and fonts (no side effects). */

export { loadedTranslation, loadTranslation } from './catalogues.ts';
export { createDateFormat, type DateFormat, formatDate, formatDateSpan, type TickUnit } from './dates.ts';
export { featureText, type TranslatableProperties } from './feature-text.ts';
export { ARABIC_SCRIPT_FONTS, scriptFontStyles, URDU_FONTS } from './fonts.ts';
export { createFormat, type Format, type PluralForms } from './format.ts';
export {
  type Direction,
  directionOf,
  HTML_LANG,
  INTL_LOCALE,
  LANGUAGES,
  type Lang,
  normalizeLanguage,
  resolveLanguage,
} from './languages.ts';
export { LocaleController } from './locale-controller.ts';
export type { Catalogue, MessageArgs, MessageKey, Translation } from './message.ts';
export { renderIsolated, renderLocal } from './render.ts';
export {
  createTranslator,
  type LocalText,
  type Translator,
  type TranslatorOptions,
  untranslatedKeys,
} from './translate.ts';
