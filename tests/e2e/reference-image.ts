/**
 * Reference images for end-to-end tests: `expectToMatchReference(browser, png, name)` compares a PNG
 * with tests/e2e/references/NAME.png, decoding both in Chromium and comparing in
 * tests/shared/image-diff.ts (its tolerance). `UPDATE_SNAPSHOTS=1 npm run test:e2e` writes the PNG
 * there instead: review the new image before committing it. On a mismatch the image and a picture of
 * the difference go to test-results/references/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import {
  DEFAULT_TOLERANCE,
  describeDiff,
  diffImages,
  type Pixels,
  type Tolerance,
} from '../shared/image-diff.ts';

export const updatingReferences = process.env.UPDATE_SNAPSHOTS === '1';

/** RGBA pixels of each PNG, decoded by Chromium (the way the map's own PNGs are drawn). */
async function decode(browser: Browser, pngs: Buffer[]): Promise<Pixels[]> {
  const page = await browser.newPage();
  try {
    const decoded = await page.evaluate(
      async (urls) => {
        const out: Array<{ width: number; height: number; data: string }> = [];
        for (const url of urls) {
          const bitmap = await createImageBitmap(await (await fetch(url)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          const bytes = new Uint8Array(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data.buffer);
          let text = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          }
          out.push({ width: bitmap.width, height: bitmap.height, data: btoa(text) });
        }
        return out;
      },
      pngs.map((png) => `data:image/png;base64,${png.toString('base64')}`),
    );
    return decoded.map(({ width, height, data }) => ({
      width,
      height,
      data: new Uint8Array(Buffer.from(data, 'base64')),
    }));
  } finally {
    await page.close();
  }
}

async function encode(browser: Browser, pixels: Pixels): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const url = await page.evaluate(
      ({ width, height, data }) => {
        const binary = atob(data);
        const bytes = new Uint8ClampedArray(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        canvas.getContext('2d')!.putImageData(new ImageData(bytes, width, height), 0, 0);
        return canvas.toDataURL('image/png');
      },
      { width: pixels.width, height: pixels.height, data: Buffer.from(pixels.data).toString('base64') },
    );
    return Buffer.from(url.split(',')[1]!, 'base64');
  } finally {
    await page.close();
  }
}

export async function expectToMatchReference(
  browser: Browser,
  png: Buffer,
  name: string,
  tolerance: Tolerance = DEFAULT_TOLERANCE,
): Promise<void> {
  const path = `tests/e2e/references/${name}.png`;
  if (updatingReferences) {
    mkdirSync('tests/e2e/references', { recursive: true });
    writeFileSync(path, png);
    return;
  }
  if (!existsSync(path))
    throw new Error(`${path} is missing: run the test with UPDATE_SNAPSHOTS=1 to write it`);
  const [actual, reference] = await decode(browser, [png, readFileSync(path)]);
  const diff = diffImages(actual!, reference!, tolerance);
  if (!diff.matches) {
    mkdirSync('test-results/references', { recursive: true });
    writeFileSync(`test-results/references/${name}.png`, png);
    if (diff.sameSize) {
      const picture = { width: actual!.width, height: actual!.height, data: diff.picture };
      writeFileSync(`test-results/references/${name}.diff.png`, await encode(browser, picture));
    }
  }
  expect(diff.matches, describeDiff(name, diff, actual!, reference!)).toBe(true);
}
