/**
 * Web Worker entry that parses and validates a large source off the main thread. Post a
 * `ValidateRequest` (the fetched bytes, so the page never decodes them); the worker answers with
 * `ValidateMessage`s: progress, the valid features in batches as each is checked (so the page
 * unpacks one batch per task, never freezes, and is done soon after the worker), then the problems.
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
    // Each slice is sent as soon as it is checked: the page unpacks it while the next is checked.
    const outcome = handleValidateRequest(data, {
      onParsed: (featureCount) => post({ type: 'parsed', featureCount }),
      onFeatures: (features) => {
        if (features.length) post({ type: 'features', json: JSON.stringify(features) });
      },
      sliceSize: FEATURE_BATCH,
    });
    if (!outcome.ok) {
      post({ type: 'error', message: outcome.message, failure: outcome.failure });
      return;
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
