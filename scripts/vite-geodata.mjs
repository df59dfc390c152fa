/**
 * The shipped geodata beside the bundle: a build writes the files the map fetches at run time into
 * `geodata/` of its output folder, and rewrites the placeholder in `src/data/geodata-url.ts` to the
 * path from the chunk that holds it to that folder. The dev server and the tests serve the
 * repository's own `geodata/`, so there the placeholder becomes the path from `src/data/` to it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const PLACEHOLDER = '__FRONTIER_GEODATA_DIR__';

/** Every file the map may fetch (see src/data/geodata-pieces.ts). */
export const SHIPPED_GEODATA = [
  'basemap-low.topojson',
  'frontier-low.geojson',
  'labels-z0-6.geojson',
  'basemap.topojson',
  'frontier.geojson',
  'provinces.topojson',
  'labels-z7-8.geojson',
  'labels-z9.geojson',
  'facts.json',
  'derived/frontier-buffers.geojson',
  'events.geojson',
  'posts.geojson',
  'crossings.geojson',
  'venues.geojson',
];

/** @returns {import('vite').Plugin} */
export function geodataFiles(root) {
  let building = false;
  return {
    name: 'frontier-geodata',
    configResolved(config) {
      building = config.command === 'build';
    },
    transform(code, id) {
      if (building || !id.endsWith('/src/data/geodata-url.ts')) return null;
      return { code: code.replace(PLACEHOLDER, '../../geodata/'), map: null };
    },
    // `vite preview` compresses scripts and JSON but not `application/geo+json`: send the shipped
    // GeoJSON gzipped too, as any static host configured for it would (a sixth of the bytes).
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const zipped = new Map();
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        let file;
        try {
          file = join(outDir, decodeURIComponent(path));
        } catch {
          return next(); // a malformed escape: the static server answers it
        }
        const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const read = request.method === 'GET' || request.method === 'HEAD';
        const inside = !relative(outDir, file).startsWith('..');
        if (!path.endsWith('.geojson') || !inside || !read || !gzip || !existsSync(file)) return next();
        // Zipped once per version of the file: a rebuild under a running preview is served fresh.
        const { mtimeMs } = statSync(file);
        if (zipped.get(file)?.mtimeMs !== mtimeMs)
          zipped.set(file, { mtimeMs, body: gzipSync(readFileSync(file), { level: 9 }) });
        const { body } = zipped.get(file);
        response.writeHead(200, {
          'content-type': 'application/geo+json',
          'content-encoding': 'gzip',
          vary: 'Accept-Encoding',
          'content-length': body.length,
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
    },
    generateBundle(_options, bundle) {
      let found = false;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(PLACEHOLDER)) continue;
        const fromChunk = posix.relative(dirname(chunk.fileName), 'geodata') || '.';
        const dir = fromChunk.startsWith('.') ? `${fromChunk}/` : `./${fromChunk}/`;
        chunk.code = chunk.code.replaceAll(PLACEHOLDER, dir);
        found = true;
      }
      if (!found) return;
      for (const file of SHIPPED_GEODATA) {
        this.emitFile({
          type: 'asset',
          fileName: `geodata/${file}`,
          source: readFileSync(`${root}geodata/${file}`),
        });
      }
    },
  };
}
