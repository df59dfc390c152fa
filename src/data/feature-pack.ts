/**
 * Validated features packed for the trip from a validation worker to the page: the text of every
 * batch as one string with the end of each piece, and the rest as numbers in typed arrays (handed
 * over, not copied). Text from a small set (kinds, dates, countries, publishers, claims: the same for
 * thousands of rows of an ACLED export) is sent once and shared by every feature that has it; titles,
 * places and actors go once per feature, as ids and descriptions do (measured in Chromium: looking
 * them up cost the worker more than sending them).
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

// Cells of a feature: the id; its text properties in the order validation gives them; precision;
// claim and source counts (-1: none); the JSON of the rest (-1: none); and how the geometry travels
// (POINT, NO_GEOMETRY or in the rest).
const ID = 0;
const KIND = 1;
const TITLE = 2;
const DESCRIPTION = 3;
const PLACE = 4;
const COUNTRY = 5;
const ACTOR = 6;
const DATE = 7;
const DATE_END = 8;
const PRECISION_CELL = 9;
const CLAIM_COUNT = 10;
const SOURCE_COUNT = 11;
const REST = 12;
const GEOMETRY = 13;
const FIELDS = 14;
const POINT = 0;
const NO_GEOMETRY = 1;
const GEOMETRY_IN_REST = 2;

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
    // Key by key rather than a loop over the keys: this runs for every feature of a large source.
    cells[at + KIND] = shared(properties.kind);
    cells[at + TITLE] = once(properties.title);
    cells[at + DESCRIPTION] = properties.description === undefined ? -1 : once(properties.description);
    cells[at + PLACE] = properties.place === undefined ? -1 : once(properties.place);
    cells[at + COUNTRY] = shared(properties.country);
    cells[at + ACTOR] = properties.actor === undefined ? -1 : once(properties.actor);
    cells[at + DATE] = shared(properties.date);
    cells[at + DATE_END] = shared(properties.dateEnd);
    cells[at + PRECISION_CELL] =
      properties.precision === undefined ? -1 : PRECISIONS.indexOf(properties.precision);
    if (properties.uncertaintyKm !== undefined) numbers[i * 3 + 2] = properties.uncertaintyKm;
    const claimList = properties.claims;
    cells[at + CLAIM_COUNT] = claimList ? claimList.length : -1;
    if (claimList) {
      for (let k = 0; k < claimList.length; k++) {
        claims.push(shared(claimList[k]!.by), shared(claimList[k]!.claim));
      }
    }
    const sourceList = properties.sources;
    cells[at + SOURCE_COUNT] = sourceList ? sourceList.length : -1;
    if (sourceList) {
      for (let k = 0; k < sourceList.length; k++) {
        const source = sourceList[k]!;
        sources.push(
          shared(source.url),
          shared(source.publisher),
          shared(source.date),
          source.dateApprox ? 1 : 0,
        );
      }
    }
    const point =
      geometry !== null && geometry.type === 'Point' && geometry.coordinates.length === 2 ? geometry : null;
    cells[at + GEOMETRY] = point ? POINT : geometry === null ? NO_GEOMETRY : GEOMETRY_IN_REST;
    if (point) {
      numbers[i * 3] = point.coordinates[0]!;
      numbers[i * 3 + 1] = point.coordinates[1]!;
    }
    const { parts, color, i18n } = properties;
    cells[at + REST] =
      point || geometry === null
        ? parts === undefined && color === undefined && i18n === undefined
          ? -1
          : once(JSON.stringify({ parts, color, i18n }))
        : once(JSON.stringify({ geometry, parts, color, i18n }));
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
    // Key by key, in validation's order (kind and title are always there).
    properties.kind = pieces[cells[at + KIND]!] as FrontierFeatureProperties['kind'];
    properties.title = pieces[cells[at + TITLE]!]!;
    let piece = cells[at + DESCRIPTION]!;
    if (piece >= 0) properties.description = pieces[piece];
    piece = cells[at + PLACE]!;
    if (piece >= 0) properties.place = pieces[piece];
    piece = cells[at + COUNTRY]!;
    if (piece >= 0) properties.country = pieces[piece];
    piece = cells[at + ACTOR]!;
    if (piece >= 0) properties.actor = pieces[piece];
    piece = cells[at + DATE]!;
    if (piece >= 0) properties.date = pieces[piece];
    piece = cells[at + DATE_END]!;
    if (piece >= 0) properties.dateEnd = pieces[piece];
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
    if (rest) {
      if (rest.parts !== undefined) properties.parts = rest.parts as string[];
      if (rest.color !== undefined) properties.color = rest.color as string;
      if (rest.i18n !== undefined) properties.i18n = rest.i18n as FrontierFeatureProperties['i18n'];
    }
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
