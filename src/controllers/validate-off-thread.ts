/**
 * Parses and validates a source where it costs the page least: on the main thread when it is
 * small, in a Web Worker (validate-worker.ts) when it is large, with the same code and the same
 * result either way. Where workers cannot start (a strict CSP, say) it falls back to the main thread.
 * A large source goes to the worker as the bytes fetched: decoding 30 MB of UTF-8 alone costs the
 * page ~80 ms.
 */
import { SourceLoadError } from '../data/load-source.ts';
import type { FrontierFeature } from '../data/schema.ts';
import type { ValidationResult } from '../data/validate.ts';
import {
  handleValidateRequest,
  type ValidateRequest,
  type ValidateRequestOptions,
} from '../data/validate-request.ts';
import type { ValidateMessage } from '../data/validate-worker.ts';
import ValidateWorker from '../data/validate-worker.ts?worker&inline';

/**
 * Sources longer than this (characters or bytes) go to a worker. Measured: parsing and validating 1 MB (about 3,500 events)
 * takes ~40 ms on the main thread of a slow 2-core machine, so larger texts would block a frame
 * sequence the user notices; below it a worker's start-up (~20 ms) and copying cost more than they save.
 */
export const OFF_THREAD_CHARS = 1_000_000;

export interface ValidateTextOptions {
  /** Force the worker (true) or the main thread (false); by default decided by text length. */
  offThread?: boolean;
  /** Progress in words ("validating 100,000 features…"); null when done. */
  onProgress?: (text: string | null) => void;
  /** In the worker: how many features there are, as soon as they are parsed (null: not a collection). */
  onFeatureCount?: (count: number | null) => void;
  signal?: AbortSignal;
}

const megabytes = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

/**
 * Resolves with the valid features and the problems; rejects with a SourceLoadError for non-JSON.
 * `text` is the source's text or its bytes (UTF-8).
 */
export async function validateText(
  text: string | Uint8Array,
  options: ValidateRequestOptions,
  {
    offThread = text.length > OFF_THREAD_CHARS,
    onProgress,
    onFeatureCount,
    signal,
  }: ValidateTextOptions = {},
): Promise<ValidationResult> {
  if (!offThread) return unwrap(handleValidateRequest({ text, options }));
  let worker: Worker;
  try {
    worker = new ValidateWorker();
  } catch {
    return unwrap(handleValidateRequest({ text, options }));
  }
  onProgress?.(`parsing ${megabytes(text.length)}…`);
  return new Promise<ValidationResult>((resolve, reject) => {
    const features: FrontierFeature[] = [];
    let total: number | null = null;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      onProgress?.(null);
    };
    const cancel = () => {
      finish();
      reject(new SourceLoadError('was cancelled', 'cancelled'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<ValidateMessage>) => {
      if (data.type === 'parsed') {
        total = data.featureCount;
        onFeatureCount?.(total);
        onProgress?.(
          total === null ? 'validating…' : `validating ${total.toLocaleString('en-GB')} features…`,
        );
      } else if (data.type === 'features') {
        for (const feature of JSON.parse(data.json) as FrontierFeature[]) features.push(feature);
      } else if (data.type === 'done') {
        finish();
        resolve({ features, problems: data.problems });
      } else {
        finish();
        reject(new SourceLoadError(data.message, data.failure));
      }
    };
    worker.onerror = (event) => {
      // The worker could not run (blocked, or no module workers): do it here instead.
      event.preventDefault();
      finish();
      try {
        resolve(unwrap(handleValidateRequest({ text, options })));
      } catch (error) {
        reject(error);
      }
    };
    // Copied, not transferred: the page still has them to fall back on if the worker fails.
    worker.postMessage({ text, options } satisfies ValidateRequest);
  });
}

function unwrap(outcome: ReturnType<typeof handleValidateRequest>): ValidationResult {
  if (!outcome.ok) throw new SourceLoadError(outcome.message, outcome.failure);
  return { features: outcome.features, problems: outcome.problems };
}
