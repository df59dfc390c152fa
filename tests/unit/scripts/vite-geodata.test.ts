import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { geodataFiles } from '../../../scripts/vite-geodata.mjs';

type Middleware = (request: object, response: object, next: () => void) => void;

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** The plugin's preview middleware over a fresh output folder holding `geodata/x.geojson`. */
function preview(): {
  serve: (encoding?: string) => { body?: Buffer; next: boolean };
  write: (text: string, at: Date) => void;
} {
  root = mkdtempSync(join(tmpdir(), 'frontier-geodata-'));
  mkdirSync(join(root, 'dist', 'geodata'), { recursive: true });
  const file = join(root, 'dist', 'geodata', 'x.geojson');
  let middleware: Middleware | undefined;
  const plugin = geodataFiles(root) as { configurePreviewServer: (server: object) => void };
  plugin.configurePreviewServer({
    config: { root, build: { outDir: 'dist' } },
    middlewares: { use: (fn: Middleware) => (middleware = fn) },
  });
  return {
    write(text, at) {
      writeFileSync(file, text);
      utimesSync(file, at, at);
    },
    serve(encoding = 'gzip, br') {
      let body: Buffer | undefined;
      let next = false;
      middleware!(
        { url: '/geodata/x.geojson', method: 'GET', headers: { 'accept-encoding': encoding } },
        { writeHead: () => {}, end: (chunk?: Buffer) => (body = chunk) },
        () => (next = true),
      );
      return { body, next };
    },
  };
}

describe('the preview server’s GeoJSON', () => {
  it('is sent gzipped, and a rebuilt file is sent as it is now, not as it was first zipped', () => {
    const { serve, write } = preview();
    write('{"version":1}', new Date(2026, 0, 1));
    expect(gunzipSync(serve().body!).toString()).toBe('{"version":1}');
    write('{"version":2}', new Date(2026, 0, 2));
    expect(gunzipSync(serve().body!).toString()).toBe('{"version":2}');
  });

  it('leaves a client that takes no gzip to the static server', () => {
    const { serve, write } = preview();
    write('{}', new Date(2026, 0, 1));
    expect(serve('identity')).toEqual({ body: undefined, next: true });
  });
});
