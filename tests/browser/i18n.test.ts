/**
 * Localisation in Chromium, whose ICU may differ from Node's: the same Solar Hijri and Urdu dates
 * and digits, and whether this machine's fonts draw Pashto and Urdu letters (reported, not failed:
 * glyph coverage is a property of the machine, see src/i18n/README.md).
 */
import { describe, expect, it } from 'vitest';
import { loadTranslation } from '../../src/i18n/catalogues.ts';
import { formatDate, formatDateSpan } from '../../src/i18n/dates.ts';
import { ARABIC_SCRIPT_FONTS, URDU_FONTS } from '../../src/i18n/fonts.ts';
import { createTranslator } from '../../src/i18n/translate.ts';

describe('dates and digits in Chromium', () => {
  it('match Node for every language', async () => {
    await Promise.all([loadTranslation('ps'), loadTranslation('ur')]);
    expect(formatDate('2025-10-19', 'prs')).toBe('۲۷ میزان ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)');
    expect(formatDate('2026-04-08', 'prs')).toBe('۱۹ حمل ۱۴۰۵ (۸ اپریل ۲۰۲۶)');
    expect(formatDate('2025-10-19', 'ps')).toBe('۲۷ تله ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)');
    expect(formatDate('2026-04-08', 'ps')).toBe('۱۹ وری ۱۴۰۵ (۸ اپریل ۲۰۲۶)');
    expect(formatDate('2025-10-19', 'ur')).toBe('19 اکتوبر 2025');
    expect(formatDateSpan('2025-10-12', '2025-10-19', 'en')).toBe('12–19 Oct 2025');
    expect(createTranslator('ps').t('timeline.eventCount', 2657)).toBe('۲٬۶۵۷ پېښې');
    expect(createTranslator('ur').t('timeline.eventCount', 2657)).toBe('2,657 واقعات');
  });

  it("records what Chromium's own ICU prints (the era trap)", () => {
    const raw = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(new Date(Date.UTC(2025, 9, 19)));
    const seen = Object.fromEntries(['ps-AF', 'fa-AF', 'ur-PK'].map((locale) => [locale, raw(locale)]));
    const supported = Intl.DateTimeFormat.supportedLocalesOf(['ps-AF', 'ps', 'fa-AF', 'ur-PK']);
    console.log(
      'Chromium Intl, 19 Oct 2025:',
      JSON.stringify(seen),
      'supported:',
      supported,
      navigator.userAgent,
    );
    expect(seen['fa-AF']).toContain('میزان');
  });
});

/** Width of `text` in `font`, drawn on a canvas: a missing glyph draws as the same .notdef box. */
function width(text: string, font: string): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `20px ${font}`;
  return ctx.measureText(text).width;
}

describe('glyphs', () => {
  it("reports which Pashto and Urdu letters the machine's fonts lack", async () => {
    await document.fonts.ready;
    // U+FFFF is never assigned: its width is the width of "no glyph" in this stack.
    const missing = (font: string, letters: string) =>
      [...letters].filter((letter) => width(letter, font) === width('\uffff', font));
    const pashto = missing(ARABIC_SCRIPT_FONTS, 'ټډړښګڼېۍ');
    const urdu = missing(URDU_FONTS, 'ٹڈڑںہھے');
    console.log('missing glyphs:', JSON.stringify({ pashto, urdu }));
    // Each list is a subset of the letters asked: the check itself ran.
    expect(pashto.length).toBeLessThanOrEqual(8);
    expect(urdu.length).toBeLessThanOrEqual(7);
  });
});
