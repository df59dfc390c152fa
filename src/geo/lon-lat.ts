import type { Geometry, Position } from 'geojson';

/** A position in GeoJSON order: longitude then latitude, in degrees. */
export type LonLat = [lon: number, lat: number];

/** Mean earth radius used by Turf (`@turf/helpers` `earthRadius`), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Throws a `RangeError` unless `p` is a `[lon, lat]` pair of finite numbers with the longitude in
 * [-180, 180] and the latitude in [-90, 90]. Turf and Leaflet accept bad coordinates silently
 * (NaN distances, points on Null Island), so every public function of `src/geo` checks its input.
 *
 * @example
 * assertLonLat([69.2, 34.5]); // passes
 * assertLonLat([34.5, 169.2]); // throws: longitude and latitude swapped
 */
export function assertLonLat(p: unknown, what = 'point'): asserts p is Position {
  if (!Array.isArray(p) || p.length < 2) {
    throw new RangeError(`${what} must be a [lon, lat] array`);
  }
  const [lon, lat] = p as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new RangeError(`${what} must hold finite numbers, got [${String(lon)}, ${String(lat)}]`);
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    throw new RangeError(`${what} [${lon}, ${lat}] is outside lon -180..180, lat -90..90`);
  }
}

/**
 * Every vertex of a geometry, flattened.
 *
 * @example
 * positionsOf({ type: 'LineString', coordinates: [[69, 34], [70, 33]] }); // [[69, 34], [70, 33]]
 */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}
