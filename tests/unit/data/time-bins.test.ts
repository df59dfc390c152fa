import { describe, expect, it } from 'vitest';
import type { FrontierFeature, FrontierFeatureProperties } from '../../../src/data/schema.ts';
import {
  addDays,
  binByDay,
  clampDate,
  dayScale,
  daysBetween,
  formatLongDate,
  formatShortDate,
  shiftWindow,
  timeTicks,
} from '../../../src/data/time-bins.ts';

const make = (id: string, props: Partial<FrontierFeatureProperties>): FrontierFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [69, 34] },
  properties: { id, kind: 'air_strike', title: id, ...props },
});

const ORDER = ['strikes', 'attacks', 'militancy', 'posts', 'crossings', 'venues', 'statements'] as const;

describe('date arithmetic on ISO strings', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-10-09', -9)).toBe('2025-09-30');
  });

  it('counts days between dates, signed', () => {
    expect(daysBetween('2025-10-09', '2025-10-19')).toBe(10);
    expect(daysBetween('2025-10-09', '2026-04-07')).toBe(180);
    expect(daysBetween('2025-10-19', '2025-10-09')).toBe(-10);
    // 26 October 2025: clocks change in Europe; calendar days must not notice.
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('clamps and formats', () => {
    expect(clampDate('2025-01-01', '2025-10-09', '2026-04-07')).toBe('2025-10-09');
    expect(clampDate('2027-01-01', '2025-10-09', '2026-04-07')).toBe('2026-04-07');
    expect(clampDate('2025-11-01', '2025-10-09', '2026-04-07')).toBe('2025-11-01');
    expect(formatLongDate('2025-10-09')).toBe('9 October 2025');
    expect(formatShortDate('2026-04-07')).toBe('7 Apr 2026');
    expect(formatShortDate('2026-04-07', false)).toBe('7 Apr');
  });
});

describe('events per day and layer', () => {
  const features = [
    make('a', { date: '2025-10-09' }),
    make('b', { date: '2025-10-09', kind: 'clash', dateEnd: '2025-10-10' }),
    make('c', { date: '2025-10-09' }),
    make('d', { date: '2025-10-12', kind: 'ceasefire' }),
    make('e', { date: '2025-10-11', kind: 'statement' }),
    make('site', { kind: 'crossing' }),
    make('summary', { date: '2025-10-09', kind: 'ground_attack', precision: 'multi_site', parts: ['b'] }),
  ];

  it('counts each event once, on its first day, stacked in legend order', () => {
    expect(binByDay(features, ['strikes', 'attacks', 'venues', 'crossings'], ORDER)).toEqual([
      {
        date: '2025-10-09',
        total: 3,
        layers: [
          { layer: 'strikes', count: 2 },
          { layer: 'attacks', count: 1 },
        ],
      },
      { date: '2025-10-12', total: 1, layers: [{ layer: 'venues', count: 1 }] },
    ]);
  });

  it('leaves out switched-off layers, and keeps a summary whose parts are not counted', () => {
    const bins = binByDay(features, ['attacks'], ORDER);
    expect(bins).toEqual([{ date: '2025-10-09', total: 1, layers: [{ layer: 'attacks', count: 1 }] }]);
    const withoutPart = binByDay(
      features.filter((f) => f.id !== 'b'),
      ['attacks'],
      ORDER,
    );
    expect(withoutPart.map((bin) => bin.total)).toEqual([1]);
  });

  it('is empty without events', () => {
    expect(binByDay([make('site', { kind: 'crossing' })], ['crossings'], ORDER)).toEqual([]);
  });
});

describe('axis ticks', () => {
  it('labels a six-month span by month, with the year on the first tick and on January', () => {
    const ticks = timeTicks('2025-10-09', '2026-04-07', 800);
    expect(ticks.map((t) => t.date)).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2025', 'Dec', 'Jan 2026', 'Feb', 'Mar', 'Apr']);
    expect(ticks.every((t) => t.major)).toBe(true);
  });

  it('falls back to quarters and years when the axis is narrow or long', () => {
    expect(timeTicks('2025-10-09', '2026-04-07', 200).map((t) => t.label)).toEqual(['Jan 2026', 'Apr']);
    expect(timeTicks('2020-03-01', '2026-04-07', 600).map((t) => t.label)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('shows days or weeks in a zoomed window', () => {
    const days = timeTicks('2025-10-09', '2025-10-19', 800);
    expect(days[0]).toEqual({ date: '2025-10-09', label: '9 Oct', major: false, unit: 'day', every: 1 });
    expect(days).toHaveLength(11);
    const weeks = timeTicks('2025-10-09', '2025-11-20', 500);
    // Mondays
    expect(weeks.map((t) => t.date)).toEqual([
      '2025-10-13',
      '2025-10-20',
      '2025-10-27',
      '2025-11-03',
      '2025-11-10',
      '2025-11-17',
    ]);
  });

  it('keeps ticks at least the minimum spacing apart at any width', () => {
    for (const width of [120, 300, 640, 1000, 1600]) {
      for (const [start, end] of [
        ['2025-10-09', '2026-04-07'],
        ['2025-10-09', '2025-10-23'],
        ['2025-01-01', '2025-12-31'],
      ] as const) {
        const ticks = timeTicks(start, end, width, 56);
        const px = width / daysBetween(start, end);
        for (let i = 1; i < ticks.length; i++) {
          expect(daysBetween(ticks[i - 1]!.date, ticks[i]!.date) * px).toBeGreaterThanOrEqual(56 * 0.9);
        }
        for (const tick of ticks) expect(tick.date >= start && tick.date <= end).toBe(true);
      }
    }
  });
});

describe('moving a window', () => {
  const extent = { from: '2025-10-09', to: '2026-04-07' };
  it('keeps its length and stops at the ends', () => {
    expect(shiftWindow({ from: '2025-10-09', to: '2025-10-15' }, 1, extent)).toEqual({
      from: '2025-10-10',
      to: '2025-10-16',
    });
    expect(shiftWindow({ from: '2026-03-30', to: '2026-04-05' }, 7, extent)).toEqual({
      from: '2026-04-01',
      to: '2026-04-07',
    });
    expect(shiftWindow({ from: '2026-04-01', to: '2026-04-07' }, 1, extent)).toBeNull();
    expect(shiftWindow({ from: '2025-10-09', to: '2025-10-15' }, -1, extent)).toBeNull();
    expect(shiftWindow(extent, 1, extent)).toBeNull();
  });
});

describe('day scale', () => {
  it('gives every day the same width and finds the day under a pixel', () => {
    const scale = dayScale('2025-10-09', '2025-10-18', 10, 100);
    expect(scale.pxPerDay).toBe(10);
    expect(scale.x('2025-10-09')).toBe(10);
    expect(scale.x('2025-10-19')).toBe(110);
    expect(scale.dayAt(10)).toBe('2025-10-09');
    expect(scale.dayAt(29.9)).toBe('2025-10-10');
    expect(scale.dayAt(-50)).toBe('2025-10-09');
    expect(scale.dayAt(500)).toBe('2025-10-18');
  });
});
