/** The talks venues' distances to the two capitals (the panel's figures). */
import { distance } from '@turf/distance';
import { assertLonLat } from './lon-lat.ts';

/** The two capitals that distances from a venue are given to, `[lon, lat]`. */
export interface Capitals {
  readonly kabul: readonly number[];
  readonly islamabad: readonly number[];
}

/** Kabul and Islamabad, city centres. */
export const CAPITALS: Capitals = Object.freeze({
  kabul: Object.freeze([69.1783, 34.5281]),
  islamabad: Object.freeze([73.0479, 33.6844]),
});

/**
 * Great-circle distances in kilometres from a venue (talks, ceasefire signing) to each capital.
 *
 * @example
 * venueDistances([51.53, 25.29]); // Doha: { kabulKm: ≈ 1,983, islamabadKm: ≈ 2,276 }
 */
export function venueDistances(
  venue: readonly number[],
  capitals: Capitals = CAPITALS,
): { kabulKm: number; islamabadKm: number } {
  assertLonLat(venue, 'venue');
  assertLonLat(capitals.kabul, 'Kabul');
  assertLonLat(capitals.islamabad, 'Islamabad');
  return {
    kabulKm: distance([venue[0], venue[1]], [capitals.kabul[0], capitals.kabul[1]], { units: 'kilometers' }),
    islamabadKm: distance([venue[0], venue[1]], [capitals.islamabad[0], capitals.islamabad[1]], {
      units: 'kilometers',
    }),
  };
}
