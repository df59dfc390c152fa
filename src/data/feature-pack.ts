/**
 * Validated features packed for the trip from a validation worker to the page: the text of every
 * batch as one string with the end of each piece, and the rest as numbers in typed arrays (handed
 * over, not copied). Text that repeats (kinds, places, titles, publishers, claims: the same for
 * thousands of rows of an ACLED export) is sent once and shared by every feature that has it.
 *
 * Measured on 100,000 ACLED rows: the page unpacks a batch in about a tenth of the time `JSON.parse`
 * of the same features takes, with a fraction of the garbage, and the worker packs it in about half
 * the time of `JSON.stringify`. What the packed columns do not cover (other geometries than a 2D
 * point, `parts`, `color`, `i18n`) travels as JSON beside them; the unpacked features are equal to
 * the packed ones, key order included.
 */
import type { Geometry } from 'geojson';
import {
  type Claim,
  type FrontierFeature,
  type FrontierFeatureProperties,
  PRECISIONS,
  type Source,
} from './schema.ts';

export interface FeaturePack {
  count: number;
  /** Every piece of text, one after the other; `ends[k]` is where piece k ends. */
  text: string;
  ends: Int32Array;
  /** `FIELDS` per feature: the piece of text of each text property, -1 when absent. */
  cells: Int32Array;
  /** Per feature: longitude, latitude (of a point) and `uncertaintyKm`, NaN when absent. */
  numbers: Float64Array;
  /** Per claim: `by`, `claim`. */
  claims: Int32Array;
  /** Per source: `url`, `publisher`, `date` (-1: none), `dateApprox` (1: true). */
  sources: Int32Array;
}

/** The typed arrays of a pack, to hand over with `postMessage`. */
export const packBuffers = (pack: FeaturePack): ArrayBuffer[] =>
  [pack.ends, pack.cells, pack.numbers, pack.claims, pack.sources].map(
    (array) => array.buffer as ArrayBuffer,
  );

const TEXT_KEYS = ['kind', 'title', 'description', 'place', 'country', 'actor', 'date', 'dateEnd'] as const;
// Cells of a feature: id, the text keys, precision, claim count, source count, the JSON of the rest
// (-1: none), and how the geometry travels (POINT, NONE or in the rest).
const ID = 0;
const PRECISION_CELL = TEXT_KEYS.length + 1;
const CLAIM_COUNT = PRECISION_CELL + 1;
const SOURCE_COUNT = CLAIM_COUNT + 1;
const REST = SOURCE_COUNT + 1;
const GEOMETRY = REST + 1;
const FIELDS = GEOMETRY + 1;
const POINT = 0;
const NO_GEOMETRY = 1;
const GEOMETRY_IN_REST = 2;

/** Text that is not worth looking up: mostly different for every feature. */
const UNIQUE_TEXT = new Set<string>(['description']);

/** Packs validated features (it does not change them). */
export function packFeatures(features: readonly FrontierFeature[]): FeaturePack {
  const pieces: string[] = [];
  const seen = new Map<string, number>();
  const once = (text: string) => {
    pieces.push(text);
    return pieces.length - 1;
  };
  const shared = (text: string | undefined) => {
    if (text === undefined) return -1;
    let at = seen.get(text);
    if (at === undefined) {
      at = once(text);
      seen.set(text, at);
    }
    return at;
  };
  const count = features.length;
  const cells = new Int32Array(count * FIELDS);
  const numbers = new Float64Array(count * 3).fill(Number.NaN);
  const claims: number[] = [];
  const sources: number[] = [];
  for (let i = 0; i < count; i++) {
    const { geometry, properties } = features[i]!;
    const at = i * FIELDS;
    cells[at + ID] = once(properties.id);
    for (let k = 0; k < TEXT_KEYS.length; k++) {
      const key = TEXT_KEYS[k]!;
      const value = properties[key];
      cells[at + 1 + k] = value === undefined ? -1 : UNIQUE_TEXT.has(key) ? once(value) : shared(value);
    }
    cells[at + PRECISION_CELL] =
      properties.precision === undefined ? -1 : PRECISIONS.indexOf(properties.precision);
    if (properties.uncertaintyKm !== undefined) numbers[i * 3 + 2] = properties.uncertaintyKm;
    cells[at + CLAIM_COUNT] = properties.claims ? properties.claims.length : -1;
    for (const claim of properties.claims ?? []) claims.push(shared(claim.by), shared(claim.claim));
    cells[at + SOURCE_COUNT] = properties.sources ? properties.sources.length : -1;
    for (const source of properties.sources ?? []) {
      sources.push(
        shared(source.url),
        shared(source.publisher),
        shared(source.date),
        source.dateApprox ? 1 : 0,
      );
    }
    const rest: { geometry?: Geometry; parts?: string[]; color?: string; i18n?: unknown } = {};
    let more = false;
    if (geometry === null) cells[at + GEOMETRY] = NO_GEOMETRY;
    else if (geometry.type === 'Point' && geometry.coordinates.length === 2) {
      cells[at + GEOMETRY] = POINT;
      numbers[i * 3] = geometry.coordinates[0]!;
      numbers[i * 3 + 1] = geometry.coordinates[1]!;
    } else {
      cells[at + GEOMETRY] = GEOMETRY_IN_REST;
      rest.geometry = geometry;
      more = true;
    }
    for (const key of ['parts', 'color', 'i18n'] as const) {
      if (properties[key] === undefined) continue;
      (rest as Record<string, unknown>)[key] = properties[key];
      more = true;
    }
    cells[at + REST] = more ? once(JSON.stringify(rest)) : -1;
  }
  const ends = new Int32Array(pieces.length);
  let end = 0;
  for (let k = 0; k < pieces.length; k++) {
    end += pieces[k]!.length;
    ends[k] = end;
  }
  return {
    count,
    text: pieces.join(''),
    ends,
    cells,
    numbers,
    claims: Int32Array.from(claims),
    sources: Int32Array.from(sources),
  };
}

/** Appends the features of a pack to `out`, as they were before packing. */
export function unpackFeatures(pack: FeaturePack, out: FrontierFeature[]): void {
  const { text, ends, cells, numbers } = pack;
  // Pieces of a long text are slices that share its characters, not copies.
  const pieces = new Array<string>(ends.length);
  for (let k = 0; k < ends.length; k++) pieces[k] = text.slice(k === 0 ? 0 : ends[k - 1], ends[k]);
  let claim = 0;
  let source = 0;
  for (let i = 0; i < pack.count; i++) {
    const at = i * FIELDS;
    const id = pieces[cells[at + ID]!]!;
    const properties = { id } as FrontierFeatureProperties;
    const record = properties as unknown as Record<string, unknown>;
    for (let k = 0; k < TEXT_KEYS.length; k++) {
      const piece = cells[at + 1 + k]!;
      if (piece >= 0) record[TEXT_KEYS[k]!] = pieces[piece];
    }
    const precision = cells[at + PRECISION_CELL]!;
    if (precision >= 0) properties.precision = PRECISIONS[precision]!;
    const km = numbers[i * 3 + 2]!;
    if (!Number.isNaN(km)) properties.uncertaintyKm = km;
    const claimCount = cells[at + CLAIM_COUNT]!;
    if (claimCount >= 0) {
      const list: Claim[] = [];
      for (let n = 0; n < claimCount; n++, claim += 2) {
        list.push({ by: pieces[pack.claims[claim]!]!, claim: pieces[pack.claims[claim + 1]!]! });
      }
      properties.claims = list;
    }
    const sourceCount = cells[at + SOURCE_COUNT]!;
    if (sourceCount >= 0) {
      const list: Source[] = [];
      for (let n = 0; n < sourceCount; n++, source += 4) {
        const entry: Source = {
          url: pieces[pack.sources[source]!]!,
          publisher: pieces[pack.sources[source + 1]!]!,
        };
        const date = pack.sources[source + 2]!;
        if (date >= 0) entry.date = pieces[date]!;
        if (pack.sources[source + 3] === 1) entry.dateApprox = true;
        list.push(entry);
      }
      properties.sources = list;
    }
    const restPiece = cells[at + REST]!;
    const rest = restPiece >= 0 ? (JSON.parse(pieces[restPiece]!) as Record<string, unknown>) : null;
    if (rest) for (const key of ['parts', 'color', 'i18n'] as const) if (key in rest) record[key] = rest[key];
    const how = cells[at + GEOMETRY]!;
    const geometry: Geometry | null =
      how === POINT
        ? { type: 'Point', coordinates: [numbers[i * 3]!, numbers[i * 3 + 1]!] }
        : how === NO_GEOMETRY
          ? null
          : (rest!.geometry as Geometry);
    out.push({ type: 'Feature', id, geometry, properties });
  }
}
