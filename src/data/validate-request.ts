/**
 * Parsing and validating a source's text as one message, so that a Web Worker (validate-worker.ts)
 * and the main thread run exactly the same code and give exactly the same features and problems.
 * Kept apart from the worker entry so that it runs and is tested in Node.
 */
import { parseJson, SourceLoadError, type SourceLoadFailure } from './load-source.ts';
import type { FeatureKind, FrontierFeature } from './schema.ts';
import {
  type ValidateOptions,
  type ValidationResult,
  validateGeoJson,
  validateGeoJsonInSlices,
} from './validate.ts';

/** `ValidateOptions` as a message can carry them (a list of taken ids instead of a Set). */
export interface ValidateRequestOptions {
  defaultKind?: FeatureKind;
  idPrefix?: string;
  strict?: boolean;
  takenIds?: readonly string[];
}

export interface ValidateRequest {
  /** The source as text, or as the bytes fetched (UTF-8), decoded where the request is handled. */
  text: string | Uint8Array;
  options: ValidateRequestOptions;
}

export interface ValidateHooks {
  /** How many features there are, heard before the (longer) validation starts. */
  onParsed?: (featureCount: number | null) => void;
  /**
   * Takes the valid features a slice of `sliceSize` input features at a time, as each slice is
   * checked; the outcome's `features` is then empty.
   */
  onFeatures?: (features: FrontierFeature[]) => void;
  sliceSize?: number;
}

/** Either the validation result or why the text is not JSON (a SourceLoadError's message). */
export type ValidateOutcome =
  | ({ ok: true } & ValidationResult)
  | { ok: false; message: string; failure: SourceLoadFailure | undefined };

export const toValidateOptions = ({ takenIds, ...rest }: ValidateRequestOptions): ValidateOptions =>
  takenIds ? { ...rest, takenIds: new Set(takenIds) } : rest;

/**
 * Parses and validates; never throws for bad input.
 *
 * @example
 * handleValidateRequest({ text: '{"type":"Point","coordinates":[69,34]}', options: { defaultKind: 'crossing' } });
 * // { ok: true, features: [ … ], problems: [] }
 */
export function handleValidateRequest(request: ValidateRequest, hooks: ValidateHooks = {}): ValidateOutcome {
  let data: unknown;
  try {
    const text = typeof request.text === 'string' ? request.text : new TextDecoder().decode(request.text);
    data = parseJson(text);
  } catch (error) {
    if (!(error instanceof SourceLoadError)) throw error;
    return { ok: false, message: error.message, failure: error.failure };
  }
  const features = (data as { features?: unknown } | null)?.features;
  hooks.onParsed?.(Array.isArray(features) ? features.length : null);
  const options = toValidateOptions(request.options);
  const { onFeatures } = hooks;
  if (!onFeatures) return { ok: true, ...validateGeoJson(data, options) };
  const problems = validateGeoJsonInSlices(data, options, hooks.sliceSize ?? 2_000, onFeatures);
  return { ok: true, features: [], problems };
}
