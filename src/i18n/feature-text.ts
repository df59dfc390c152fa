/**
 * A feature's own text in the map's language: `properties.i18n[lang]` where the data has it, else
 * the English `title`/`description`, flagged so the renderer marks it `lang="en"` and isolates it.
 */
import type { FeatureTranslations } from '../data/schema.ts';
import { directionOf, HTML_LANG, type Lang } from './languages.ts';
import type { LocalText } from './translate.ts';

/** The part of a feature's properties this reads. */
export interface TranslatableProperties {
  title: string;
  description?: string | undefined;
  i18n?: FeatureTranslations | undefined;
}

/**
 * The title or description of a feature in `lang`, or null when the feature has no such text at all.
 * `fallback` is true when English stands in for a missing translation.
 *
 * @example
 * const title = featureText(feature.properties, 'title', 'ps');
 * html`<h2 lang=${title.htmlLang} dir=${title.dir}>${title.text}</h2>`
 */
export function featureText(
  properties: TranslatableProperties,
  field: 'title' | 'description',
  lang: Lang,
): LocalText | null {
  const translated = lang === 'en' ? undefined : properties.i18n?.[lang]?.[field];
  if (translated) {
    return { text: translated, lang, htmlLang: HTML_LANG[lang], dir: directionOf(lang), fallback: false };
  }
  const english = properties[field];
  if (english === undefined || english === '') return null;
  return { text: english, lang: 'en', htmlLang: 'en', dir: 'ltr', fallback: lang !== 'en' };
}
