/**
 * A misbehaving data server for the browser tests, mounted on the Vitest browser server (loopback
 * only) under `/__faults/`. Every answer is `no-store`, so a retry really asks again.
 *
 * - `ok?n=2&prefix=x`         a FeatureCollection of n valid crossings, ids `x-0`, `x-1` …
 * - `no-cors`                 `ok` without CORS headers: another origin (localhost) may not read it
 * - `404`, `500`              that status with a short text body
 * - `fail-once?key=k`         500 the first time per key, then `ok`
 * - `slow?ms=800&key=k`       `ok` after ms; `state?key=k` says `pending`, `sent` or `aborted`
 * - `html`                    a 200 HTML page (a wrong URL, a login wall)
 * - `empty`                   a 200 with no body
 * - `big?mb=50`               mb megabytes with a Content-Length; `big?mb=5&chunked` without one
 * - `tile/…`                  a 1×1 transparent PNG (raster tiles without a network)
 * - `table?n=2`               a CSV table of n points as `text/csv`, at an address without `.csv`
 * - `acled?n=20000&bad=7`     bench/generate-acled.mjs's export of n rows, record `bad` without latitude
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { generateAcled } from '../../bench/generate-acled.mjs';

type Handler = (request: IncomingMessage, response: ServerResponse, query: URLSearchParams) => void;

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function featureCollection(count: number, prefix: string) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, index) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [70 + index * 0.1, 33] },
      properties: { id: `${prefix}-${index}`, kind: 'crossing', title: `Crossing ${index}` },
    })),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

function ok(response: ServerResponse, query: URLSearchParams): void {
  const body = featureCollection(Number(query.get('n') ?? 2), query.get('prefix') ?? 'ok');
  send(response, 200, 'application/geo+json', JSON.stringify(body));
}

/** Streams `bytes` of JSON-ish filler, respecting back-pressure, until done or the client hangs up. */
function stream(response: ServerResponse, bytes: number, declareLength: boolean): void {
  response.statusCode = 200;
  response.setHeader('Content-Type', 'application/geo+json');
  response.setHeader('Cache-Control', 'no-store');
  if (declareLength) response.setHeader('Content-Length', String(bytes));
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let left = bytes;
  const pump = () => {
    while (left > 0 && !response.destroyed) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!response.write(piece)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end();
  };
  pump();
}

/** Server-side memory of the `fail-once` and `slow` routes, per key (one server per test run). */
function createHandlers(): Record<string, Handler> {
  const failedOnce = new Set<string>();
  const slowState = new Map<string, 'pending' | 'sent' | 'aborted'>();
  return {
    ok: (_request, response, query) => ok(response, query),
    'no-cors': (_request, response, query) => {
      // The dev server's CORS middleware allows localhost origins; this route must not.
      for (const name of response.getHeaderNames()) {
        if (name.startsWith('access-control-')) response.removeHeader(name);
      }
      ok(response, query);
    },
    '404': (_request, response) => send(response, 404, 'text/plain', 'no such file'),
    '500': (_request, response) => send(response, 500, 'text/plain', 'server error'),
    'fail-once': (_request, response, query) => {
      const key = query.get('key') ?? '';
      if (failedOnce.has(key)) return ok(response, query);
      failedOnce.add(key);
      send(response, 500, 'text/plain', 'server error');
    },
    slow: (_request, response, query) => {
      const key = query.get('key') ?? '';
      slowState.set(key, 'pending');
      const timer = setTimeout(
        () => {
          slowState.set(key, 'sent');
          ok(response, query);
        },
        Number(query.get('ms') ?? 1000),
      );
      response.on('close', () => {
        if (slowState.get(key) !== 'pending') return;
        clearTimeout(timer);
        slowState.set(key, 'aborted');
      });
    },
    state: (_request, response, query) =>
      send(
        response,
        200,
        'application/json',
        JSON.stringify({ state: slowState.get(query.get('key') ?? '') }),
      ),
    html: (_request, response) =>
      send(response, 200, 'text/html', '<!doctype html><html><body><h1>Sign in</h1></body></html>'),
    empty: (_request, response) => send(response, 200, 'application/geo+json', ''),
    big: (_request, response, query) =>
      stream(response, Number(query.get('mb') ?? 50) * 1024 * 1024, !query.has('chunked')),
    tile: (_request, response) => send(response, 200, 'image/png', PNG_1X1),
    acled: (_request, response, query) => {
      const lines = generateAcled(Number(query.get('n') ?? 100)).split('\r\n');
      const bad = Number(query.get('bad') ?? -1) + 1;
      if (lines[bad]) lines[bad] = lines[bad]!.replace(/,-?[\d.]+,(-?[\d.]+),([123]),/, ',,$1,$2,');
      send(response, 200, 'text/csv', lines.join('\r\n'));
    },
    table: (_request, response, query) => {
      const rows = Array.from({ length: Number(query.get('n') ?? 2) }, (_, i) => `t-${i},${70 + i * 0.1},33`);
      send(response, 200, 'text/csv; charset=utf-8', ['id,lon,lat', ...rows].join('\r\n'));
    },
  };
}

/** The Vite plugin: only the browser test project adds it (vite.config.ts). */
export function faultServer(): Plugin {
  return {
    name: 'frontier-fault-server',
    configureServer(server) {
      const handlers = createHandlers();
      server.middlewares.use('/__faults', (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const route = url.pathname.split('/')[1] ?? '';
        const handler = handlers[route];
        if (handler) handler(request, response, url.searchParams);
        else next();
      });
    },
  };
}
