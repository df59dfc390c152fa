/**
 * Parsing and validating a source's text as one message, so that a Web Worker (validate-worker.ts)
 * and the main thread run exactly the same code and give exactly the same features and problems.
 * Kept apart from the worker entry so that it runs and is tested in Node.
 */
import { parseJson, SourceLoadError, type SourceLoadFailure } from './load-source.ts';
import type { FeatureKind } from './schema.ts';
import { type ValidateOptions, type ValidationResult, validateGeoJson } from './validate.ts';

/** `ValidateOptions` as a message can carry them (a list of taken ids instead of a Set). */
export interface ValidateRequestOptions {
  defaultKind?: FeatureKind;
  idPrefix?: string;
  strict?: boolean;
  takenIds?: readonly string[];
}

export interface ValidateRequest {
  text: string;
  options: ValidateRequestOptions;
}

/** Either the validation result or why the text is not JSON (a SourceLoadError's message). */
export type ValidateOutcome =
  | ({ ok: true } & ValidationResult)
  | { ok: false; message: string; failure: SourceLoadFailure | undefined };

export const toValidateOptions = ({ takenIds, ...rest }: ValidateRequestOptions): ValidateOptions =>
  takenIds ? { ...rest, takenIds: new Set(takenIds) } : rest;

/**
 * Parses and validates; never throws for bad input. `onParsed` hears how many features there are
 * before the (longer) validation starts.
 *
 * @example
 * handleValidateRequest({ text: '{"type":"Point","coordinates":[69,34]}', options: { defaultKind: 'crossing' } });
 * // { ok: true, features: [ … ], problems: [] }
 */
export function handleValidateRequest(
  request: ValidateRequest,
  onParsed?: (featureCount: number | null) => void,
): ValidateOutcome {
  let data: unknown;
  try {
    data = parseJson(request.text);
  } catch (error) {
    if (!(error instanceof SourceLoadError)) throw error;
    return { ok: false, message: error.message, failure: error.failure };
  }
  const features = (data as { features?: unknown } | null)?.features;
  onParsed?.(Array.isArray(features) ? features.length : null);
  return { ok: true, ...validateGeoJson(data, toValidateOptions(request.options)) };
}
