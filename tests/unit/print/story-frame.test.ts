import { describe, expect, it } from 'vitest';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import { locator } from '../../../src/print/locator.ts';
import { compassDirection, inBox, storyFrame } from '../../../src/print/story-frame.ts';

const point = (id: string, coordinates: [number, number], place?: string): FrontierFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { id, kind: 'venue', title: `Title ${id}`, ...(place ? { place } : {}) },
});

/** A made-up frontier along 70° E: the distance is the longitude difference at ~95 km per degree. */
const distanceKm = (feature: FrontierFeature) =>
  feature.geometry?.type === 'Point' ? Math.abs(feature.geometry.coordinates[0]! - 70) * 95 : Number.NaN;

describe('storyFrame', () => {
  it('frames the points near the frontier with a margin and lists far ones once each, nearest first', () => {
    const features = [
      point('a', [69, 32]),
      point('b', [71, 34]),
      point('doha-1', [51.53, 25.29], 'Doha, Qatar'),
      point('doha-2', [51.53, 25.29], 'Doha, Qatar'),
      point('istanbul', [28.98, 41.01], 'Istanbul, Türkiye'),
    ];
    const { box, far } = storyFrame(features, distanceKm);
    expect(box).not.toBeNull();
    const [west, south, east, north] = box!;
    expect(west).toBeLessThan(69);
    expect(east).toBeGreaterThan(71);
    expect(south).toBeLessThan(32);
    expect(north).toBeGreaterThan(34);
    // A margin, not the region: the frame stays close to the points.
    expect(east - west).toBeLessThan(2.5);
    expect(far.map((place) => place.name)).toEqual(['Doha', 'Istanbul']);
    expect(far[0]).toMatchObject({ direction: 'W' });
    expect(far[0]!.km).toBeGreaterThan(1800);
    expect(far[0]!.km).toBeLessThan(2000);
    expect(far[0]!.km % 10).toBe(0);
  });

  it('keeps every point without a frontier, gives one point a minimum span, and null without points', () => {
    const lonely = storyFrame([point('a', [69, 32]), point('far', [10, 50])], () => Number.NaN);
    expect(lonely.far).toEqual([]);
    expect(inBox([10, 50], lonely.box!)).toBe(true);
    const one = storyFrame([point('a', [69, 32])], distanceKm).box!;
    expect(one[2] - one[0]).toBeGreaterThanOrEqual(1);
    expect(one[3] - one[1]).toBeGreaterThanOrEqual(1);
    expect(storyFrame([], distanceKm)).toEqual({ box: null, far: [] });
  });
});

describe('compassDirection', () => {
  it('names the eight points of the compass', () => {
    expect(compassDirection([70, 33], [70, 40])).toBe('N');
    expect(compassDirection([70, 33], [80, 33])).toBe('E');
    expect(compassDirection([70, 33], [60, 25])).toBe('SW');
    expect(compassDirection([70, 33], [87.6, 43.8])).toBe('NE');
  });
});

describe('locator', () => {
  const square = (iso3: string, [w, s, e, n]: number[]) => ({
    type: 'Feature' as const,
    geometry: {
      type: 'Polygon' as const,
      coordinates: [Array.from({ length: 12 }, (_, i) => [w! + ((e! - w!) * i) / 11, i % 2 ? s! : n!])],
    },
    properties: { iso3 },
  });
  const countries = [
    square('AFG', [60, 29, 75, 38]),
    square('PAK', [61, 24, 77, 37]),
    square('IRN', [44, 25, 63, 40]),
  ];

  it('outlines the two countries and puts the frame inside the inset', () => {
    const inset = locator(countries, [66, 30, 70, 33], 120)!;
    expect(inset.paths).toHaveLength(2);
    expect(inset.width).toBe(120);
    expect(inset.frame.x).toBeGreaterThan(0);
    expect(inset.frame.x + inset.frame.width).toBeLessThan(120);
    expect(inset.frame.y + inset.frame.height).toBeLessThan(inset.height);
  });

  it('is left out when the frame takes in most of the region, or there are no countries', () => {
    expect(locator(countries, [55, 20, 80, 42], 120)).toBeNull();
    expect(locator([], [66, 30, 70, 33], 120)).toBeNull();
  });
});
