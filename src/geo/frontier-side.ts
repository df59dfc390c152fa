import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { assertLonLat } from './lon-lat.ts';

/** The two sides of the frontier, by ISO 3166 alpha-3 code. */
export type FrontierSide = 'AFG' | 'PAK';

/** Country outline as read from the basemap (a Feature or a bare geometry). */
export type CountryShape = Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon;

const COUNTRY_NAMES: Record<FrontierSide, string> = { AFG: 'Afghanistan', PAK: 'Pakistan' };

/**
 * Distances below this are reported as "on the frontier": the shipped line is simplified at 0.001°
 * (about 0.1 km), so anything closer is within the drawing accuracy of the line itself.
 */
export const ON_FRONTIER_KM = 0.1;

/**
 * Below this distance the side is not named: the basemap outlines and the frontier line come from
 * different simplifications and may disagree by a few hundred metres.
 */
export const SIDE_NAMED_FROM_KM = 1;

/**
 * Returns a function telling which side of the frontier a point lies on: `'AFG'` or `'PAK'` when it
 * is inside that country's outline, `null` when it is in neither (Iran, India, China, the sea, or a
 * sliver between two simplified outlines). A bounding-box test runs before the exact
 * `@turf/boolean-point-in-polygon` test, so points far from a country cost four comparisons.
 *
 * @example
 * const sideOf = createFrontierSide({ AFG: afghanistan, PAK: pakistan });
 * sideOf([69.2, 34.5]); // 'AFG' (Kabul)
 * sideOf([73.05, 33.7]); // 'PAK' (Islamabad)
 * sideOf([51.4, 35.7]); // null (Tehran)
 */
export function createFrontierSide(
  countries: Record<FrontierSide, CountryShape>,
): (point: Position) => FrontierSide | null {
  const sides = (['AFG', 'PAK'] as const).map((side) => {
    const shape = countries[side];
    const geometry = shape?.type === 'Feature' ? shape.geometry : shape;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
      throw new TypeError(`${side} outline must be a Polygon or MultiPolygon`);
    }
    return { side, geometry, bbox: outerBbox(geometry) };
  });
  return (point) => {
    assertLonLat(point);
    const [lon, lat] = point;
    for (const { side, geometry, bbox } of sides) {
      if (lon < bbox[0] || lat < bbox[1] || lon > bbox[2] || lat > bbox[3]) continue;
      if (booleanPointInPolygon(point, geometry)) return side;
    }
    return null;
  };
}

/**
 * Short text for a popup saying how far a point is from the frontier and on which side.
 * Under 0.1 km it is "on the frontier"; under 1 km the side is left out (see `SIDE_NAMED_FROM_KM`);
 * otherwise one decimal below 10 km and whole kilometres above.
 *
 * @example
 * describeFrontierDistance(12.3, 'AFG'); // '≈ 12 km inside Afghanistan'
 * describeFrontierDistance(3.46, 'PAK'); // '≈ 3.5 km inside Pakistan'
 * describeFrontierDistance(0.42, 'PAK'); // '≈ 0.4 km from the frontier'
 * describeFrontierDistance(0.05, null); // 'on the frontier'
 * describeFrontierDistance(140, null); // '≈ 140 km from the frontier'
 */
export function describeFrontierDistance(km: number, side: FrontierSide | null): string {
  if (!Number.isFinite(km) || km < 0) {
    throw new RangeError(`distance must be a finite number ≥ 0, got ${km}`);
  }
  if (km < ON_FRONTIER_KM) return 'on the frontier';
  const tenths = Math.round(km * 10) / 10;
  const amount = tenths < 10 ? tenths.toFixed(1) : Math.round(km).toLocaleString('en-GB');
  if (km < SIDE_NAMED_FROM_KM || side === null) return `≈ ${amount} km from the frontier`;
  return `≈ ${amount} km inside ${COUNTRY_NAMES[side]}`;
}

function outerBbox(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      bbox[0] = Math.min(bbox[0], lon);
      bbox[1] = Math.min(bbox[1], lat);
      bbox[2] = Math.max(bbox[2], lon);
      bbox[3] = Math.max(bbox[3], lat);
    }
  }
  return bbox;
}
