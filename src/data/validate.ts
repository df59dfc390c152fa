/**
 * Validation of any GeoJSON that reaches the map: RFC 7946 structure plus our feature schema.
 * A bad feature is rejected with a message that names the problem; every valid feature is kept.
 * Only known keys are copied, so `__proto__` and friends in data never reach an object we use.
 */
import type { Geometry, Position } from 'geojson';
import {
  type Claim,
  EVENT_KINDS,
  FEATURE_KINDS,
  type FeatureKind,
  type FrontierFeature,
  type FrontierFeatureProperties,
  PRECISIONS,
  type Precision,
  type Source,
} from './schema.ts';
import { isIsoDate } from './view-state.ts';

export interface ValidationProblem {
  message: string;
  featureIndex?: number;
}

export interface ValidationResult {
  features: FrontierFeature[];
  problems: ValidationProblem[];
}

export interface ValidateOptions {
  /** Kind given to features that carry none (a `<frontier-layer kind>`). */
  defaultKind?: FeatureKind;
  /** Prefix for ids made up for features that carry none. */
  idPrefix?: string;
  /** Require every event to carry a date, a precision and at least one source (the shipped data). */
  strict?: boolean;
  /** ids already taken by other sources: duplicates are rejected. */
  takenIds?: ReadonlySet<string>;
}

/** Thrown for a feature that must be skipped; the message names the problem in plain words. */
class FeatureRejection extends Error {}

const reject = (message: string): never => {
  throw new FeatureRejection(message);
};

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string "${value.length > 20 ? `${value.slice(0, 20)}…` : value}"`;
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
}

export function checkGeometry(value: unknown): Geometry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject(`geometry must be an object, got ${describe(value)}`);
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !(type in DEPTH)) {
    return reject(`geometry type ${describe(type)} is not supported (Point, LineString, Polygon and Multi*)`);
  }
  const checked = checkCoordinates(coordinates, DEPTH[type]!);
  if (type === 'LineString' && (checked as Position[]).length < 2) {
    reject('a LineString needs at least 2 positions');
  }
  if (type === 'Polygon') (checked as Position[][]).forEach(checkRing);
  if (type === 'MultiPolygon') for (const polygon of checked as Position[][][]) polygon.forEach(checkRing);
  return { type, coordinates: checked } as Geometry;
}

const optionalString = (properties: Record<string, unknown>, key: string): string | undefined => {
  const value = properties[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return reject(`property "${key}" must be text, got ${describe(value)}`);
  return value;
};

/** Parses a URL and keeps it only when it is http(s). */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const CSS_COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|hsl)a?\(\s*[\d.%\s,/+-]+\)|[a-z]{3,20})$/i;

/** A CSS colour that cannot smuggle in other declarations; null otherwise. */
export function safeCssColor(value: unknown): string | null {
  return typeof value === 'string' && CSS_COLOR.test(value.trim()) ? value.trim() : null;
}

function checkClaims(value: unknown): Claim[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return reject('property "claims" must be a list of { by, claim }');
  return value.map((item, index) => {
    const { by, claim } = (item ?? {}) as { by?: unknown; claim?: unknown };
    if (typeof by !== 'string' || typeof claim !== 'string') {
      return reject(`claim ${index + 1} needs text "by" and "claim"`);
    }
    return { by, claim };
  });
}

function checkSources(value: unknown): Source[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return reject('property "sources" must be a list of { url, publisher, date }');
  return value.map((item, index) => {
    const { url, publisher, date, dateApprox } = (item ?? {}) as Record<string, unknown>;
    const href = safeHttpUrl(url);
    if (!href) return reject(`source ${index + 1}: URL ${describe(url)} is not an http(s) address`);
    const source: Source = {
      url: href,
      publisher: typeof publisher === 'string' ? publisher : new URL(href).host,
    };
    if (date !== undefined) {
      if (!isIsoDate(date)) return reject(`source ${index + 1}: date ${describe(date)} is not yyyy-mm-dd`);
      source.date = date;
    }
    if (dateApprox === true) source.dateApprox = true;
    return source;
  });
}

function checkProperties(
  raw: Record<string, unknown>,
  id: string,
  geometry: Geometry | null,
  options: ValidateOptions,
): FrontierFeatureProperties {
  const kind = raw.kind ?? options.defaultKind;
  if (typeof kind !== 'string' || !(FEATURE_KINDS as readonly string[]).includes(kind)) {
    return reject(`kind ${describe(kind)} is unknown (expected one of ${FEATURE_KINDS.join(', ')})`);
  }
  const title = optionalString(raw, 'title') ?? optionalString(raw, 'name') ?? id;
  const properties: FrontierFeatureProperties = { id, kind: kind as FeatureKind, title };
  for (const key of ['description', 'place', 'country', 'actor'] as const) {
    const value = optionalString(raw, key);
    if (value !== undefined) properties[key] = value;
  }
  for (const key of ['date', 'dateEnd'] as const) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (!isIsoDate(value)) return reject(`${key} ${describe(value)} is not a date (yyyy-mm-dd)`);
    properties[key] = value;
  }
  if (properties.date && properties.dateEnd && properties.dateEnd < properties.date) {
    reject(`dateEnd ${properties.dateEnd} is before date ${properties.date}`);
  }
  if (raw.precision !== undefined) {
    if (!(PRECISIONS as readonly unknown[]).includes(raw.precision)) {
      return reject(`precision ${describe(raw.precision)} is not one of ${PRECISIONS.join(', ')}`);
    }
    properties.precision = raw.precision as Precision;
  }
  if (raw.uncertaintyKm !== undefined) {
    const km = raw.uncertaintyKm;
    if (typeof km !== 'number' || !Number.isFinite(km) || km < 0 || km > 1000) {
      return reject(`uncertaintyKm ${describe(km)} must be a number from 0 to 1000`);
    }
    properties.uncertaintyKm = km;
  }
  const claims = checkClaims(raw.claims);
  if (claims) properties.claims = claims;
  const sources = checkSources(raw.sources);
  if (sources) properties.sources = sources;
  if (Array.isArray(raw.parts) && raw.parts.every((part) => typeof part === 'string')) {
    properties.parts = [...raw.parts];
  }
  if (raw.color !== undefined) {
    const color = safeCssColor(raw.color);
    if (!color) return reject(`color ${describe(raw.color)} is not a CSS colour`);
    properties.color = color;
  }
  if (geometry === null && properties.precision !== 'multi_site') {
    reject('geometry is null (only multi_site summaries may have none)');
  }
  if (options.strict && EVENT_KINDS.includes(properties.kind)) {
    if (!properties.date) reject('an event needs a date');
    if (!properties.precision) reject('an event needs a precision');
    if (!properties.sources?.length) reject('an event needs at least one source');
  }
  return properties;
}

function checkFeature(value: unknown, index: number, options: ValidateOptions, seen: Set<string>) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject(`is ${describe(value)}, not a Feature object`);
  }
  const feature = value as Record<string, unknown>;
  if (feature.type !== 'Feature') return reject(`has type ${describe(feature.type)}, not "Feature"`);
  if (!('geometry' in feature)) return reject('has no "geometry" member');
  const geometry = feature.geometry === null ? null : checkGeometry(feature.geometry);
  const rawProperties = feature.properties ?? {};
  if (typeof rawProperties !== 'object' || Array.isArray(rawProperties)) {
    return reject(`properties must be an object, got ${describe(rawProperties)}`);
  }
  const props = rawProperties as Record<string, unknown>;
  const rawId = props.id ?? feature.id;
  let id: string;
  if (typeof rawId === 'string' && rawId.trim() !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId === undefined || rawId === null) id = `${options.idPrefix ?? 'feature'}-${index}`;
  else return reject(`id ${describe(rawId)} must be text or a number`);
  if (seen.has(id) || options.takenIds?.has(id)) return reject(`duplicate id "${id}"`);
  const properties = checkProperties(props, id, geometry, options);
  seen.add(id);
  return { type: 'Feature', id, geometry, properties } satisfies FrontierFeature;
}

/** Lists the features of a FeatureCollection, a single Feature or a bare Geometry. */
function featureList(input: unknown): unknown[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return reject(`expected a GeoJSON object, got ${describe(input)}`);
  }
  const { type } = input as { type?: unknown };
  if (type === 'FeatureCollection') {
    const { features } = input as { features?: unknown };
    if (!Array.isArray(features)) return reject('a FeatureCollection needs a "features" array');
    return features;
  }
  if (type === 'Feature') return [input];
  if (typeof type === 'string' && type in DEPTH)
    return [{ type: 'Feature', geometry: input, properties: {} }];
  return reject(`expected GeoJSON (FeatureCollection, Feature or Geometry), got type ${describe(type)}`);
}

/**
 * Validates one source. Never throws: a source that is not GeoJSON at all gives one problem and
 * no features; a bad feature gives one problem naming its index, and the others are kept.
 */
export function validateGeoJson(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const problems: ValidationProblem[] = [];
  const features: FrontierFeature[] = [];
  let list: unknown[];
  try {
    list = featureList(input);
  } catch (error) {
    if (!(error instanceof FeatureRejection)) throw error;
    return { features, problems: [{ message: error.message }] };
  }
  const seen = new Set<string>();
  list.forEach((item, index) => {
    try {
      features.push(checkFeature(item, index, options, seen));
    } catch (error) {
      if (!(error instanceof FeatureRejection)) throw error;
      problems.push({ message: `feature ${index}: ${error.message}`, featureIndex: index });
    }
  });
  return { features, problems };
}
