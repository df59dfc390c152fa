/**
 * Fetching a user's GeoJSON: a timeout, a size limit, and errors that say what went wrong in
 * words a site owner can act on. Parsing and validation happen after, in `validate.ts`.
 */
import { holdWhile } from './hold.ts';

export interface LoadOptions {
  /** Abort after this many milliseconds. */
  timeoutMs?: number;
  /** Refuse responses larger than this many bytes. */
  maxBytes?: number;
  /** Cancels the load (the element was removed, or the source changed). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** What went wrong, for callers that add advice (which attribute to raise, say). */
export type SourceLoadFailure = 'timeout' | 'too-large' | 'http' | 'network' | 'not-json' | 'cancelled';

export class SourceLoadError extends Error {
  override name = 'SourceLoadError';
  readonly failure: SourceLoadFailure;
  constructor(message: string, failure: SourceLoadFailure = 'not-json') {
    super(message);
    this.failure = failure;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new SourceLoadError(
      `is ${megabytes(declared)}, over the ${megabytes(maxBytes)} limit`,
      'too-large',
    );
  }
  // A declared length under the limit, sent as is (not compressed), is the body's length: read it
  // whole, which costs far less than chunk by chunk (~70 ms for 30 MB on a slow machine). Only
  // same-origin responses show Content-Encoding; any other may inflate past its declared length.
  const exact =
    response.type === 'basic' &&
    response.headers.has('content-length') &&
    !response.headers.get('content-encoding');
  if (!response.body || exact) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes)
      throw new SourceLoadError(`is over the ${megabytes(maxBytes)} limit`, 'too-large');
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new SourceLoadError(`is over the ${megabytes(maxBytes)} limit`, 'too-large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Parses JSON text; the error names the position and what the text looks like instead. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new SourceLoadError('is empty (no JSON at all)');
  try {
    return JSON.parse(text);
  } catch (error) {
    const start = text.trimStart().slice(0, 15).toLowerCase();
    if (start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<')) {
      throw new SourceLoadError('is HTML, not JSON (a wrong URL or an error page?)');
    }
    throw new SourceLoadError(`is not valid JSON (${error instanceof Error ? error.message : error})`);
  }
}

/** Fetches and parses a source. Rejects with a SourceLoadError whose message completes "<url> …". */
export async function fetchGeoJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  return parseJson(await fetchGeoJsonText(url, options));
}

/** Fetches a source's text, unparsed; rejects as fetchGeoJson does. */
export async function fetchGeoJsonText(url: string, options: LoadOptions = {}): Promise<string> {
  return new TextDecoder().decode(await fetchGeoJsonBytes(url, options));
}

/**
 * Fetches a source's bytes, undecoded (a large source goes to a worker as they are); rejects as
 * fetchGeoJson does.
 */
export async function fetchGeoJsonBytes(url: string, options: LoadOptions = {}): Promise<Uint8Array> {
  return (await fetchSource(url, options)).bytes;
}

/**
 * A source's bytes, undecoded, with the response's Content-Type (which tells CSV from GeoJSON when
 * the address does not); rejects as fetchGeoJson does.
 */
export async function fetchSource(
  url: string,
  options: LoadOptions = {},
): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new SourceLoadError(`timed out after ${timeoutMs} ms`, 'timeout')),
    timeoutMs,
  );
  const abortFromCaller = () => controller.abort(new SourceLoadError('was cancelled', 'cancelled'));
  if (options.signal?.aborted) abortFromCaller();
  options.signal?.addEventListener('abort', abortFromCaller, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw new SourceLoadError(
        `could not be fetched: network error or blocked by CORS (${error instanceof Error ? error.message : error})`,
        'network',
      );
    }
    if (!response.ok) {
      // Nothing of an error page is read: it may be large, and it is not data.
      await response.body?.cancel().catch(() => undefined);
      throw new SourceLoadError(`answered HTTP ${response.status} ${response.statusText}`.trim(), 'http');
    }
    const bytes = await holdWhile(response, readLimited(response, options.maxBytes ?? DEFAULT_MAX_BYTES));
    return { bytes, contentType: response.headers.get('content-type') };
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason instanceof SourceLoadError) {
      throw controller.signal.reason;
    }
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}
