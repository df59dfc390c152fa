import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslation } from '../../../src/i18n/catalogues.ts';
import { createFormat, supportedLocale } from '../../../src/i18n/format.ts';
import type { Translation } from '../../../src/i18n/message.ts';
import { createTranslator, untranslatedKeys } from '../../../src/i18n/translate.ts';
import { TRANSLATIONS } from '../../../src/i18n/translations.ts';

// The element loads a translation when it first needs it; these tests read them all at once.
beforeAll(() => Promise.all((['ps', 'prs', 'ur'] as const).map(loadTranslation)));

describe('createTranslator', () => {
  it('speaks each language with its own digits and direction', () => {
    expect(createTranslator('en').t('timeline.eventCount', 2657)).toBe('2,657 events');
    expect(createTranslator('ps').t('timeline.eventCount', 2657)).toBe('۲٬۶۵۷ پېښې');
    expect(createTranslator('prs').t('timeline.eventCount', 12)).toBe('۱۲ رویداد');
    expect(createTranslator('ur').t('timeline.eventCount', 12)).toBe('12 واقعات');
    expect(createTranslator('en').dir).toBe('ltr');
    expect(createTranslator('ur').dir).toBe('rtl');
    expect(createTranslator('prs').htmlLang).toBe('fa-AF');
  });

  it('chooses plural forms by Intl.PluralRules', () => {
    const en = createTranslator('en');
    expect(en.t('timeline.eventCount', 1)).toBe('1 event');
    expect(en.t('timeline.eventCount', 0)).toBe('0 events');
    const ps = createTranslator('ps');
    expect(ps.t('timeline.eventCount', 1)).toBe('۱ پېښه');
    expect(ps.t('timeline.eventCount', 2)).toBe('۲ پېښې');
    expect(createTranslator('ur').t('timeline.eventCount', 1)).toBe('1 واقعہ');
  });

  it('formats distances as the panel does, in each language', () => {
    expect(createTranslator('en').t('distance.inside', 86.4, 'AFG')).toBe('≈ 86 km inside Afghanistan');
    expect(createTranslator('en').t('distance.fromFrontier', 0.46)).toBe('≈ 0.5 km from the frontier');
    expect(createTranslator('prs').t('distance.inside', 86.4, 'AFG')).toBe('≈ ۸۶ کیلومتر در داخل افغانستان');
    expect(createTranslator('ps').t('distance.inside', 8.44, 'PAK')).toBe('≈ ۸٫۴ کیلومتره پاکستان ته دننه');
    expect(createTranslator('ur').t('distance.inside', 86.4, 'PAK')).toBe('پاکستان کے اندر ≈ 86 کلومیٹر');
  });

  it('keeps attribution in every language', () => {
    expect(createTranslator('en').t('claim.says', 'ISPR')).toBe('ISPR says');
    expect(createTranslator('ps').t('claim.accordingTo', 'ISPR')).toBe('د ISPR په وینا');
    expect(createTranslator('prs').t('claim.says', 'ISPR')).toBe('ISPR می‌گوید');
    expect(createTranslator('ur').t('claim.accordingTo', 'ISPR')).toBe('ISPR کے مطابق');
  });

  it('marks a translated string as its language, not a fallback', () => {
    expect(createTranslator('ps').local('legend.title')).toEqual({
      text: 'لارښود',
      lang: 'ps',
      htmlLang: 'ps',
      dir: 'rtl',
      fallback: false,
    });
  });

  it('has Intl dates of its language', () => {
    expect(createTranslator('prs').dates.date('2025-10-19')).toBe('۲۷ میزان ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)');
  });
});

describe('missing translations fall back to English, visibly', () => {
  const partial: Translation = { ...TRANSLATIONS.ur, 'legend.title': null, 'timeline.eventCount': null };

  it('lists the keys a translation leaves to English', () => {
    expect(untranslatedKeys(partial)).toEqual(['legend.title', 'timeline.eventCount']);
  });

  it('marks the English stand-in so the renderer can set lang="en" dir="ltr"', () => {
    const i18n = createTranslator('ur', { translation: partial });
    expect(i18n.local('legend.title')).toEqual({
      text: 'Legend',
      lang: 'en',
      htmlLang: 'en',
      dir: 'ltr',
      fallback: true,
    });
    // English digits inside the English stand-in; the rest stays Urdu.
    expect(i18n.local('timeline.eventCount', 1234)).toMatchObject({ text: '1,234 events', fallback: true });
    expect(i18n.t('legend.title')).toBe('Legend');
    expect(i18n.local('timeline.play')).toMatchObject({ text: 'چلائیں', lang: 'ur', fallback: false });
  });

  it('never marks English as a fallback of itself', () => {
    expect(createTranslator('en').local('legend.title').fallback).toBe(false);
  });
});

describe('overrides', () => {
  it("replace shipped strings (a host page's own wording)", () => {
    const i18n = createTranslator('en', { overrides: { 'legend.title': 'Key' } });
    expect(i18n.t('legend.title')).toBe('Key');
    expect(i18n.t('timeline.play')).toBe('Play');
  });
  it('ignore inherited keys', () => {
    const overrides = Object.create({ 'legend.title': 'Inherited' });
    expect(createTranslator('en', { overrides }).t('legend.title')).toBe('Legend');
  });
});

describe('createFormat', () => {
  it('uses Extended Arabic-Indic digits for Pashto and Dari, Western for Urdu and English', () => {
    expect(createFormat('ps').number(1234.5, { maximumFractionDigits: 1 })).toBe('۱٬۲۳۴٫۵');
    expect(createFormat('prs').number(2657)).toBe('۲٬۶۵۷');
    expect(createFormat('ur').number(2657)).toBe('2,657');
    expect(createFormat('en').number(2657)).toBe('2,657');
  });
  it('reads distances to a tenth below 10 km and whole above', () => {
    const en = createFormat('en');
    expect([en.km(0.46), en.km(9.94), en.km(9.96), en.km(86.4), en.km(2180)]).toEqual([
      '0.5',
      '9.9',
      '10',
      '86',
      '2,180',
    ]);
    expect(en.km(12.3456, 2)).toBe('12.35');
  });
  it("joins lists with the language's conjunction", () => {
    expect(createFormat('en').list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(createFormat('ur').list(['a', 'b'])).toBe('a اور b');
  });
});

describe('runtimes without Pashto data (Chromium)', () => {
  it('number Pashto with fa-AF, which has the same digits and separators', () => {
    expect(supportedLocale('ps', 'number', () => [])).toBe('fa-AF');
    expect(supportedLocale('ps', 'plural', () => [])).toBe('en');
    expect(supportedLocale('ps', 'number', (locales) => locales)).toBe('ps-AF');
    expect(new Intl.NumberFormat('fa-AF').format(1234.5)).toBe(new Intl.NumberFormat('ps-AF').format(1234.5));
  });
  it('join Pashto lists by hand, the same everywhere', () => {
    expect(createFormat('ps').list(['a', 'b', 'c'])).toBe('a، b او c');
  });
});
