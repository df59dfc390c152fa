/**
 * Fetching a user's GeoJSON: a timeout, a size limit, and errors that say what went wrong in
 * words a site owner can act on. Parsing and validation happen after, in `validate.ts`.
 */

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

export class SourceLoadError extends Error {
  override name = 'SourceLoadError';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new SourceLoadError(`is ${megabytes(declared)}, over the ${megabytes(maxBytes)} limit`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new SourceLoadError(`is over the ${megabytes(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Parses JSON text; the error names the position and what the text looks like instead. */
export function parseJson(text: string): unknown {
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
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new SourceLoadError(`timed out after ${timeoutMs} ms`)),
    timeoutMs,
  );
  const abortFromCaller = () => controller.abort(new SourceLoadError('was cancelled'));
  options.signal?.addEventListener('abort', abortFromCaller, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw new SourceLoadError(
        `could not be fetched: network error or blocked by CORS (${error instanceof Error ? error.message : error})`,
      );
    }
    if (!response.ok)
      throw new SourceLoadError(`answered HTTP ${response.status} ${response.statusText}`.trim());
    const text = await readLimited(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return parseJson(text);
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
