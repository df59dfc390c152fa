import { describe, expect, it } from 'vitest';
import { countByLayer, dateExtent, inTimeWindow, visibleFeatures } from '../../../src/data/filter.ts';
import type { FrontierFeature, FrontierFeatureProperties } from '../../../src/data/schema.ts';

const make = (id: string, props: Partial<FrontierFeatureProperties>): FrontierFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [69, 34] },
  properties: { id, kind: 'air_strike', title: id, ...props },
});

const features = [
  make('a', { date: '2025-10-09' }),
  make('b', { kind: 'clash', date: '2025-10-11', dateEnd: '2025-10-12' }),
  make('c', { kind: 'crossing' }),
  make('d', { kind: 'statement', date: '2025-11-01' }),
];

describe('time window and layers', () => {
  it('keeps events whose span overlaps the window; sites always', () => {
    const window = { from: '2025-10-12', to: '2025-10-31' };
    expect(features.filter((f) => inTimeWindow(f, window)).map((f) => f.id)).toEqual(['b', 'c']);
    expect(features.filter((f) => inTimeWindow(f, {})).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('filters by layer', () => {
    expect(visibleFeatures(features, ['strikes', 'crossings'], {}).map((f) => f.id)).toEqual(['a', 'c']);
  });
  it('counts per layer within the window', () => {
    expect(Object.fromEntries(countByLayer(features, { to: '2025-10-10' }))).toEqual({
      strikes: 1,
      crossings: 1,
    });
  });
  it('finds the date extent including dateEnd', () => {
    expect(dateExtent(features)).toEqual(['2025-10-09', '2025-11-01']);
    expect(dateExtent([])).toBeNull();
  });
});
