import { describe, expect, it } from 'vitest';
import { latestSourceDate } from '../../../src/data/data-as-of.ts';
import type { FrontierFeature } from '../../../src/data/schema.ts';

const feature = (...dates: Array<string | undefined>): FrontierFeature => ({
  type: 'Feature',
  id: `f-${dates.join('-')}`,
  geometry: { type: 'Point', coordinates: [69, 34] },
  properties: {
    id: 'x',
    kind: 'clash',
    title: 'Test',
    sources: dates.map((date) => ({
      url: 'https://example.org/',
      publisher: 'Test',
      ...(date ? { date } : {}),
    })),
  },
});

describe('latestSourceDate', () => {
  it('is the latest day of any source, ignoring month- and year-only dates', () => {
    expect(
      latestSourceDate([feature('2025-10-10', '2026-02'), feature(undefined, '2025-11-30', '2027')]),
    ).toBe('2025-11-30');
  });

  it('is null without a dated source', () => {
    expect(latestSourceDate([])).toBeNull();
    expect(latestSourceDate([feature(undefined, '2026-01')])).toBeNull();
  });
});
