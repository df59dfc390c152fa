import type { Feature, LineString, MultiLineString } from 'geojson';
import { type FrontierBuffer, frontierBuffer } from './buffers.ts';

/** Message asking for a frontier buffer of a width that is not precomputed. */
export interface BufferRequest {
  /** Echoed in the reply, so that a caller can match replies to requests. */
  id?: number | string;
  line: Feature<LineString | MultiLineString> | LineString | MultiLineString;
  widthKm: number;
}

/** Reply to a `BufferRequest`: the polygon, or why there is none. */
export type BufferReply =
  | { id?: number | string; ok: true; polygon: FrontierBuffer; ms: number }
  | { id?: number | string; ok: false; error: string };

/**
 * Answers one buffer request; never throws, so a worker can post whatever it returns. Kept apart from
 * `buffer-worker.ts` so that it runs and is tested in Node without a worker.
 *
 * @example
 * handleBufferRequest({ id: 1, line: frontier, widthKm: 15 }); // { id: 1, ok: true, polygon, ms }
 * handleBufferRequest({ id: 2, line: frontier, widthKm: -1 }); // { id: 2, ok: false, error: '…' }
 */
export function handleBufferRequest(request: BufferRequest): BufferReply {
  const id = request?.id;
  const echo = id === undefined ? {} : { id };
  try {
    if (typeof request !== 'object' || request === null) throw new TypeError('request must be an object');
    const start = performance.now();
    const polygon = frontierBuffer(request.line, request.widthKm);
    return { ...echo, ok: true, polygon, ms: performance.now() - start };
  } catch (error) {
    return { ...echo, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
