/**
 * Axis ticks in the timeline's language. English keeps the Gregorian ticks of `timeTicks`; Dari and
 * Pashto count months in the Solar Hijri calendar, whose months begin on the 20th–23rd of Gregorian
 * ones, so their month ticks move to the first day of each Solar month ("Mizan" on 23 September, not
 * on 1 October); Urdu labels the Gregorian ticks in Urdu.
 */
import { type Tick, timeTicks } from '../../data/time-bins.ts';
import type { Translator } from '../../i18n/translate.ts';

export function localTicks(i18n: Translator, start: string, end: string, widthPx: number): Tick[] {
  const ticks = timeTicks(start, end, widthPx);
  if (i18n.lang === 'en') return ticks;
  const first = ticks[0];
  if (!first || first.unit === 'day' || first.unit === 'week') {
    return ticks.map((tick) => ({ ...tick, label: i18n.dates.tick(tick.date, 'day') }));
  }
  const unit = first.unit === 'year' ? 'year' : 'month';
  const every = unit === 'year' ? 12 : (first.every ?? 1);
  let lastYear = '';
  return i18n.dates.monthStarts(start, end, every).map((date, index) => {
    // The year is written on the first tick and wherever it changes, as in English.
    const year = i18n.dates.tick(date, 'year');
    const withYear = index === 0 || year !== lastYear;
    lastYear = year;
    return { date, label: i18n.dates.tick(date, unit, withYear), major: true, unit, every };
  });
}
