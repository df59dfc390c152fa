/**
 * snapshot(): a PNG of the element's size × devicePixelRatio, with the map's layers, heading and
 * legend drawn in. Pixels are read back and counted by colour (with a tolerance for antialiasing).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { cleanup, mountMap } from './helpers.ts';

afterEach(cleanup);

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

async function decode(blob: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return {
    width: bitmap.width,
    height: bitmap.height,
    data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data,
  };
}

async function base64(blob: Blob): Promise<string> {
  const reader = new FileReader();
  const read = new Promise((resolve) => reader.addEventListener('load', resolve, { once: true }));
  reader.readAsDataURL(blob);
  await read;
  return (reader.result as string).split(',')[1]!;
}

/** A rectangle of the element's shadow DOM, relative to the element. */
function rectOf(element: Element, selector: string) {
  const rect = element.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
  const origin = element.getBoundingClientRect();
  return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height };
}

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels within `tolerance` (per channel) of `hex`, inside the rectangle (CSS px scaled by `scale`). */
function count(
  pixels: Pixels,
  test: (r: number, g: number, b: number) => boolean,
  rect = { x: 0, y: 0, width: Infinity, height: Infinity },
  scale = 1,
): number {
  const x0 = Math.round(rect.x * scale);
  const y0 = Math.round(rect.y * scale);
  const x1 = Math.min(pixels.width, Math.round((rect.x + rect.width) * scale));
  const y1 = Math.min(pixels.height, Math.round((rect.y + rect.height) * scale));
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * pixels.width + x) * 4;
      if (test(pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!)) n++;
    }
  }
  return n;
}

const near =
  (hex: string, tolerance = 24) =>
  (r: number, g: number, b: number) => {
    const [R, G, B] = rgb(hex);
    return Math.abs(r - R) <= tolerance && Math.abs(g - G) <= tolerance && Math.abs(b - B) <= tolerance;
  };
const dark = (r: number, g: number, b: number) => r + g + b < 250;

const FRONTIER = '#1d2330';
const STRIKES = '#c62828';
const SIZE = { width: 900, height: 600 };
/** The legend panel: drawn 10 px in from the top-right corner, 300 px wide on a 900 px map. */
const LEGEND = { x: SIZE.width - 310, y: 10, width: 300, height: 150 };
/** Where the map is away from legend and heading panels. */
const OPEN_MAP = { x: 0, y: 90, width: SIZE.width - 320, height: SIZE.height - 90 };

describe('snapshot()', () => {
  it('is a PNG of the element size × devicePixelRatio with the frontier and markers drawn', async () => {
    const element = await mountMap({}, [], SIZE);
    const blob = await element.snapshot({ type: 'image/png' });
    expect(blob.type).toBe('image/png');
    const pixels = await decode(blob);
    // This runner has devicePixelRatio 1; the size follows it wherever it is larger.
    const dpr = window.devicePixelRatio;
    expect(pixels.width).toBe(Math.round(SIZE.width * dpr));
    expect(pixels.height).toBe(Math.round(SIZE.height * dpr));

    const withFrontier = count(pixels, near(FRONTIER), OPEN_MAP, dpr);
    expect(count(pixels, near(STRIKES), OPEN_MAP, dpr)).toBeGreaterThan(100);
    // For a person to look at.
    await commands.writeFile('test-results/snapshot-browser.png', await base64(blob), 'base64');

    element.layers = 'strikes,attacks,posts';
    await element.whenIdle();
    const without = count(await decode(await element.snapshot()), near(FRONTIER), OPEN_MAP, dpr);
    // The dashed frontier alone accounts for hundreds of pixels of its colour.
    expect(withFrontier - without).toBeGreaterThan(400);
  });

  it('draws the legend with icons, labels and counts, and the heading', async () => {
    const element = await mountMap({}, [], SIZE);
    const pixels = await decode(await element.snapshot());
    const dpr = window.devicePixelRatio;
    expect(count(pixels, dark, LEGEND, dpr)).toBeGreaterThan(300);
    expect(count(pixels, near(STRIKES), LEGEND, dpr)).toBeGreaterThan(40);
    // Heading panel in the top-left corner: title text in dark pixels.
    expect(count(pixels, dark, { x: 10, y: 10, width: 400, height: 30 }, dpr)).toBeGreaterThan(200);
    // The attribution, bottom right.
    expect(count(pixels, dark, rectOf(element, '.leaflet-control-attribution'), dpr)).toBeGreaterThan(50);
    expect(count(pixels, dark, rectOf(element, '.leaflet-control-scale'), dpr)).toBeGreaterThan(50);
  });

  it('in static mode draws the heading where the element shows it, above the map', async () => {
    const element = await mountMap({ static: '' }, [], SIZE);
    const heading = element.shadowRoot!.querySelector('.heading')!.getBoundingClientRect();
    const top = element.getBoundingClientRect().top;
    expect(heading.height).toBeGreaterThan(20);
    const pixels = await decode(await element.snapshot());
    const band = { x: 0, y: heading.top - top, width: 500, height: heading.height };
    expect(count(pixels, dark, band, window.devicePixelRatio)).toBeGreaterThan(200);
  });

  it('rejects an image type other than PNG', async () => {
    const element = await mountMap({}, [], SIZE);
    await expect(element.snapshot({ type: 'image/jpeg' as 'image/png' })).rejects.toThrow(/PNG only/);
  });
});
