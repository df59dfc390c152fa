/**
 * Web Worker entry that parses and validates a large source off the main thread. Post a
 * `ValidateRequest` (the fetched bytes, so the page never decodes them); the worker answers with
 * `ValidateMessage`s: progress, the valid features in batches as each is checked (so the page
 * unpacks one batch per task, never freezes, and is done soon after the worker), then the problems.
 *
 * Batches travel packed (feature-pack.ts): their text as one string, the rest in typed arrays handed
 * over, so the page rebuilds the objects at a fraction of the cost of `JSON.parse` or a structured
 * clone of them.
 */

import { type FeaturePack, packBuffers, packFeatures } from './feature-pack.ts';
import type { SourceLoadFailure } from './load-source.ts';
import type { ValidationProblem } from './validate.ts';
import { parseRequest, type ValidateRequest, validateParsed } from './validate-request.ts';

/** Features per message: unpacking one batch takes a few ms on a slow machine. */
export const FEATURE_BATCH = 2_000;

export type ValidateMessage =
  | { type: 'parsed'; featureCount: number | null }
  /** A batch of valid features, in order, packed (`unpackFeatures` rebuilds them). */
  | { type: 'features'; pack: FeaturePack }
  | { type: 'done'; problems: ValidationProblem[] }
  | { type: 'error'; message: string; failure: SourceLoadFailure | undefined };

const post = (message: ValidateMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

/** What the page sends: a request, then (for a run whose index was not known) its first index. */
export type ValidateWorkerInput = ValidateRequest | { first: number };

/** A parsed run waiting for its first index. */
let waiting: { data: unknown; request: ValidateRequest } | null = null;

/** Validates, sending each slice as soon as it is checked: the page unpacks it meanwhile. */
function validateAndSend(data: unknown, request: ValidateRequest, first: number): void {
  const { problems } = validateParsed(
    data,
    request,
    {
      onFeatures: (features) => {
        if (!features.length) return;
        const pack = packFeatures(features);
        post({ type: 'features', pack }, packBuffers(pack));
      },
      sliceSize: FEATURE_BATCH,
    },
    first,
  );
  post({ type: 'done', problems });
}

self.onmessage = ({ data }: MessageEvent<ValidateWorkerInput>) => {
  try {
    if ('first' in data) {
      const run = waiting;
      waiting = null;
      if (run) validateAndSend(run.data, run.request, data.first);
      return;
    }
    const parsed = parseRequest(data);
    if (!parsed.ok) {
      post({ type: 'error', message: parsed.message, failure: parsed.failure });
      return;
    }
    post({ type: 'parsed', featureCount: parsed.featureCount });
    if (data.run?.first === null) waiting = { data: parsed.data, request: data };
    else validateAndSend(parsed.data, data, data.run?.first ?? 0);
  } catch (error) {
    post({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      failure: undefined,
    });
  }
};
