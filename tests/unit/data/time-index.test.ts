/**
 * The typed-array time index answers exactly as the string filters of filter.ts, for random
 * features and windows (seeded), including windows that are not full dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countByLayer, dateExtent, isEvent, visibleFeatures } from '../../../src/data/filter.ts';
import {
  FEATURE_KINDS,
  type FrontierFeature,
  LAYER_NAMES,
  type LayerName,
} from '../../../src/data/schema.ts';
import { binByDay } from '../../../src/data/time-bins.ts';
import { dayNumber, FEATURE_LAYERS, TimeIndex } from '../../../src/data/time-index.ts';

const RUNS = { seed: 7, numRuns: 300 } as const;
const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const FIRST = dayNumber('2025-09-20');

const row = fc.record({
  kind: fc.constantFrom(...FEATURE_KINDS),
  start: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
  span: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});
const featureList = fc.array(row, { maxLength: 60 }).map((rows) =>
  rows.map(({ kind, start, span }, index): FrontierFeature => {
    const properties: FrontierFeature['properties'] = { id: `f${index}`, kind, title: 't' };
    if (start !== undefined) {
      properties.date = isoDay(FIRST + start);
      if (span !== undefined) properties.dateEnd = isoDay(FIRST + start + span);
    }
    return { type: 'Feature', id: properties.id, geometry: null, properties };
  }),
);

const bound = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -10, max: 260 }).map((day) => isoDay(FIRST + day)),
  // Not full dates: compared as text, as inTimeWindow does.
  fc.constantFrom('2025-11', '2026', '2025-13-45', ''),
);
const layerSet = fc.subarray([...LAYER_NAMES] as LayerName[]);

const maskOf = (shown: FrontierFeature[], all: FrontierFeature[]) => {
  const ids = new Set(shown);
  return Uint8Array.from(all, (f) => (ids.has(f) ? 1 : 0));
};

describe('TimeIndex', () => {
  it('filters as visibleFeatures does', () => {
    fc.assert(
      fc.property(featureList, bound, bound, layerSet, (features, from, to, layers) => {
        const index = new TimeIndex(features);
        const window = { from, to };
        const expected = maskOf(visibleFeatures(features, layers, window), features);
        expect(index.filter(window, layers)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('counts per layer as countByLayer does', () => {
    fc.assert(
      fc.property(featureList, bound, bound, (features, from, to) => {
        const window = { from, to };
        expect(new TimeIndex(features).countByLayer(window)).toEqual(countByLayer(features, window));
      }),
      RUNS,
    );
  });

  it('counts the events shown as visibleFeatures and isEvent do', () => {
    fc.assert(
      fc.property(featureList, bound, bound, layerSet, (features, from, to, layers) => {
        const window = { from, to };
        const expected = visibleFeatures(features, layers, window).filter(isEvent).length;
        expect(new TimeIndex(features).countEvents(window, layers)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('gives the date extents dateExtent gives', () => {
    fc.assert(
      fc.property(featureList, (features) => {
        const index = new TimeIndex(features);
        expect(index.dateExtent).toEqual(dateExtent(features));
        expect(index.eventExtent).toEqual(dateExtent(features.filter(isEvent)));
      }),
      RUNS,
    );
  });

  it('bins per day and layer as binByDay does, multi-site summaries included', () => {
    // Some events become summaries of up to three other features, named by id.
    const withSummaries = fc
      .tuple(
        featureList,
        fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { maxLength: 3 })), { maxLength: 6 }),
      )
      .map(([features, summaries]) => {
        for (const [at, parts] of summaries) {
          const feature = features[at % Math.max(1, features.length)];
          if (!feature) continue;
          feature.properties.precision = 'multi_site';
          feature.properties.parts = parts.map((part) => `f${part % features.length}`);
        }
        return features;
      });
    const order = fc.shuffledSubarray([...FEATURE_LAYERS]);
    fc.assert(
      fc.property(withSummaries, layerSet, order, (features, layers, layerOrder) => {
        expect(new TimeIndex(features).bins(layers, layerOrder)).toEqual(
          binByDay(features, layers, layerOrder),
        );
      }),
      RUNS,
    );
  });

  it('is built once per feature list', () => {
    const features: FrontierFeature[] = [];
    expect(TimeIndex.of(features)).toBe(TimeIndex.of(features));
    expect(TimeIndex.of(features)).not.toBe(TimeIndex.of([]));
  });

  it('keeps a long event that started well before the window', () => {
    const long: FrontierFeature = {
      type: 'Feature',
      id: 'long',
      geometry: null,
      properties: { id: 'long', kind: 'clash', title: 'Siege', date: '2025-10-01', dateEnd: '2026-02-01' },
    };
    const short = {
      ...long,
      id: 's',
      properties: { id: 's', kind: 'clash' as const, title: 'x', date: '2025-12-01' },
    };
    const index = new TimeIndex([long, short]);
    expect([...index.filter({ from: '2026-01-15', to: '2026-01-20' }, ['attacks'])]).toEqual([1, 0]);
    expect([...index.filter({ from: '2025-12-01', to: '2025-12-01' }, ['attacks'])]).toEqual([1, 1]);
    expect([...index.filter({ from: '2026-02-02' }, ['attacks'])]).toEqual([0, 0]);
  });

  it('numbers days as Date.UTC does, across leap years and centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        expect(dayNumber(isoDay(day))).toBe(day);
      }),
      RUNS,
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
  });

  it('orders events that lie centuries apart', () => {
    const at = (id: string, date: string): FrontierFeature => ({
      type: 'Feature',
      id,
      geometry: null,
      properties: { id, kind: 'clash', title: id, date },
    });
    const features = [at('late', '2025-10-01'), at('early', '0202-10-01'), at('mid', '1600-01-01')];
    const index = new TimeIndex(features);
    expect([...index.filter({ to: '1700-01-01' }, ['attacks'])]).toEqual([0, 1, 1]);
    // Too many days apart for a bin per day: binned as text, with the same answer.
    expect(index.bins(['attacks'], ['attacks']).map((bin) => bin.date)).toEqual([
      '0202-10-01',
      '1600-01-01',
      '2025-10-01',
    ]);
    expect([...index.filter({ from: '1500-01-01', to: '1700-01-01' }, ['attacks'])]).toEqual([0, 0, 1]);
  });

  it('reuses the array it is given', () => {
    const index = new TimeIndex([]);
    const out = new Uint8Array(0);
    expect(index.filter({}, ['strikes'], out)).toBe(out);
  });
});
