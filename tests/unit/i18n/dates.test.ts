import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createDateFormat, formatDate, formatDateSpan, loadIntlDates } from '../../../src/i18n/dates.ts';

beforeAll(() => loadIntlDates());

describe('the dates of Pashto, Dari and Urdu load with their strings', () => {
  it('are English until then, and their own after loadTranslation', async () => {
    vi.resetModules();
    const dates = await import('../../../src/i18n/dates.ts');
    const { loadTranslation } = await import('../../../src/i18n/catalogues.ts');
    expect(dates.intlDatesLoaded()).toBe(false);
    expect(dates.formatDate('2025-10-19', 'prs')).toBe('19 Oct 2025');
    await loadTranslation('prs');
    expect(dates.intlDatesLoaded()).toBe(true);
    expect(dates.formatDate('2025-10-19', 'prs')).toBe('۲۷ میزان ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)');
  });
});

// As CLDR writes them in a date: Sunbula carries the ezafe (سنبلهٔ), which reviewers may question.
const AFGHAN_MONTHS_DARI = [
  'حمل',
  'ثور',
  'جوزا',
  'سرطان',
  'اسد',
  'سنبلهٔ',
  'میزان',
  'عقرب',
  'قوس',
  'جدی',
  'دلو',
  'حوت',
];
const IRANIAN_MONTHS = ['فروردین', 'مهر'];

describe('formatDateSpan: English is what the panel always showed', () => {
  it.each([
    ['2025-10-09', undefined, '9 Oct 2025'],
    ['2025-10-11', '2025-10-12', '11–12 Oct 2025'],
    ['2025-10-30', '2025-11-02', '30 Oct – 2 Nov 2025'],
    ['2025-12-30', '2026-01-02', '30 Dec 2025 – 2 Jan 2026'],
    ['2025-10-09', '2025-10-09', '9 Oct 2025'],
    ['2025-09-03', undefined, '3 Sep 2025'],
    // A source dated by month or year only reads as that month or year.
    ['2025-12', undefined, 'Dec 2025'],
    ['2026', undefined, '2026'],
    [undefined, undefined, ''],
  ])('%s..%s', (date, dateEnd, expected) => {
    expect(formatDateSpan(date, dateEnd)).toBe(expected);
    expect(formatDateSpan(date, dateEnd, 'en')).toBe(expected);
  });

  it('keeps "Sep", not en-GB\'s "Sept"', () => {
    expect(formatDate('2025-09-09')).toBe('9 Sep 2025');
  });
});

describe('Dari: Solar Hijri first with Afghan month names, Gregorian beside', () => {
  it('19 Oct 2025 is 27 Mizan 1404', () => {
    expect(formatDate('2025-10-19', 'prs')).toBe('۲۷ میزان ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)');
  });
  it('8 Apr 2026 is 19 Hamal 1405', () => {
    expect(formatDate('2026-04-08', 'prs')).toBe('۱۹ حمل ۱۴۰۵ (۸ اپریل ۲۰۲۶)');
  });
  it("uses all twelve Afghan month names and none of Iran's", () => {
    const dates = createDateFormat('prs', { gregorianBeside: false });
    // The 10th of each Gregorian month from April 2025 falls in the Solar month that began in March.
    const months = Array.from({ length: 12 }, (_, i) => {
      const month = ((i + 3) % 12) + 1;
      const year = month < 4 ? 2026 : 2025;
      return dates.date(`${year}-${String(month).padStart(2, '0')}-10`).split(' ')[1];
    });
    expect(months).toEqual(AFGHAN_MONTHS_DARI);
    for (const name of IRANIAN_MONTHS) expect(dates.date('2025-10-19')).not.toContain(name);
  });
  it('compacts spans in both calendars', () => {
    expect(formatDateSpan('2025-10-12', '2025-10-19', 'prs')).toBe('۲۰–۲۷ میزان ۱۴۰۴ (۱۲–۱۹ اکتوبر ۲۰۲۵)');
    // 21 Oct is 29 Mizan, 23 Oct is 1 Aqrab: one Gregorian month, two Solar ones.
    expect(formatDateSpan('2025-10-21', '2025-10-23', 'prs')).toBe(
      '۲۹ میزان – ۱ عقرب ۱۴۰۴ (۲۱–۲۳ اکتوبر ۲۰۲۵)',
    );
    // Across the Solar new year (1 Hamal 1405 = 21 Mar 2026).
    expect(formatDateSpan('2026-03-19', '2026-03-22', 'prs')).toBe(
      '۲۸ حوت ۱۴۰۴ – ۲ حمل ۱۴۰۵ (۱۹–۲۲ مارچ ۲۰۲۶)',
    );
  });
  it('shows a month alone in the Gregorian calendar (it is not one Solar month)', () => {
    expect(formatDate('2025-12', 'prs')).toBe('دسمبر ۲۰۲۵');
  });
});

describe('Pashto: Solar Hijri with the Pashto month names, no era', () => {
  it('19 Oct 2025 is 27 Tala (Mizan) 1404', () => {
    expect(formatDate('2025-10-19', 'ps')).toBe('۲۷ تله ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)');
  });
  it('8 Apr 2026 is 19 Wray (Hamal) 1405', () => {
    expect(formatDate('2026-04-08', 'ps')).toBe('۱۹ وری ۱۴۰۵ (۸ اپریل ۲۰۲۶)');
  });
  it('never shows the "AP" era Node\'s ICU adds, nor Latin letters', () => {
    const dates = createDateFormat('ps');
    for (const iso of ['2025-10-19', '2026-04-08', '2026-03-21']) {
      expect(dates.date(iso)).not.toMatch(/[A-Za-z]/);
      expect(dates.long(iso)).not.toMatch(/[A-Za-z]/);
      expect(dates.span(iso, '2026-04-30')).not.toMatch(/[A-Za-z]/);
      expect(dates.tick(iso, 'month', true)).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('Urdu: Gregorian dates in Urdu with Western digits (CLDR default for ur)', () => {
  it('formats single days', () => {
    expect(formatDate('2025-10-19', 'ur')).toBe('19 اکتوبر 2025');
    expect(formatDate('2026-04-08', 'ur')).toBe('8 اپریل 2026');
  });
  it('compacts spans like English', () => {
    expect(formatDateSpan('2025-10-12', '2025-10-19', 'ur')).toBe('12–19 اکتوبر 2025');
    expect(formatDateSpan('2025-10-30', '2025-11-02', 'ur')).toBe('30 اکتوبر – 2 نومبر 2025');
  });
});

describe('timeline ticks', () => {
  it('English: as timeTicks labels them', () => {
    const dates = createDateFormat('en');
    expect(dates.tick('2025-10-09', 'day')).toBe('9 Oct');
    expect(dates.tick('2025-11-01', 'month')).toBe('Nov');
    expect(dates.tick('2026-01-01', 'month', true)).toBe('Jan 2026');
    expect(dates.tick('2026-01-01', 'year')).toBe('2026');
  });
  it('Dari and Pashto: Solar Hijri months, placed on their first days', () => {
    const prs = createDateFormat('prs');
    const starts = prs.monthStarts('2025-10-09', '2026-04-07');
    expect(starts).toEqual([
      '2025-10-23',
      '2025-11-22',
      '2025-12-22',
      '2026-01-21',
      '2026-02-20',
      '2026-03-21',
    ]);
    expect(starts.map((iso) => prs.tick(iso, 'month'))).toEqual(['عقرب', 'قوس', 'جدی', 'دلو', 'حوت', 'حمل']);
    expect(prs.tick('2026-03-21', 'month', true)).toBe('حمل ۱۴۰۵');
    expect(createDateFormat('ps').tick('2025-10-23', 'month')).toBe('لړم');
    // Seasons: quarters from Hamal.
    expect(prs.monthStarts('2025-01-01', '2025-12-31', 3)).toEqual([
      '2025-03-21',
      '2025-06-22',
      '2025-09-23',
      '2025-12-22',
    ]);
  });
  it('English and Urdu: Gregorian month starts', () => {
    expect(createDateFormat('ur').monthStarts('2025-10-09', '2026-01-15')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ]);
    expect(createDateFormat('en').monthStarts('2025-01-01', '2025-12-31', 6)).toEqual([
      '2025-01-01',
      '2025-07-01',
    ]);
  });
});

describe('long dates for screen readers', () => {
  it('writes the month out', () => {
    expect(createDateFormat('en').long('2025-10-09')).toBe('9 October 2025');
    expect(createDateFormat('ur').long('2025-10-09')).toBe('9 اکتوبر 2025');
    expect(createDateFormat('prs').long('2025-10-19')).toBe('۲۷ میزان ۱۴۰۴ (۱۹ اکتوبر ۲۰۲۵)');
  });
});

it('rejects text that is not an ISO date', () => {
  expect(() => formatDate('19/10/2025', 'prs')).toThrow(RangeError);
});
