/**
 * Reference images for browser tests: `expectToMatchReference(blob, name)` compares a PNG with
 * tests/browser/references/NAME.png (see tests/shared/image-diff.ts for the tolerance). With
 * `UPDATE_SNAPSHOTS=1` in the environment it writes the PNG there instead: review the new image
 * before committing it. On a mismatch the image and a picture of the difference go to
 * test-results/references/.
 */
import { expect, inject } from 'vitest';
import { commands } from 'vitest/browser';
import {
  DEFAULT_TOLERANCE,
  describeDiff,
  diffImages,
  type Pixels,
  type Tolerance,
} from '../shared/image-diff.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    updateSnapshots: boolean;
  }
}

export async function decodePng(blob: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  return { width: bitmap.width, height: bitmap.height, data };
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function blobOf(text: string): Blob {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

async function encodePng(pixels: Pixels): Promise<Blob> {
  const canvas = new OffscreenCanvas(pixels.width, pixels.height);
  canvas
    .getContext('2d')!
    .putImageData(new ImageData(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height), 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

export async function expectToMatchReference(
  png: Blob,
  name: string,
  tolerance: Tolerance = DEFAULT_TOLERANCE,
): Promise<void> {
  const path = `tests/browser/references/${name}.png`;
  if (inject('updateSnapshots')) {
    await commands.writeFile(path, await base64(png), 'base64');
    return;
  }
  let stored: string;
  try {
    stored = (await commands.readFile(path, 'base64')) as string;
  } catch {
    throw new Error(`${path} is missing: run the test with UPDATE_SNAPSHOTS=1 to write it`);
  }
  const [actual, reference] = await Promise.all([decodePng(png), decodePng(blobOf(stored))]);
  const diff = diffImages(actual, reference, tolerance);
  if (!diff.matches) {
    await commands.writeFile(`test-results/references/${name}.png`, await base64(png), 'base64');
    if (diff.sameSize) {
      const picture = await encodePng({ width: actual.width, height: actual.height, data: diff.picture });
      await commands.writeFile(`test-results/references/${name}.diff.png`, await base64(picture), 'base64');
    }
  }
  expect(diff.matches, describeDiff(name, diff, actual, reference)).toBe(true);
}
