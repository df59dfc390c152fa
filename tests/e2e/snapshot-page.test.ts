/**
 * snapshot() in the built bundle, on the test story: the viewer's "Download PNG" button saves it; raster
 * tiles from another origin (a tile server on loopback) are copied into the PNG when the server sends
 * CORS headers (compared with a reference image; UPDATE_SNAPSHOTS=1 rewrites it), otherwise the promise
 * rejects with an error that names the server, never a broken image.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { waitForIdle } from './idle.ts';
import { expectToMatchReference } from './reference-image.ts';

/** A 256 × 256 PNG of one colour. */
function solidPng([r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(256 * 3).fill(Buffer.from([r, g, b]))]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: 256 }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TILE = solidPng([255, 0, 255]);
let server: Server;
let tileOrigin: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // /cors/… answers with Access-Control-Allow-Origin; /plain/… without, like many tile servers.
  server = createServer((request, response) => {
    const headers: Record<string, string> = { 'content-type': 'image/png' };
    if (request.url?.startsWith('/cors/')) headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers).end(TILE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tileOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * On the test story's static map (480 × 360, tests/e2e/pages/story-map.html): tiles from `path` over
 * the sea south of the frontier, then snapshot(): the PNG, or the error it rejected with.
 */
async function snapshotWithTiles(path: string) {
  await page.goto(`${inject('baseUrl')}/story-map.html`);
  const result = await page.evaluate(async (tiles) => {
    await customElements.whenDefined('frontier-map');
    const map = document.querySelector('frontier-map')!;
    await map.whenIdle();
    map.setAttribute('attribution', 'Test tiles');
    map.setAttribute('tiles', tiles);
    map.setAttribute('center', '24,64');
    map.setAttribute('zoom', '5');
    await map.whenIdle();
    try {
      const blob = await map.snapshot({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { png: btoa(text), error: null };
    } catch (error) {
      return { png: null, error: (error as Error).message };
    }
  }, `${tileOrigin}${path}/{z}/{x}/{y}.png`);
  return { png: result.png === null ? null : Buffer.from(result.png, 'base64'), error: result.error };
}

describe('Download PNG', () => {
  it('saves frontier-map.png, a PNG of the map element', async () => {
    await page.goto(`${inject('baseUrl')}/story.html`);
    await waitForIdle(page);
    const size = await page.evaluate(() => {
      const map = document.querySelector('frontier-map')!;
      const rect = map.getBoundingClientRect();
      return [Math.round(rect.width * devicePixelRatio), Math.round(rect.height * devicePixelRatio)];
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-png')]);
    expect(download.suggestedFilename()).toBe('frontier-map.png');
    const path = await download.path();
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(size);
    expect(await page.locator('#snapshot-status').textContent()).toBe('');
  });
});

describe('snapshot() with raster tiles', () => {
  it('copies tiles from a server that allows it', async () => {
    const result = await snapshotWithTiles('/cors');
    expect(result.error).toBeNull();
    // The magenta test tiles fill the map under the story's layers, legend and heading.
    await expectToMatchReference(browser, result.png!, 'story-cors-tiles');
  });

  it('rejects with a clear error when the tile server sends no CORS headers', async () => {
    const result = await snapshotWithTiles('/plain');
    const host = new URL(tileOrigin).host;
    expect(result.error).toBe(
      `the tile server at ${host} does not allow its tiles to be copied (no CORS); ` +
        'remove tiles or use a server that sends Access-Control-Allow-Origin',
    );
  });
});
