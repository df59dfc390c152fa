/**
 * The optional `i18n` property of a feature: its title and description in Pashto, Dari and Urdu,
 * `{ ps?: { title?, description? }, prs?: …, ur?: … }` (DESIGN.md). Only these languages and these
 * two fields are copied, into fresh objects, so `__proto__` or any other key in data goes nowhere.
 * A language we do not show is ignored; a wrong type where text is due rejects the feature, as a
 * wrong-typed `title` does.
 */
import type { FeatureTranslations, TranslatedLanguage } from './schema.ts';
import { describe, reject } from './validate-geometry.ts';

const LANGUAGES: readonly TranslatedLanguage[] = ['ps', 'prs', 'ur'];
const FIELDS = ['title', 'description'] as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The translations of a feature, or undefined when it has none (absent, null or empty). */
export function checkI18n(value: unknown): FeatureTranslations | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    return reject(
      `property "i18n" must be an object like { "ps": { "title": "…" } }, got ${describe(value)}`,
    );
  }
  const translations: FeatureTranslations = {};
  for (const lang of LANGUAGES) {
    if (!Object.hasOwn(value, lang) || value[lang] === null || value[lang] === undefined) continue;
    const entry = value[lang];
    if (!isPlainObject(entry)) return reject(`i18n.${lang} must be an object with "title" and "description"`);
    const copy: { title?: string; description?: string } = {};
    for (const field of FIELDS) {
      const text = Object.hasOwn(entry, field) ? entry[field] : undefined;
      if (text === undefined || text === null) continue;
      if (typeof text !== 'string')
        return reject(`i18n.${lang}.${field} must be text, got ${describe(text)}`);
      if (text.trim() !== '') copy[field] = text;
    }
    if (copy.title !== undefined || copy.description !== undefined) translations[lang] = copy;
  }
  return Object.keys(translations).length ? translations : undefined;
}
