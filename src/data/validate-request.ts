/**
 * Parsing and validating a source's text as one message, so that a Web Worker (validate-worker.ts)
 * and the main thread run exactly the same code and give exactly the same features and problems.
 * Kept apart from the worker entry so that it runs and is tested in Node.
 */
import { parseJson, SourceLoadError, type SourceLoadFailure } from './load-source.ts';
import type { FeatureKind, FrontierFeature } from './schema.ts';
import { readTableInSlices, type SourceFormat } from './table-source.ts';
import {
  type ValidateOptions,
  type ValidationResult,
  validateFeatureList,
  validateGeoJsonInSlices,
} from './validate.ts';

/** `ValidateOptions` as a message can carry them (a list of taken ids instead of a Set). */
export interface ValidateRequestOptions {
  defaultKind?: FeatureKind;
  idPrefix?: string;
  strict?: boolean;
  takenIds?: readonly string[];
  /** How to read the text (table-source.ts); GeoJSON when absent. */
  format?: SourceFormat;
  /** For a run of a table (split-table.ts): the row number of its first record. */
  firstRow?: number;
}

export interface ValidateRequest {
  /** The source as text, or as the bytes fetched (UTF-8), decoded where the request is handled. */
  text: string | Uint8Array;
  options: ValidateRequestOptions;
  /**
   * The text is not a whole source but a JSON array of the features from index `first` on (one
   * run of `splitFeatures`): they are checked as features of the whole would be. `first` null:
   * the index is sent once the runs before have been parsed and counted (see validate-worker.ts).
   */
  run?: { first: number | null };
}

export interface ValidateHooks {
  /** How many features there are, heard before the (longer) validation starts. */
  onParsed?: (featureCount: number | null) => void;
  /**
   * Takes the valid features a slice of `sliceSize` input features at a time, as each slice is
   * checked; the outcome's `features` is then empty.
   */
  onFeatures?: (features: FrontierFeature[]) => void;
  /** Input features per slice handed to `onFeatures` (all at once by default). */
  sliceSize?: number;
}

/** Either the validation result or why the text is not JSON (a SourceLoadError's message). */
export type ValidateOutcome =
  | ({ ok: true } & ValidationResult)
  | { ok: false; message: string; failure: SourceLoadFailure | undefined };

export const toValidateOptions = ({
  takenIds,
  format: _format,
  firstRow: _firstRow,
  ...rest
}: ValidateRequestOptions): ValidateOptions => (takenIds ? { ...rest, takenIds: new Set(takenIds) } : rest);

/** The request reads a table (ACLED or CSV) rather than GeoJSON. */
const tableFormat = (request: ValidateRequest) =>
  request.options.format === 'acled' || request.options.format === 'csv' ? request.options.format : null;

/** A request's text parsed, with how many features it holds; or why it is not JSON. */
export type ParsedRequest =
  | { ok: true; data: unknown; featureCount: number | null }
  | { ok: false; message: string; failure: SourceLoadFailure | undefined };

/** Step one of a request: parsing. Never throws for bad input. */
export function parseRequest(request: ValidateRequest): ParsedRequest {
  let data: unknown;
  const text = typeof request.text === 'string' ? request.text : new TextDecoder().decode(request.text);
  // A table is read, mapped and checked in one pass, in `validateParsed`: how many features it has
  // is known only at its end (the page has counted its rows, split-table.ts).
  if (tableFormat(request)) return { ok: true, data: text, featureCount: null };
  try {
    data = parseJson(text);
  } catch (error) {
    if (!(error instanceof SourceLoadError)) throw error;
    return { ok: false, message: error.message, failure: error.failure };
  }
  const features = request.run ? data : (data as { features?: unknown } | null)?.features;
  return { ok: true, data, featureCount: Array.isArray(features) ? features.length : null };
}

/**
 * Step two: validating what `parseRequest` gave. For a run, `first` is the index of its first
 * feature in the whole source.
 */
export function validateParsed(
  data: unknown,
  request: ValidateRequest,
  hooks: ValidateHooks = {},
  first = 0,
): ValidationResult {
  const options = toValidateOptions(request.options);
  const sliceSize = hooks.sliceSize ?? Number.POSITIVE_INFINITY;
  const collected: FrontierFeature[] = [];
  const onFeatures =
    hooks.onFeatures ??
    ((slice: FrontierFeature[]) => {
      for (const feature of slice) collected.push(feature);
    });
  const format = tableFormat(request);
  const problems = format
    ? readTableInSlices(data as string, format, options, sliceSize, onFeatures, request.options.firstRow)
    : request.run
      ? validateFeatureList(data as unknown[], options, sliceSize, onFeatures, first)
      : validateGeoJsonInSlices(data, options, sliceSize, onFeatures);
  return { features: collected, problems };
}

/**
 * Parses and validates; never throws for bad input.
 *
 * @example
 * handleValidateRequest({ text: '{"type":"Point","coordinates":[69,34]}', options: { defaultKind: 'crossing' } });
 * // { ok: true, features: [ … ], problems: [] }
 */
export function handleValidateRequest(request: ValidateRequest, hooks: ValidateHooks = {}): ValidateOutcome {
  const parsed = parseRequest(request);
  if (!parsed.ok) return parsed;
  hooks.onParsed?.(parsed.featureCount);
  return { ok: true, ...validateParsed(parsed.data, request, hooks, request.run?.first ?? 0) };
}
