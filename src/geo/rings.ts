import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Twice the signed planar area of a closed `[lon, lat]` ring in square degrees: positive when the
 * ring runs counter-clockwise. Only the sign is used (ring orientation), for which the planar
 * formula is exact as long as the ring does not cross the antimeridian.
 *
 * @example
 * ringArea2([[0, 0], [1, 0], [1, 1], [0, 0]]); // 1 (counter-clockwise)
 */
export function ringArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

/**
 * The ring, reversed when needed so that it runs counter-clockwise (`ccw`) or clockwise.
 *
 * @example
 * orientRing([[0, 0], [0, 1], [1, 1], [0, 0]], true); // [[0, 0], [1, 1], [0, 1], [0, 0]]
 */
export function orientRing(ring: Position[], ccw: boolean): Position[] {
  return ringArea2(ring) > 0 === ccw ? ring : ring.slice().reverse();
}

/**
 * Rewinds a Polygon or MultiPolygon to RFC 7946 orientation: exterior rings counter-clockwise, holes
 * clockwise. Returns the polygons as a list of ring lists.
 *
 * @example
 * rewindPolygons({ type: 'Polygon', coordinates: [clockwiseSquare] }); // [[counterClockwiseSquare]]
 */
export function rewindPolygons(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring, i) => orientRing(ring, i === 0)));
}

/**
 * Whether `point` lies strictly inside the closed ring (even–odd rule, planar in degrees). Used to
 * decide nesting between rings whose boundaries do not cross, so one vertex settles it.
 *
 * @example
 * ringContains([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]], [1, 1]); // true
 */
export function ringContains(ring: readonly Position[], point: Position): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
