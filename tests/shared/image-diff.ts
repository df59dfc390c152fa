/**
 * Compares a rendered image with its committed reference, pixel by pixel. Pure (no DOM, no Node), so
 * browser tests and end-to-end tests share it: each decodes its PNGs in Chromium and hands the RGBA
 * bytes here.
 *
 * Text is drawn with the machine's fonts and antialiasing, which differ slightly between machines:
 * a pixel counts as different only when one channel differs by more than `channel`, and an image
 * matches while at most `fraction` of its pixels differ. A changed colour, a missing line, marker,
 * legend row or heading changes far more than that.
 */

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row by row. */
  data: Uint8Array | Uint8ClampedArray;
}

export interface Tolerance {
  /** Largest difference in any channel (0–255) that still counts as the same pixel. */
  channel: number;
  /** Largest share of differing pixels (0–1) that still counts as the same image. */
  fraction: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { channel: 48, fraction: 0.01 };

export interface ImageDiff {
  sameSize: boolean;
  differing: number;
  total: number;
  fraction: number;
  matches: boolean;
  /** A picture of the difference: differing pixels red, the rest the reference, faded. */
  picture: Uint8ClampedArray;
}

export function diffImages(actual: Pixels, reference: Pixels, tolerance = DEFAULT_TOLERANCE): ImageDiff {
  const sameSize = actual.width === reference.width && actual.height === reference.height;
  const total = reference.width * reference.height;
  const picture = new Uint8ClampedArray(total * 4);
  if (!sameSize) return { sameSize, differing: total, total, fraction: 1, matches: false, picture };
  let differing = 0;
  for (let i = 0; i < total * 4; i += 4) {
    let worst = 0;
    for (let c = 0; c < 4; c++)
      worst = Math.max(worst, Math.abs(actual.data[i + c]! - reference.data[i + c]!));
    if (worst > tolerance.channel) {
      differing++;
      picture.set([255, 0, 0, 255], i);
    } else {
      const grey = (reference.data[i]! + reference.data[i + 1]! + reference.data[i + 2]!) / 3;
      const faded = 255 - (255 - grey) / 4;
      picture.set([faded, faded, faded, 255], i);
    }
  }
  const fraction = differing / total;
  return { sameSize, differing, total, fraction, matches: fraction <= tolerance.fraction, picture };
}

/** One line saying how far an image is from its reference. */
export function describeDiff(name: string, diff: ImageDiff, actual: Pixels, reference: Pixels): string {
  if (!diff.sameSize) {
    return `${name}: ${actual.width}×${actual.height} px, the reference is ${reference.width}×${reference.height}`;
  }
  const percent = (diff.fraction * 100).toFixed(2);
  return `${name}: ${diff.differing} of ${diff.total} pixels (${percent} %) differ from the reference`;
}
