/**
 * Validation of any GeoJSON that reaches the map: RFC 7946 structure plus our feature schema.
 * A bad feature is rejected with a message that names the problem; every valid feature is kept.
 * Only known keys are copied, so `__proto__` and friends in data never reach an object we use.
 *
 * RFC 7946 rules (geometry, positions, rings, `crs`: see `validate-geometry.ts`), and here:
 * - §2/§3 the input is a FeatureCollection with a `features` array, a single Feature, or a bare
 *   geometry (both accepted as a collection of one); anything else rejects the whole source.
 * - §3.2 a Feature has `type: "Feature"`, a `geometry` member (an object, or null: kept only for our
 *   `multi_site` summaries) and `properties` (an object or null; missing is read as empty); `id` is
 *   text or a number.
 * Schema rules (DESIGN.md): a known `kind`; text where text is due; `yyyy-mm-dd` dates that exist,
 * `dateEnd` not before `date`; http(s) source URLs; a plain CSS colour; unique ids across sources.
 */
import type { Geometry } from 'geojson';
import {
  EVENT_KINDS,
  FEATURE_KINDS,
  type FeatureKind,
  type FrontierFeature,
  type FrontierFeatureProperties,
  PRECISIONS,
  type Precision,
} from './schema.ts';
import {
  checkCrs,
  checkGeometry,
  describe,
  FeatureRejection,
  isGeometryType,
  quote,
  reject,
} from './validate-geometry.ts';
import { checkI18n } from './validate-i18n.ts';
import { checkClaims, checkSources, optionalString, safeCssColor } from './validate-properties.ts';
import { isIsoDate } from './view-state.ts';

export { checkGeometry } from './validate-geometry.ts';
export { isSourceDate, safeCssColor, safeHttpUrl } from './validate-properties.ts';

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

function checkProperties(
  raw: Record<string, unknown>,
  id: string,
  geometry: Geometry | null,
  options: ValidateOptions,
): FrontierFeatureProperties {
  const kind = raw.kind ?? options.defaultKind;
  if (kind === undefined || kind === null) {
    return reject(`has no "kind" (expected one of ${FEATURE_KINDS.join(', ')}, or a kind on the layer)`);
  }
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
  const i18n = checkI18n(raw.i18n);
  if (i18n) properties.i18n = i18n;
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
  checkCrs(feature);
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
  if (seen.has(id) || options.takenIds?.has(id)) return reject(`duplicate id ${quote(id)}`);
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
  if (type === undefined) {
    return reject('expected GeoJSON (FeatureCollection, Feature or Geometry), got an object with no "type"');
  }
  checkCrs(input);
  if (type === 'FeatureCollection') {
    const { features } = input as { features?: unknown };
    if (!Array.isArray(features)) return reject('a FeatureCollection needs a "features" array');
    return features;
  }
  if (type === 'Feature') return [input];
  if (isGeometryType(type) || type === 'GeometryCollection') {
    return [{ type: 'Feature', geometry: input, properties: {} }];
  }
  return reject(`expected GeoJSON (FeatureCollection, Feature or Geometry), got type ${describe(type)}`);
}

/**
 * Rejects, after the fact, kept features whose ids another source took while this one was being
 * validated (two sources load at once); each gets the problem it would have had, at its index.
 * Relies on what `validateGeoJson` guarantees: every input feature is kept or named in one problem.
 * `firstIndex`: the result is of a run of features starting there (`validateFeatureList`).
 */
export function rejectTakenIds(
  result: ValidationResult,
  taken: ReadonlySet<string>,
  firstIndex = 0,
): ValidationResult {
  if (!result.features.some((feature) => taken.has(feature.id))) return result;
  const named = new Set(result.problems.map((problem) => problem.featureIndex));
  const features: FrontierFeature[] = [];
  const late: ValidationProblem[] = [];
  let index = firstIndex;
  for (const feature of result.features) {
    while (named.has(index)) index++;
    if (taken.has(feature.id)) {
      late.push({ message: `feature ${index}: duplicate id ${quote(feature.id)}`, featureIndex: index });
    } else features.push(feature);
    index++;
  }
  const problems = [...result.problems, ...late].sort(
    (a, b) => (a.featureIndex ?? -1) - (b.featureIndex ?? -1),
  );
  return { features, problems };
}

/**
 * Validates one source. Never throws: a source that is not GeoJSON at all gives one problem and
 * no features; a bad feature gives one problem naming its index, and the others are kept.
 */
export function validateGeoJson(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const features: FrontierFeature[] = [];
  const problems = validateGeoJsonInSlices(input, options, Number.POSITIVE_INFINITY, (slice) => {
    for (const feature of slice) features.push(feature);
  });
  return { features, problems };
}

/**
 * `validateGeoJson` a slice at a time: the valid features of every `sliceSize` input features go to
 * `onSlice` (in order, possibly none) as soon as that slice is checked, so that a worker can send
 * them on while it checks the rest. Returns the problems. Same features, same problems.
 */
export function validateGeoJsonInSlices(
  input: unknown,
  options: ValidateOptions,
  sliceSize: number,
  onSlice: (features: FrontierFeature[]) => void,
): ValidationProblem[] {
  let list: unknown[];
  try {
    list = featureList(input);
  } catch (error) {
    if (!(error instanceof FeatureRejection)) throw error;
    return [{ message: error.message }];
  }
  return validateFeatureList(list, options, sliceSize, onSlice);
}

/**
 * The features of one list (a collection's `features`, or a run of them starting at `firstIndex`
 * of the whole, which ids made up for features without one and problems count from), checked as
 * `validateGeoJsonInSlices` checks them. A run knows nothing of the ids of the runs before it:
 * `rejectTakenIds` settles those after.
 */
export function validateFeatureList(
  list: readonly unknown[],
  options: ValidateOptions,
  sliceSize: number,
  onSlice: (features: FrontierFeature[]) => void,
  firstIndex = 0,
  /** Ids kept so far, when the list goes on from one checked before (a table read in slices). */
  seen = new Set<string>(),
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (let start = 0; start < list.length; start += sliceSize) {
    const end = Math.min(list.length, start + sliceSize);
    const features: FrontierFeature[] = [];
    for (let at = start; at < end; at++) {
      const index = firstIndex + at;
      try {
        features.push(checkFeature(list[at], index, options, seen));
      } catch (error) {
        if (!(error instanceof FeatureRejection)) throw error;
        problems.push({ message: `feature ${index}: ${error.message}`, featureIndex: index });
      }
    }
    onSlice(features);
  }
  return problems;
}
