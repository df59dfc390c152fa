/**
 * Every locale has every key of English (independently of tsc, which checks the same through
 * `satisfies Translation`), every message runs, and the stance on the border holds in each language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_KINDS, LAYER_NAMES, PRECISIONS } from '../../../src/data/schema.ts';
import { loadTranslation } from '../../../src/i18n/catalogues.ts';
import { createFormat } from '../../../src/i18n/format.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { en } from '../../../src/i18n/locales/en.ts';
import type { Message } from '../../../src/i18n/message.ts';
import { createTranslator, untranslatedKeys } from '../../../src/i18n/translate.ts';
import { TRANSLATIONS } from '../../../src/i18n/translations.ts';

// The element loads a translation when it first needs it; these tests read them all at once.
beforeAll(() => Promise.all((['ps', 'prs', 'ur'] as const).map(loadTranslation)));

const englishKeys = Object.keys(en).sort();

/** Which parameters (after the Format) take lists of text. */
const LIST_PARAMS: Record<string, number[]> = {
  'legend.pressNote': [0],
  'legend.pressFigure': [1],
  'timeline.dayTitle': [2],
  'timeline.markerGroup': [3],
};

/** Sample arguments by parameter position: enough for every message to run. */
function sampleArgs(key: string, message: Message): unknown[] {
  if (typeof message !== 'function') return [];
  const samples: unknown[] = [12, 3, 0.001, 2611, 'Dawn', false];
  return Array.from({ length: message.length - 1 }, (_, i) =>
    LIST_PARAMS[key]?.includes(i) ? ['Dawn', 'Reuters'] : samples[i],
  );
}

describe.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s', (lang) => {
  const translation = TRANSLATIONS[lang] as Record<string, Message | null>;

  it('has exactly the English keys', () => {
    expect(Object.keys(translation).sort()).toEqual(englishKeys);
  });

  it('translates every string (null would fall back to English)', () => {
    expect(untranslatedKeys(TRANSLATIONS[lang])).toEqual([]);
  });

  it('takes the same arguments as English in every message', () => {
    for (const key of englishKeys) {
      const mine = translation[key];
      const source = (en as Record<string, Message>)[key]!;
      expect(typeof mine, key).toBe(typeof source);
      if (typeof mine === 'function' && typeof source === 'function')
        expect(mine.length, key).toBe(source.length);
    }
  });

  it('runs every message to non-empty text without leftover placeholders', () => {
    const format = createFormat(lang);
    for (const key of englishKeys) {
      const message = translation[key]!;
      const text = typeof message === 'function' ? message(format, ...sampleArgs(key, message)) : message;
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|NaN|\$\{|#/);
    }
  });

  it("keeps the map's stance: de facto border, not recognised by Afghanistan, no side's term", () => {
    const caption = translation['frontier.caption'] as string;
    // Neither Kabul's "imaginary line" nor Islamabad's "international border".
    expect(caption).not.toMatch(/فرضي|فرضی|بین ?الاقوامی|بین‌المللی|نړیواله/);
    expect(caption).toContain(translation['country.AFG'] as string);
  });
});

it('English itself has no untranslated keys and every key is namespaced', () => {
  expect(untranslatedKeys(TRANSLATIONS.en)).toEqual([]);
  for (const key of englishKeys) expect(key).toMatch(/^[a-z]+\.[A-Za-z_]+$/);
});

it('has a label for every layer, kind and precision of the schema, in every language', () => {
  for (const lang of LANGUAGES) {
    const i18n = createTranslator(lang);
    const labels = [
      ...LAYER_NAMES.map((layer) => i18n.local(`layer.${layer}`)),
      ...FEATURE_KINDS.map((kind) => i18n.local(`kind.${kind}`)),
      ...PRECISIONS.map((precision) => i18n.local(`precision.${precision}`)),
    ];
    for (const label of labels) {
      expect(label.fallback).toBe(false);
      expect(label.text).not.toBe('');
    }
  }
});
