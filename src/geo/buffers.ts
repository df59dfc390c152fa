import { booleanValid } from '@turf/boolean-valid';
import { buffer } from '@turf/buffer';
import { kinks } from '@turf/kinks';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { assertLonLat } from './lon-lat.ts';
import { orientRing, rewindPolygons, ringContains } from './rings.ts';
import { simplifyLine } from './simplify-line.ts';

/** Properties of a frontier buffer polygon. */
export interface FrontierBufferProperties {
  /** Buffer distance either side of the frontier, in kilometres. */
  widthKm: number;
  /** Douglas–Peucker tolerance the line was simplified with before buffering, in kilometres. */
  toleranceKm: number;
}

export type FrontierBuffer = Feature<Polygon | MultiPolygon, FrontierBufferProperties>;

export interface FrontierBufferOptions {
  /** Simplification tolerance in km; default `widthKm / 50` (1 km for a 50 km buffer). */
  toleranceKm?: number;
  /** Segments per quarter circle at the line's ends and convex bends; default 8, as in Turf. */
  steps?: number;
  /** Check the result for kinks and validity (see `assertValidBuffer`); default true. */
  validate?: boolean;
}

/** Band between two nested buffers, for drawing: everything within `toKm` but not within `fromKm`. */
export type BufferBand = Feature<MultiPolygon, { fromKm: number; toKm: number }>;

/**
 * The area within `widthKm` of the frontier, as a Polygon or MultiPolygon with RFC 7946 winding.
 *
 * `@turf/buffer` (JSTS) slows down sharply with the number of vertices and with the width (the full
 * 2,959-vertex frontier takes 11 s at 10 km and 36 s at 50 km), so the line is first simplified
 * (Douglas–Peucker) with a tolerance of `widthKm / 50` unless told otherwise: 3–5 s per width.
 * Accuracy against the exact buffer of the unsimplified line:
 * - simplification moves the line by at most the tolerance (2 % of the width), either way;
 * - Turf buffers in an azimuthal equidistant projection centred on the line, which shrinks distances
 *   across the line by about θ²/6 at angle θ from the centre: ≈ 0.25 % at the frontier's ends;
 * - round ends and bends are drawn with `steps` chords per quarter circle: up to 0.5 % inward at 8.
 * Measured on the shipped frontier, every vertex lies between 98 % and 100.2 % of the width from the
 * unsimplified line: one pixel when the band is drawn 50 pixels wide.
 * The default widths are precomputed in `geodata/derived/frontier-buffers.geojson`.
 *
 * @example
 * frontierBuffer(frontier, 25); // Feature<Polygon> with properties { widthKm: 25, toleranceKm: 0.5 }
 * frontierBuffer(frontier, 0); // throws RangeError
 */
export function frontierBuffer(
  line: Feature<LineString | MultiLineString> | LineString | MultiLineString,
  widthKm: number,
  options: FrontierBufferOptions = {},
): FrontierBuffer {
  if (typeof widthKm !== 'number' || !Number.isFinite(widthKm) || widthKm <= 0) {
    throw new RangeError(`buffer width must be a finite number of kilometres > 0, got ${String(widthKm)}`);
  }
  const { toleranceKm = widthKm / 50, steps = 8, validate = true } = options;
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`buffer steps must be an integer ≥ 1`);
  const geometry = line?.type === 'Feature' ? line.geometry : line;
  if (geometry?.type !== 'LineString' && geometry?.type !== 'MultiLineString') {
    throw new TypeError('frontier must be a LineString or MultiLineString');
  }
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const simplified = parts.map((part, p) => {
    if (part.length < 2) throw new RangeError(`frontier part ${p} needs at least two positions`);
    part.forEach((position, i) => {
      assertLonLat(position, `frontier part ${p} position ${i}`);
    });
    return simplifyLine(part, toleranceKm);
  });
  const input: MultiLineString | LineString =
    simplified.length === 1
      ? { type: 'LineString', coordinates: simplified[0] }
      : { type: 'MultiLineString', coordinates: simplified };
  const result = buffer({ type: 'Feature', properties: {}, geometry: input }, widthKm, {
    units: 'kilometers',
    steps,
  });
  const shape = result?.geometry;
  if (shape?.type !== 'Polygon' && shape?.type !== 'MultiPolygon') {
    throw new Error(`buffering the frontier by ${widthKm} km gave no polygon`);
  }
  const polygons = rewindPolygons(shape);
  const out: FrontierBuffer = {
    type: 'Feature',
    properties: { widthKm, toleranceKm },
    geometry:
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons },
  };
  if (validate) assertValidBuffer(out);
  return out;
}

/**
 * Throws an `Error` naming the problem unless the polygon is valid for drawing and point tests: no
 * self-intersections (`@turf/kinks`) and valid by `@turf/boolean-valid` (closed rings, holes inside
 * their shell, no overlapping parts).
 *
 * @example
 * assertValidBuffer(frontierBuffer(frontier, 10)); // passes
 */
export function assertValidBuffer(polygon: Feature<Polygon | MultiPolygon>): void {
  const found = kinks(polygon).features;
  if (found.length > 0) {
    const at = found[0].geometry.coordinates.join(', ');
    throw new Error(`buffer polygon has ${found.length} self-intersection(s), the first at [${at}]`);
  }
  if (!booleanValid(polygon)) throw new Error('buffer polygon is not a valid (Multi)Polygon');
}

/**
 * Turns nested buffers of the same line (10 ⊂ 25 ⊂ 50 km) into bands that do not overlap, so each
 * can be filled once: 0–10, 10–25 and 25–50 km. Buffers are sorted by width. Each band is the wider
 * polygon with the narrower one's outer rings cut out as holes; holes of the narrower polygon (land
 * enclosed by a loop of the line) come back as islands. This relies on the buffers' boundaries not
 * touching, which holds for buffers of one line at different widths, and so needs no polygon
 * clipping library.
 *
 * @example
 * bandsFromBuffers([b10, b25, b50]).map((b) => b.properties);
 * // [{ fromKm: 0, toKm: 10 }, { fromKm: 10, toKm: 25 }, { fromKm: 25, toKm: 50 }]
 */
export function bandsFromBuffers(buffers: readonly FrontierBuffer[]): BufferBand[] {
  const sorted = [...buffers].sort((a, b) => a.properties.widthKm - b.properties.widthKm);
  const bands: BufferBand[] = [];
  let inner: Position[][][] = [];
  let fromKm = 0;
  for (const current of sorted) {
    const outer = rewindPolygons(current.geometry);
    bands.push({
      type: 'Feature',
      properties: { fromKm, toKm: current.properties.widthKm },
      geometry: { type: 'MultiPolygon', coordinates: subtractNested(outer, inner) },
    });
    inner = outer;
    fromKm = current.properties.widthKm;
  }
  return bands;
}

/**
 * `outer` minus `inner` for polygons whose boundaries do not touch, with `inner` inside `outer`.
 * A point is in `outer` when an odd number of its rings surround it, likewise for `inner`, so it is in
 * the difference exactly when an odd number of all rings together surround it: the even–odd fill of
 * all rings. Rings nested an even number of times are shells, the others holes of their innermost
 * container.
 */
function subtractNested(outer: Position[][][], inner: Position[][][]): Position[][][] {
  const rings = [...outer.flat(), ...inner.flat()];
  const containers = rings.map((ring, i) =>
    rings.flatMap((other, j) => (j !== i && ringContains(other, ring[0]) ? [j] : [])),
  );
  const shells = new Map<number, Position[][]>();
  rings.forEach((ring, i) => {
    if (containers[i].length % 2 === 0) shells.set(i, [orientRing(ring, true)]);
  });
  rings.forEach((ring, i) => {
    const depth = containers[i].length;
    if (depth % 2 === 0) return;
    const parent = containers[i].find((j) => containers[j].length === depth - 1);
    if (parent !== undefined) shells.get(parent)?.push(orientRing(ring, false));
  });
  return [...shells.values()];
}
