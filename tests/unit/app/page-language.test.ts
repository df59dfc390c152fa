/**
 * The app pages name their strings by catalogue key in their markup: every key named there exists,
 * takes no arguments, and is translated in every language.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keysInMarkup, LANGUAGE_NAMES } from '../../../src/app/page-language.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { en } from '../../../src/i18n/locales/en.ts';
import { TRANSLATIONS } from '../../../src/i18n/translations.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the app pages in every language', () => {
  it('reads the keys of text, attributes and the title', () => {
    const html =
      '<html data-i18n-title="app.pageTitle"><a data-i18n="app.skipMap"></a>' +
      '<input data-i18n-attr="placeholder:builder.headingPlaceholder; aria-label:app.language">';
    expect(keysInMarkup(html)).toEqual([
      'app.pageTitle',
      'app.skipMap',
      'builder.headingPlaceholder',
      'app.language',
    ]);
  });

  for (const page of ['index.html', 'map.html', 'embed.html']) {
    it(`${page}: every key it names is a plain string, translated in ps, prs and ur`, () => {
      const keys = keysInMarkup(readFileSync(`${root}${page}`, 'utf8'));
      expect(keys.length).toBeGreaterThan(4);
      for (const key of keys) {
        expect(typeof en[key as keyof typeof en], key).toBe('string');
        for (const lang of ['ps', 'prs', 'ur'] as const) {
          expect(typeof TRANSLATIONS[lang][key as keyof typeof en], `${lang} ${key}`).toBe('string');
        }
      }
    });
  }

  it('names every language in its own script', () => {
    expect(Object.keys(LANGUAGE_NAMES)).toEqual([...LANGUAGES]);
    expect(Object.values(LANGUAGE_NAMES)).toEqual(['English', 'پښتو', 'دری', 'اردو']);
  });
});
