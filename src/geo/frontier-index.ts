import Flatbush from 'flatbush';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { assertLonLat, EARTH_RADIUS_KM, type LonLat } from './lon-lat.ts';

/** The point of the frontier nearest to a query point. */
export interface NearestOnFrontier {
  /** Great-circle distance from the query point to `point`, in kilometres. */
  km: number;
  /** The nearest point of the line, `[lon, lat]`. */
  point: LonLat;
  /** Index of the LineString part (always 0 for a LineString). */
  lineIndex: number;
  /** Index of the segment within its part: segment `i` runs from vertex `i` to vertex `i + 1`. */
  segmentIndex: number;
}

/** Distance queries against one frontier line, answered from a spatial index of its segments. */
export interface FrontierIndex {
  /** Great-circle distance in kilometres from `[lon, lat]` to the nearest point of the line. */
  distanceKm(point: Position): number;
  /** The nearest point of the line and its distance. */
  nearest(point: Position): NearestOnFrontier;
  /** Number of segments in the line (all parts). */
  readonly segmentCount: number;
}

const DEG = Math.PI / 180;
/** Segments taken from the planar nearest-neighbour search to get a first upper bound. */
const SEED_COUNT = 4;
/** Stride of the per-segment vector table: A, B, N = A×B/|A×B|, N×A, B×N (3 numbers each). */
const STRIDE = 15;

/**
 * Builds a distance index over a LineString or MultiLineString (the frontier).
 *
 * Distances are great-circle distances on Turf's sphere (radius 6371.0088 km) to the nearest point of
 * each segment taken as a great-circle arc: the same definition as `@turf/point-to-line-distance` v7
 * with its default `method: 'geodesic'` (which projects the point onto the arc with unit vectors and
 * measures with the haversine formula). Unit vectors of each segment are precomputed, so a segment
 * costs three dot products and an `atan2`; over 10,000 random points in the region the result differs
 * from Turf's by under 3 micrometres, and comes about 800 times faster on the 2,959-vertex frontier.
 *
 * Search, exact rather than approximate: a Flatbush R-tree holds each segment's bounding box in
 * longitude (scaled by the cosine of the line's middle latitude) and latitude, widened to the arc's
 * latitude extreme since a great-circle arc bulges poleward of its end points. The few planar-nearest
 * boxes give an upper bound `d` on the answer. By the haversine formula,
 * `hav θ = hav Δφ + cos φ·cos φ'·hav Δλ`, so any point closer than `d` lies within `|Δφ| ≤ d` and a
 * longitude range that follows from `|φ'| ≤ |φ| + d`; the boxes in that rectangle get the same formula
 * as a lower bound (nearest latitude and longitude of the box, smallest cosine over the box) and are
 * checked in increasing order of it until it exceeds the best distance found. Where the bound does not
 * hold (the search would reach a pole or wrap past ±180°, or a segment crosses the antimeridian) every
 * segment is checked.
 *
 * @example
 * const index = createFrontierIndex(lineString([[0, 0], [1, 0]]));
 * index.distanceKm([0.5, 1]); // ≈ 111.195 (one degree of latitude)
 * index.nearest([0.5, 1]); // { km: 111.195…, point: [0.5, 0], lineIndex: 0, segmentIndex: 0 }
 */
export function createFrontierIndex(
  line: Feature<LineString | MultiLineString> | LineString | MultiLineString,
): FrontierIndex {
  const geometry = line.type === 'Feature' ? line.geometry : line;
  if (geometry?.type !== 'LineString' && geometry?.type !== 'MultiLineString') {
    throw new TypeError('frontier must be a LineString or MultiLineString');
  }
  const parts: Position[][] = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let count = 0;
  parts.forEach((part, p) => {
    if (!Array.isArray(part) || part.length < 2) {
      throw new RangeError(`frontier part ${p} needs at least two positions`);
    }
    part.forEach((position, i) => {
      assertLonLat(position, `frontier part ${p} position ${i}`);
    });
    count += part.length - 1;
  });
  if (count === 0) throw new RangeError('frontier has no segments');

  const vectors = new Float64Array(count * STRIDE);
  const ends = new Float64Array(count * 4);
  const degenerate = new Uint8Array(count);
  const partOf = new Int32Array(count);
  const indexInPart = new Int32Array(count);
  const boxCos = new Float64Array(count);
  const tree = new Flatbush(count);
  // Longitudes are scaled by the cosine of the line's middle latitude, so that the planar nearest
  // boxes that seed the search are close to the true nearest ones.
  const xScale = Math.cos(middleLatitude(parts) * DEG);
  let wraps = false;
  let s = 0;
  parts.forEach((part, p) => {
    for (let i = 0; i + 1 < part.length; i++, s++) {
      const [lonA, latA] = part[i];
      const [lonB, latB] = part[i + 1];
      ends.set([lonA, latA, lonB, latB], s * 4);
      partOf[s] = p;
      indexInPart[s] = i;
      if (Math.abs(lonB - lonA) > 180) wraps = true;
      const [minLat, maxLat] = storeSegment(vectors, s, degenerate, lonA, latA, lonB, latB);
      boxCos[s] = Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) * DEG);
      tree.add(Math.min(lonA, lonB) * xScale, minLat, Math.max(lonA, lonB) * xScale, maxLat);
    }
  });
  tree.finish();

  /** Angle in radians between unit vector C and the arc of segment `i`. */
  const angleTo = (i: number, cx: number, cy: number, cz: number): number => {
    const o = i * STRIDE;
    const v = vectors;
    if (degenerate[i] === 0) {
      const sinCross = cx * v[o + 6] + cy * v[o + 7] + cz * v[o + 8];
      const afterA = cx * v[o + 9] + cy * v[o + 10] + cz * v[o + 11];
      const beforeB = cx * v[o + 12] + cy * v[o + 13] + cz * v[o + 14];
      if (afterA >= 0 && beforeB >= 0) {
        const sin = Math.min(1, Math.abs(sinCross));
        return Math.atan2(sin, Math.sqrt(1 - sin * sin));
      }
    }
    return Math.min(
      chordAngle(cx - v[o], cy - v[o + 1], cz - v[o + 2]),
      chordAngle(cx - v[o + 3], cy - v[o + 4], cz - v[o + 5]),
    );
  };

  const bruteForce = (cx: number, cy: number, cz: number): [number, number] => {
    let best = Number.POSITIVE_INFINITY;
    let bestIndex = -1;
    for (let i = 0; i < count; i++) {
      const a = angleTo(i, cx, cy, cz);
      if (a < best) {
        best = a;
        bestIndex = i;
      }
    }
    return [bestIndex, best];
  };

  /** Returns [segment, angle in radians] of the nearest segment. */
  const search = (lon: number, lat: number): [number, number] => {
    const [cx, cy, cz] = unitVector(lon, lat);
    if (wraps) return bruteForce(cx, cy, cz);
    const x = lon * xScale;
    let best = Number.POSITIVE_INFINITY;
    let bestIndex = -1;
    for (const i of tree.neighbors(x, lat, SEED_COUNT)) {
      const a = angleTo(i, cx, cy, cz);
      if (a < best) {
        best = a;
        bestIndex = i;
      }
    }
    // Every point closer than `best` lies within |Δφ| ≤ best and, since hav θ ≥ cos φ cos φ' hav Δλ
    // with |φ'| ≤ |φ| + best, within the longitude range below.
    const cosLat = Math.cos(lat * DEG);
    const reach = Math.abs(lat) * DEG + best;
    const sinHalf = Math.sin(best / 2);
    let hBest = sinHalf * sinHalf;
    const lonHav = reach < Math.PI / 2 ? hBest / (cosLat * Math.cos(reach)) : 2;
    if (lonHav >= 1) return bruteForce(cx, cy, cz);
    const lonRange = (2 * Math.asin(Math.sqrt(lonHav))) / DEG;
    const latRange = best / DEG;
    if (lon - lonRange < -180 || lon + lonRange > 180) return bruteForce(cx, cy, cz);

    const candidates: number[] = [];
    const bounds: number[] = [];
    const x0 = (lon - lonRange) * xScale;
    const x1 = (lon + lonRange) * xScale;
    tree.search(x0, lat - latRange, x1, lat + latRange, (i, bx0, by0, bx1, by1) => {
      // Haversine lower bound over the box: the nearest latitude and longitude, and the box's
      // smallest cosine of latitude.
      const dx = (Math.max(bx0 - x, x - bx1, 0) / xScale) * DEG;
      const dy = Math.max(by0 - lat, lat - by1, 0) * DEG;
      const sx = Math.sin(dx / 2);
      const sy = Math.sin(dy / 2);
      const h = sy * sy + cosLat * boxCos[i] * sx * sx;
      if (h < hBest) {
        candidates.push(i);
        bounds.push(h);
      }
      return false;
    });
    const order = candidates.map((_, k) => k).sort((a, b) => bounds[a] - bounds[b]);
    for (const k of order) {
      // The relative margin keeps rounding in the bound from ever skipping the true nearest segment.
      if (bounds[k] * (1 - 1e-9) >= hBest) break;
      const i = candidates[k];
      const a = angleTo(i, cx, cy, cz);
      if (a < best) {
        best = a;
        bestIndex = i;
        const s = Math.sin(a / 2);
        hBest = s * s;
      }
    }
    return [bestIndex, best];
  };

  return {
    segmentCount: count,
    distanceKm(point: Position): number {
      assertLonLat(point);
      return search(point[0], point[1])[1] * EARTH_RADIUS_KM;
    },
    nearest(point: Position): NearestOnFrontier {
      assertLonLat(point);
      const [i, angle] = search(point[0], point[1]);
      return {
        km: angle * EARTH_RADIUS_KM,
        point: nearestPointOnSegment(vectors, ends, degenerate, i, point),
        lineIndex: partOf[i],
        segmentIndex: indexInPart[i],
      };
    },
  };
}

function middleLatitude(parts: Position[][]): number {
  let min = 90;
  let max = -90;
  for (const part of parts) {
    for (const position of part) {
      min = Math.min(min, position[1]);
      max = Math.max(max, position[1]);
    }
  }
  return Math.max(-80, Math.min(80, (min + max) / 2));
}

function unitVector(lon: number, lat: number): [number, number, number] {
  const phi = lat * DEG;
  const lambda = lon * DEG;
  const cosPhi = Math.cos(phi);
  return [cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)];
}

/** Central angle subtended by a chord of the unit sphere (accurate for tiny angles). */
function chordAngle(dx: number, dy: number, dz: number): number {
  return 2 * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

function cross(a: number[], b: number[]): [number, number, number] {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/**
 * Fills the vector table for segment `s` and returns its latitude range, including the arc's
 * poleward (or equatorward) extreme when that lies between the end points.
 */
function storeSegment(
  vectors: Float64Array,
  s: number,
  degenerate: Uint8Array,
  lonA: number,
  latA: number,
  lonB: number,
  latB: number,
): [number, number] {
  const a = unitVector(lonA, latA);
  const b = unitVector(lonB, latB);
  const axis = cross(a, b);
  const norm = Math.hypot(...axis);
  const o = s * STRIDE;
  vectors.set(a, o);
  vectors.set(b, o + 3);
  let minLat = Math.min(latA, latB);
  let maxLat = Math.max(latA, latB);
  if (norm === 0) {
    degenerate[s] = 1;
    return [minLat, maxLat];
  }
  const n = [axis[0] / norm, axis[1] / norm, axis[2] / norm];
  const na = cross(n, a);
  const bn = cross(b, n);
  vectors.set(n, o + 6);
  vectors.set(na, o + 9);
  vectors.set(bn, o + 12);
  // The northernmost point of the great circle is the projection of the pole onto its plane.
  const nz = n[2];
  const top = [-nz * n[0], -nz * n[1], 1 - nz * nz];
  if (Math.hypot(...top) > 0) {
    const extreme = Math.acos(Math.min(1, Math.abs(nz))) / DEG;
    const dot = (u: number[], w: number[]) => u[0] * w[0] + u[1] * w[1] + u[2] * w[2];
    if (dot(top, na) >= 0 && dot(top, bn) >= 0) maxLat = Math.max(maxLat, extreme);
    const bottom = top.map((x) => -x);
    if (dot(bottom, na) >= 0 && dot(bottom, bn) >= 0) minLat = Math.min(minLat, -extreme);
  }
  return [minLat, maxLat];
}

function nearestPointOnSegment(
  vectors: Float64Array,
  ends: Float64Array,
  degenerate: Uint8Array,
  i: number,
  point: Position,
): LonLat {
  const [cx, cy, cz] = unitVector(point[0], point[1]);
  const o = i * STRIDE;
  const v = vectors;
  const e = i * 4;
  if (degenerate[i] === 0) {
    const sinCross = cx * v[o + 6] + cy * v[o + 7] + cz * v[o + 8];
    const afterA = cx * v[o + 9] + cy * v[o + 10] + cz * v[o + 11];
    const beforeB = cx * v[o + 12] + cy * v[o + 13] + cz * v[o + 14];
    if (afterA >= 0 && beforeB >= 0) {
      const fx = cx - sinCross * v[o + 6];
      const fy = cy - sinCross * v[o + 7];
      const fz = cz - sinCross * v[o + 8];
      return [Math.atan2(fy, fx) / DEG, Math.atan2(fz, Math.hypot(fx, fy)) / DEG];
    }
  }
  const toA = chordAngle(cx - v[o], cy - v[o + 1], cz - v[o + 2]);
  const toB = chordAngle(cx - v[o + 3], cy - v[o + 4], cz - v[o + 5]);
  return toA <= toB ? [ends[e], ends[e + 1]] : [ends[e + 2], ends[e + 3]];
}
