/**
 * Web Worker entry that parses and validates a large source off the main thread. Post a
 * `ValidateRequest`; the worker answers with `ValidateMessage`s: progress, the valid features in
 * batches (so the page unpacks them a batch per task and never freezes), then the problems.
 *
 * Batches travel as JSON text: the features are plain JSON values, and `JSON.parse` of a batch costs
 * the page about a third of what unpacking the same objects from a structured clone does.
 */

import type { SourceLoadFailure } from './load-source.ts';
import type { ValidationProblem } from './validate.ts';
import { handleValidateRequest, type ValidateRequest } from './validate-request.ts';

/** Features per message: unpacking one batch takes a few ms on a slow machine. */
export const FEATURE_BATCH = 2_000;

export type ValidateMessage =
  | { type: 'parsed'; featureCount: number | null }
  /** A batch of valid features, in order, as JSON text of a `FrontierFeature[]`. */
  | { type: 'features'; json: string }
  | { type: 'done'; problems: ValidationProblem[] }
  | { type: 'error'; message: string; failure: SourceLoadFailure | undefined };

const post = (message: ValidateMessage) => self.postMessage(message);

self.onmessage = ({ data }: MessageEvent<ValidateRequest>) => {
  try {
    const outcome = handleValidateRequest(data, (featureCount) => post({ type: 'parsed', featureCount }));
    if (!outcome.ok) {
      post({ type: 'error', message: outcome.message, failure: outcome.failure });
      return;
    }
    for (let start = 0; start < outcome.features.length; start += FEATURE_BATCH) {
      post({ type: 'features', json: JSON.stringify(outcome.features.slice(start, start + FEATURE_BATCH)) });
    }
    post({ type: 'done', problems: outcome.problems });
  } catch (error) {
    post({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      failure: undefined,
    });
  }
};
