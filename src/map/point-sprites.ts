/**
 * Point symbols for the canvas renderer, stamped straight into an ImageData buffer. Each symbol is
 * the layer's icon shape (as the DOM markers draw it) rasterised once by the canvas itself; a stamp
 * copies its opaque pixels and blends its anti-aliased edge (source-over), which is the same picture
 * as `drawImage` at whole pixels at a fraction of the cost under software rendering.
 */

/** A rasterised symbol, ready to stamp. */
export interface Sprite {
  /** Side in device pixels. */
  readonly size: number;
  /** The symbol as a canvas, for the few `drawImage` calls (selection). */
  readonly canvas: HTMLCanvasElement;
  readonly pixels: Uint32Array;
  /** Sprite-local pixel indices (y · size + x) that are fully opaque / partly transparent. */
  readonly opaque: Int32Array;
  readonly partial: Int32Array;
  /** Colour (0–255) and alpha (0–1) of each partial pixel, in `partial` order. */
  readonly red: Float32Array;
  readonly green: Float32Array;
  readonly blue: Float32Array;
  readonly alpha: Float32Array;
}

/** Rasterises an SVG path drawn in a 24×24 box (the shapes of `LAYER_STYLE`), filled and outlined. */
export function createSprite(shape: string, color: string, cssSize: number, pixelRatio: number): Sprite {
  const size = Math.max(2, Math.round(cssSize * pixelRatio));
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  // The shapes span −1…25 with their outline; leave that margin inside the sprite.
  context.scale(size / 26, size / 26);
  context.translate(1, 1);
  const path = new Path2D(shape);
  context.fillStyle = color;
  context.strokeStyle = '#fff';
  context.lineWidth = 2.5;
  context.lineJoin = 'round';
  context.stroke(path);
  context.fill(path);
  const data = context.getImageData(0, 0, size, size).data;
  const opaque: number[] = [];
  const partial: number[] = [];
  for (let k = 0; k < size * size; k++) {
    const a = data[k * 4 + 3]!;
    if (a === 255) opaque.push(k);
    else if (a > 0) partial.push(k);
  }
  const channel = (offset: number, scale = 1) =>
    Float32Array.from(partial, (k) => data[k * 4 + offset]! * scale);
  return {
    size,
    canvas,
    pixels: new Uint32Array(data.buffer.slice(0)),
    opaque: Int32Array.from(opaque),
    partial: Int32Array.from(partial),
    red: channel(0),
    green: channel(1),
    blue: channel(2),
    alpha: channel(3, 1 / 255),
  };
}

/** Where a sprite's opaque and partial pixels fall in a buffer, relative to its top-left corner. */
export interface Placement {
  opaque: Int32Array;
  partial: Int32Array;
}

/** An RGBA buffer the size of the canvas, that sprites are stamped into, then put in one call. */
export class StampBuffer {
  readonly image: ImageData;
  private readonly bytes: Uint8ClampedArray;
  private readonly words: Uint32Array;
  private readonly offsets = new Map<Sprite, Placement>();

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.image = new ImageData(Math.max(1, width), Math.max(1, height));
    this.bytes = this.image.data;
    this.words = new Uint32Array(this.bytes.buffer);
  }

  clear(): void {
    this.words.fill(0);
  }

  /**
   * Stamps a sprite with its top-left corner at device pixel (left, top); the caller has checked that
   * it fits wholly inside. `at` is `placement(sprite)`, looked up once per redraw, not per point.
   */
  stamp(sprite: Sprite, at: Placement, left: number, top: number): void {
    const { opaque, partial } = at;
    const base = top * this.width + left;
    const words = this.words;
    const bytes = this.bytes;
    const pixels = sprite.pixels;
    const source = sprite.opaque;
    for (let j = 0; j < opaque.length; j++) words[base + opaque[j]!] = pixels[source[j]!]!;
    const { red, green, blue, alpha } = sprite;
    for (let j = 0; j < partial.length; j++) {
      const d = (base + partial[j]!) << 2;
      const sa = alpha[j]!;
      const da = bytes[d + 3]! / 255;
      const outA = sa + da * (1 - sa);
      const ws = sa / outA;
      const wd = 1 - ws;
      bytes[d] = red[j]! * ws + bytes[d]! * wd;
      bytes[d + 1] = green[j]! * ws + bytes[d + 1]! * wd;
      bytes[d + 2] = blue[j]! * ws + bytes[d + 2]! * wd;
      bytes[d + 3] = outA * 255;
    }
  }

  /** Sprite pixel indices turned into buffer offsets for this width (once per sprite and buffer). */
  placement(sprite: Sprite): Placement {
    let offsets = this.offsets.get(sprite);
    if (!offsets) {
      const toBuffer = (k: number) => Math.floor(k / sprite.size) * this.width + (k % sprite.size);
      offsets = { opaque: sprite.opaque.map(toBuffer), partial: sprite.partial.map(toBuffer) };
      this.offsets.set(sprite, offsets);
    }
    return offsets;
  }
}
