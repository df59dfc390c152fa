/**
 * Web Worker entry that buffers the frontier at widths that are not precomputed, off the main thread
 * (a 50 km buffer of the full line takes seconds). Post a `BufferRequest`; the reply is a
 * `BufferReply`. No DOM is used beyond the worker global.
 *
 * @example
 * const worker = new Worker(new URL('./buffer-worker.ts', import.meta.url), { type: 'module' });
 * worker.onmessage = ({ data }) => (data.ok ? draw(data.polygon) : notify(data.error));
 * worker.postMessage({ id: 1, line: frontier, widthKm: 15 });
 */
import { type BufferRequest, handleBufferRequest } from './buffer-request.ts';

self.onmessage = (event: MessageEvent<BufferRequest>) => {
  self.postMessage(handleBufferRequest(event.data));
};
