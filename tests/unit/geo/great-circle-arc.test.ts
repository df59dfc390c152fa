import { distance } from '@turf/distance';
import type { LineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleArc } from '../../../src/geo/great-circle-arc.ts';
import { CAPITALS, venueDistances } from '../../../src/geo/venue-distances.ts';
import { checkFixture } from './fixtures.ts';

const km = (a: readonly number[], b: readonly number[]) =>
  distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });

describe('greatCircleArc', () => {
  it('runs from one end to the other along the great circle', () => {
    const doha: Position = [51.531, 25.2854];
    const arc = greatCircleArc(doha, CAPITALS.kabul);
    expect(arc.geometry.type).toBe('LineString');
    const coordinates = (arc.geometry as LineString).coordinates;
    expect(coordinates).toHaveLength(64);
    expect(coordinates[0][0]).toBeCloseTo(doha[0], 9);
    expect(coordinates[63][1]).toBeCloseTo(CAPITALS.kabul[1], 9);
    // On the great circle, the detour through any vertex is nil.
    const middle = coordinates[31];
    expect(km(doha, middle) + km(middle, CAPITALS.kabul)).toBeCloseTo(km(doha, CAPITALS.kabul), 6);
  });

  it('splits at the antimeridian', () => {
    expect(greatCircleArc([170, 10], [-170, 12]).geometry.type).toBe('MultiLineString');
  });

  it('rejects bad input', () => {
    expect(() => greatCircleArc([Number.NaN, 0], [1, 1])).toThrow(RangeError);
    expect(() => greatCircleArc([0, 0], [1, 1], 1)).toThrow(RangeError);
  });

  it('matches the great-circle-arc fixture', () => {
    checkFixture('great-circle-arc', (input) => ({
      type: 'FeatureCollection',
      features: input.features.map((f) => {
        const [from, to] = (f.geometry as LineString).coordinates;
        return { ...greatCircleArc(from, to, f.properties?.npoints), properties: f.properties };
      }),
    }));
  });
});

describe('venueDistances', () => {
  it('gives zero at a capital and the Kabul–Islamabad distance (≈ 368 km) at the other', () => {
    const atKabul = venueDistances(CAPITALS.kabul);
    expect(atKabul.kabulKm).toBe(0);
    expect(atKabul.islamabadKm).toBeGreaterThan(360);
    expect(atKabul.islamabadKm).toBeLessThan(390);
  });

  it('measures talks venues from both capitals', () => {
    const doha = venueDistances([51.531, 25.2854]);
    expect(doha.kabulKm).toBeCloseTo(km([51.531, 25.2854], CAPITALS.kabul), 9);
    expect(doha.islamabadKm).toBeGreaterThan(doha.kabulKm);
  });

  it('takes other capitals', () => {
    expect(venueDistances([0, 1], { kabul: [0, 0], islamabad: [0, 2] })).toEqual({
      kabulKm: expect.closeTo(111.195, 3),
      islamabadKm: expect.closeTo(111.195, 3),
    });
  });
});
