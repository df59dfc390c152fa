/**
 * Frontier buffers for the `buffer-km` widths: the precomputed 10/25/50 km buffers at once, any other
 * width computed in a Web Worker (never on the main thread: a buffer of the line takes seconds).
 * Worker results are cached per width for the life of the element.
 */
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { BufferReply } from '../geo/buffer-request.ts';
import type { FrontierBuffer } from '../geo/buffers.ts';

type Line = Feature<LineString | MultiLineString>;

export class BufferSource {
  private readonly computed = new Map<number, Promise<FrontierBuffer>>();
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (b: FrontierBuffer) => void; reject: (e: Error) => void }
  >();

  constructor(
    private readonly precomputed: ReadonlyMap<number, FrontierBuffer>,
    private readonly line: Line,
    /** The precomputed buffers are on their way (the default line): wait for them. */
    private readonly expectsPrecomputed = false,
  ) {}

  /**
   * True while this is the default line and its precomputed buffers have not arrived: the widths are
   * drawn once they do, rather than computed meanwhile.
   */
  waitsForPrecomputed(widths: readonly number[]): boolean {
    return this.expectsPrecomputed && this.precomputed.size === 0 && widths.length > 0;
  }

  /** The buffers for `widths`, at once when all are precomputed. */
  buffersFor(widths: readonly number[]): FrontierBuffer[] | Promise<FrontierBuffer[]> {
    if (widths.every((width) => this.precomputed.has(width))) {
      return widths.map((width) => this.precomputed.get(width)!);
    }
    return Promise.all(widths.map((width) => this.precomputed.get(width) ?? this.compute(width)));
  }

  private compute(width: number): Promise<FrontierBuffer> {
    let promise = this.computed.get(width);
    if (!promise) {
      promise = new Promise<FrontierBuffer>((resolve, reject) => {
        const id = this.nextId++;
        this.waiting.set(id, { resolve, reject });
        this.ensureWorker().postMessage({ id, line: this.line, widthKm: width });
      });
      // A failed width may be asked for again.
      promise.catch(() => this.computed.delete(width));
      this.computed.set(width, promise);
    }
    return promise;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.worker = new Worker(new URL('../geo/buffer-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = ({ data }: MessageEvent<BufferReply>) => {
      const entry = this.waiting.get(Number(data.id));
      if (!entry) return;
      this.waiting.delete(Number(data.id));
      if (data.ok) entry.resolve(data.polygon);
      else entry.reject(new Error(data.error));
    };
    this.worker.onerror = (event) => {
      for (const entry of this.waiting.values())
        entry.reject(new Error(`buffer worker failed: ${event.message}`));
      this.waiting.clear();
    };
    return this.worker;
  }

  /** Stops the worker (the element was removed); finished buffers stay cached for a re-insert. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const entry of this.waiting.values()) entry.reject(new Error('the map was removed'));
    this.waiting.clear();
  }
}
