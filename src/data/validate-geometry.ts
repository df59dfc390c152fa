/**
 * The RFC 7946 half of validation: geometries, positions and the legacy `crs` member. Pure, no DOM.
 * Each check either returns a fresh copy of what it accepted or throws a `FeatureRejection` whose
 * message names the problem in plain words; `validate.ts` turns that into one problem per feature.
 *
 * Rules of RFC 7946 checked here:
 * - §3.1 a geometry is an object with a `type` and a `coordinates` member nested to the depth its
 *   type demands (Point 0, MultiPoint and LineString 1, MultiLineString and Polygon 2, MultiPolygon 3);
 *   anything deeper or shallower is rejected, so deeply nested arrays cost one walk of fixed depth.
 * - §3.1.1 a position is an array of 2 or 3 finite numbers: longitude −180…180, latitude −90…90, and
 *   an optional altitude (the RFC lets positions carry more elements but asks writers not to; we reject
 *   them). Strings, null, NaN and Infinity (`1e400` in JSON) are rejected, never coerced.
 * - §3.1.4 a LineString, and each part of a MultiLineString (§3.1.5), has at least 2 positions;
 *   §3.1.6 every polygon ring has at least 4 positions and is closed: its first and last positions are
 *   equivalent in every coordinate, altitude included (one with an altitude and one without differ).
 * - Empty `coordinates` arrays (which §3.1 lets readers treat as null) are rejected: nothing to draw.
 * - GeometryCollection (§3.1.8) is not supported, a product choice: a collection of unlike geometries has
 *   no single marker, popup or legend row. Give each geometry its own Feature instead.
 * - §4 the `crs` member of GeoJSON 2008 is gone; old files still carry it. One naming WGS 84
 *   longitude/latitude (OGC CRS84, EPSG:4326) is accepted, any other is rejected: its coordinates are
 *   not degrees. §3.1.9 antimeridian cutting is not checked: the frontier is far from ±180°.
 * - `bbox` and other foreign members are ignored: never read, never copied.
 */
import type { Geometry, Position } from 'geojson';

/** Thrown for a feature (or a source) that must be skipped; the message says why in plain words. */
export class FeatureRejection extends Error {}

export const reject = (message: string): never => {
  throw new FeatureRejection(message);
};

/** Depth of `coordinates` per supported geometry type (a Map: no inherited keys like `constructor`). */
const DEPTH = new Map<string, number>([
  ['Point', 0],
  ['MultiPoint', 1],
  ['LineString', 1],
  ['MultiLineString', 2],
  ['Polygon', 2],
  ['MultiPolygon', 3],
]);

/** True for the geometry types we draw. */
export const isGeometryType = (type: unknown): type is Geometry['type'] =>
  typeof type === 'string' && DEPTH.has(type);

/** Text longer than this is cut in messages: a hostile value must not flood the notice. */
const QUOTE_LIMIT = 40;

/** Quotes a piece of data for a message, shortened to `limit` characters. */
export const quote = (text: string, limit = QUOTE_LIMIT): string =>
  `"${text.length > limit ? `${text.slice(0, limit)}…` : text}"`;

/** A value as a message shows it: `null`, `an array`, `the string "…"`, a number, or its type. */
export const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'number') return String(value);
  return typeof value;
};

function checkPosition(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    return reject(`a position must be [longitude, latitude], got ${describe(value)}`);
  }
  for (const coordinate of value) {
    if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) {
      return reject(`coordinate ${describe(coordinate)} is not a finite number`);
    }
  }
  const [lon, lat] = value as number[];
  if (Math.abs(lat!) > 90) {
    const hint = Math.abs(lon!) <= 90 ? ' — are longitude and latitude swapped?' : '';
    return reject(`latitude ${lat} is outside −90…90${hint}`);
  }
  if (Math.abs(lon!) > 180) return reject(`longitude ${lon} is outside −180…180`);
  return value.slice(0, 3) as Position;
}

/** Walks coordinates to the depth the type demands; anything deeper or shallower is rejected. */
function checkCoordinates(value: unknown, depth: number): unknown {
  if (depth === 0) return checkPosition(value);
  if (!Array.isArray(value)) return reject(`coordinates must be nested arrays, got ${describe(value)}`);
  if (value.length === 0) return reject('geometry is empty (no coordinates)');
  return value.map((child) => checkCoordinates(child, depth - 1));
}

function checkRing(ring: Position[], index: number): void {
  if (ring.length < 4) reject(`polygon ring ${index} has ${ring.length} positions; at least 4 are needed`);
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    reject(`polygon ring ${index} is not closed (its first and last positions differ)`);
  }
  if (first.length !== last.length || first[2] !== last[2]) {
    reject(`polygon ring ${index} is not closed (its first and last positions differ in altitude)`);
  }
}

/** Checks one geometry object; returns a copy made of the accepted members only. */
export function checkGeometry(value: unknown): Geometry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject(`geometry must be an object, got ${describe(value)}`);
  }
  checkCrs(value);
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'GeometryCollection') {
    return reject(
      'geometry type the string "GeometryCollection" is not supported: give each geometry its own Feature',
    );
  }
  if (!isGeometryType(type)) {
    return reject(`geometry type ${describe(type)} is not supported (Point, LineString, Polygon and Multi*)`);
  }
  const checked = checkCoordinates(coordinates, DEPTH.get(type)!);
  if (type === 'LineString' && (checked as Position[]).length < 2) {
    reject('a LineString needs at least 2 positions');
  }
  if (type === 'MultiLineString') {
    (checked as Position[][]).forEach((part, index) => {
      if (part.length < 2) reject(`MultiLineString part ${index} has 1 position; a line needs at least 2`);
    });
  }
  if (type === 'Polygon') (checked as Position[][]).forEach(checkRing);
  if (type === 'MultiPolygon') for (const polygon of checked as Position[][][]) polygon.forEach(checkRing);
  return { type, coordinates: checked } as Geometry;
}

/** Names of WGS 84 longitude/latitude as GeoJSON 2008 files wrote them (case and colons vary). */
const WGS84_NAME =
  /^(urn:ogc:def:crs:ogc:1\.3:crs84|urn:ogc:def:crs:epsg:[\d.]*:4326|epsg:4326|crs84|wgs ?84)$/i;

/**
 * A legacy `crs` member is fine when it names WGS 84 (what RFC 7946 requires anyway) and rejected
 * otherwise: projected coordinates (metres) would land anywhere on the globe.
 */
export function checkCrs(value: object): void {
  if (!('crs' in value)) return;
  const crs = (value as { crs?: unknown }).crs;
  if (crs === null || crs === undefined) return;
  const { type, properties } = (typeof crs === 'object' ? crs : {}) as {
    type?: unknown;
    properties?: unknown;
  };
  const { name, code } = (typeof properties === 'object' && properties !== null ? properties : {}) as {
    name?: unknown;
    code?: unknown;
  };
  if (type === 'name' && typeof name === 'string' && WGS84_NAME.test(name.trim())) return;
  if (type === 'EPSG' && (code === 4326 || code === '4326')) return;
  const named =
    typeof name === 'string'
      ? ` ${quote(name)}`
      : typeof code !== 'undefined'
        ? ` EPSG ${describe(code)}`
        : '';
  reject(
    `uses the coordinate reference system${named}; only WGS 84 longitude/latitude (CRS84, EPSG:4326) ` +
      'is supported — reproject the data to WGS 84 and drop the "crs" member',
  );
}
