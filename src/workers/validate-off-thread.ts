/**
 * Parses and validates a source where it costs the page least: on the main thread when it is
 * small, in a Web Worker (validate-worker.ts) when it is large, and shared out between workers, a
 * run of features each (split-features.ts), when it is larger still: the same code and the same
 * result every way. Where workers cannot start (a strict CSP, say) it falls back to the main thread.
 * A large source goes to the workers as the bytes fetched: decoding 30 MB of UTF-8 alone costs the
 * page ~80 ms.
 */
import { unpackFeatures } from '../data/feature-pack.ts';
import { holdWhile } from '../data/hold.ts';
import { SourceLoadError } from '../data/load-source.ts';
import type { FrontierFeature } from '../data/schema.ts';
import { type FeatureRun, runBytes } from '../data/split-features.ts';
import { rejectTakenIds, type ValidationProblem, type ValidationResult } from '../data/validate.ts';
import {
  handleValidateRequest,
  type ValidateRequest,
  type ValidateRequestOptions,
} from '../data/validate-request.ts';
import type { ValidateMessage, ValidateWorkerInput } from '../data/validate-worker.ts';
import { splitForWorkers, splitTableForWorkers } from './split-for-workers.ts';

export { PARALLEL_BYTES } from './split-for-workers.ts';

/**
 * Sources longer than this (characters or bytes) go to a worker. Measured: parsing and validating
 * 1 MB (about 3,500 events) takes ~40 ms on the main thread of a slow 2-core machine, so larger texts
 * would block a frame sequence the user notices; below it a worker's start-up (~20 ms) and copying
 * cost more than they save.
 */
export const OFF_THREAD_CHARS = 1_000_000;

export interface ValidateTextOptions {
  /** Force the worker (true) or the main thread (false); by default decided by text length. */
  offThread?: boolean;
  /** Progress in words ("validating 100,000 features…"); null when done. */
  onProgress?: (text: string | null) => void;
  /**
   * In the worker: how many features there are, as soon as they are parsed (null: not a collection);
   * for a table shared between workers, its rows, counted while it is split.
   */
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
  const onMainThread = () => unwrap(handleValidateRequest({ text, options }));
  if (!offThread) return onMainThread();
  onProgress?.(`parsing ${megabytes(text.length)}…`);
  try {
    // The worker's code (inlined, so it starts whatever origin the bundle comes from) loads only
    // for a source this large: most pages never need it.
    const { default: ValidateWorker } = await import('../data/validate-worker.ts?worker&inline').catch(() => {
      throw new WorkerUnavailable();
    });
    const geojson = (options.format ?? 'geojson') === 'geojson';
    const parallel = typeof text === 'string' || !geojson ? null : splitForWorkers(text);
    // A table splits into runs of whole records, each with the row number it starts at.
    const table = typeof text === 'string' || geojson ? null : splitTableForWorkers(text);
    if (table) {
      // Each worker reads, maps and checks its rows in one pass: the count is the rows'.
      onFeatureCount?.(table.records);
      onProgress?.(`reading ${table.records.toLocaleString('en-GB')} rows…`);
      const shared = await validateRequests(ValidateWorker, table, signal, options);
      if (shared) return shared;
    }
    if (parallel) {
      const shared = await validateRuns(
        ValidateWorker,
        text as Uint8Array,
        parallel.runs,
        options,
        signal,
        (total) => {
          onFeatureCount?.(total);
          onProgress?.(`validating ${total.toLocaleString('en-GB')} features…`);
        },
      );
      if (shared) return shared;
    }
    return await validateInWorker(ValidateWorker, { text, options }, signal, (count) => {
      onFeatureCount?.(count);
      onProgress?.(count === null ? 'validating…' : `validating ${count.toLocaleString('en-GB')} features…`);
    });
  } catch (error) {
    if (error instanceof WorkerUnavailable) return onMainThread();
    throw error;
  } finally {
    onProgress?.(null);
  }
}

/**
 * Requests whose first indexes are known, each in a worker, at once; joined as `validateRuns` joins.
 * Null when a worker cannot start or a run fails to parse: the caller then takes the source whole.
 */
async function validateRequests(
  Worker: new () => Worker,
  { requests, firsts }: { requests: ValidateRequest[]; firsts: number[] },
  signal: AbortSignal | undefined,
  options: ValidateRequestOptions = {},
): Promise<ValidationResult | null> {
  const stop = new AbortController();
  const stopAll = () => stop.abort();
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    const results = await Promise.all(
      requests.map((request) =>
        validateInWorker(
          Worker,
          { ...request, options: { ...options, ...request.options } },
          stop.signal,
        ).catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
    return joinRuns(results, firsts);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof WorkerUnavailable || error instanceof SourceLoadError) return null;
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
}

/** A worker could not start (a CSP without `worker-src blob:`, say). */
class WorkerUnavailable extends Error {}

/**
 * One request in a worker of its own: resolves with its features and problems, rejects with the
 * SourceLoadError of text that is not JSON, or WorkerUnavailable. A run sent without its first
 * index gets it from `first` (once the runs before it are counted).
 */
function validateInWorker(
  ValidateWorker: new () => Worker,
  request: ValidateRequest,
  signal: AbortSignal | undefined,
  onParsed?: (count: number | null) => void,
  first?: Promise<number>,
): Promise<ValidationResult> {
  let worker: Worker;
  try {
    worker = new ValidateWorker();
  } catch {
    return Promise.reject(new WorkerUnavailable());
  }
  const reply = new Promise<ValidationResult>((resolve, reject) => {
    const features: FrontierFeature[] = [];
    const finish = () => {
      worker.terminate();
      // A terminated worker lingers a while; its handlers would keep the source's bytes with it.
      worker.onmessage = null;
      worker.onmessageerror = null;
      worker.onerror = null;
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new SourceLoadError('was cancelled', 'cancelled'));
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<ValidateMessage>) => {
      try {
        if (data.type === 'parsed') onParsed?.(data.featureCount);
        else if (data.type === 'features') {
          unpackFeatures(data.pack, features);
        } else if (data.type === 'done') {
          finish();
          resolve({ features, problems: data.problems });
        } else {
          finish();
          reject(new SourceLoadError(data.message, data.failure));
        }
      } catch (error) {
        // A reply that cannot be read must end the wait, not leave the source loading for ever.
        finish();
        reject(error);
      }
    };
    worker.onmessageerror = () => {
      finish();
      reject(new SourceLoadError('could not be passed back from the validation worker', 'not-json'));
    };
    worker.onerror = (event) => {
      // The worker could not run (blocked, or no module workers).
      event.preventDefault();
      finish();
      reject(new WorkerUnavailable());
    };
    // A run's bytes (of features or of table rows) are a copy of its own, handed over; a whole
    // source's are copied, since the page still needs them if the worker fails.
    const own = request.run || request.options.firstRow !== undefined;
    const transfer = own && typeof request.text !== 'string' ? [request.text.buffer] : [];
    worker.postMessage(request satisfies ValidateWorkerInput, transfer);
    void first?.then((index) => worker.postMessage({ first: index } satisfies ValidateWorkerInput));
  });
  return holdWhile(worker, reply);
}

/**
 * The runs of one source, each in a worker, at once. Each run is parsed, then told the index of its
 * first feature (the count of the runs before it), and validated. Null when a run does not parse
 * or workers cannot start: the caller then takes the source whole, which names a syntax error
 * exactly as ever.
 */
async function validateRuns(
  ValidateWorker: new () => Worker,
  bytes: Uint8Array,
  runs: readonly FeatureRun[],
  options: ValidateRequestOptions,
  signal: AbortSignal | undefined,
  onTotal: (total: number) => void,
): Promise<ValidationResult | null> {
  // One run failing stops the others.
  const stop = new AbortController();
  const stopAll = () => stop.abort();
  signal?.addEventListener('abort', stopAll, { once: true });
  const counted = runs.map(() => {
    let resolve!: (count: number) => void;
    const promise = new Promise<number>((done) => {
      resolve = done;
    });
    return { promise, resolve };
  });
  // The first index of each run: the sum of the counts before it.
  const firsts: Promise<number>[] = [];
  let before = Promise.resolve(0);
  for (const { promise } of counted) {
    firsts.push(before);
    before = Promise.all([before, promise]).then(([sum, count]) => sum + count);
  }
  void before.then(onTotal);
  try {
    const results = await Promise.all(
      runs.map((run, k) =>
        validateInWorker(
          ValidateWorker,
          { text: runBytes(bytes, run), options, run: { first: k === 0 ? 0 : null } },
          stop.signal,
          (count) => counted[k]!.resolve(count ?? 0),
          k === 0 ? undefined : firsts[k],
        ).catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
    return joinRuns(results, await Promise.all(firsts));
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof WorkerUnavailable || error instanceof SourceLoadError) return null;
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
}

/**
 * The runs' results as one: in order, and a feature whose id an earlier run kept is rejected as a
 * duplicate, as one pass over the whole would have (a run cannot see the ids of the runs before it).
 */
function joinRuns(results: readonly ValidationResult[], firsts: readonly number[]): ValidationResult {
  const features: FrontierFeature[] = [];
  const problems: ValidationProblem[] = [];
  const kept = new Set<string>();
  results.forEach((result, k) => {
    const settled = k === 0 ? result : rejectTakenIds(result, kept, firsts[k]!);
    for (const feature of settled.features) {
      features.push(feature);
      if (k < results.length - 1) kept.add(feature.id);
    }
    for (const problem of settled.problems) problems.push(problem);
  });
  return { features, problems };
}

function unwrap(outcome: ReturnType<typeof handleValidateRequest>): ValidationResult {
  if (!outcome.ok) throw new SourceLoadError(outcome.message, outcome.failure);
  return { features: outcome.features, problems: outcome.problems };
}
