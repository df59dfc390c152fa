import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/static-server.mjs';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'app', 'geodata'), { recursive: true });
  writeFileSync(join(dir, 'app', 'index.html'), '<p>viewer</p>');
  writeFileSync(join(dir, 'app', 'geodata', 'a.geojson'), '{}');
  writeFileSync(join(dir, 'secret.txt'), 'no');
  server = (await serveStatic([['/', join(dir, 'app')]])) as Server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it("serves a folder's index.html at its address, and files with their types", async () => {
    const index = await fetch(`${base}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe('<p>viewer</p>');
    const data = await fetch(`${base}/geodata/a.geojson`);
    expect(data.headers.get('content-type')).toBe('application/geo+json');
  });

  it('serves nothing outside its folders', async () => {
    expect((await fetch(`${base}/../secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });
});
