/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { chromiumLaunchOptions } from './scripts/browser.mjs';
import { minifyCssLiterals } from './scripts/vite-css-literals.mjs';
import { eagerChunk } from './scripts/vite-eager-chunk.mjs';
import { geodataFiles } from './scripts/vite-geodata.mjs';
import { leafletWithout } from './scripts/vite-leaflet-without.mjs';
import { faultServer } from './tests/browser/fault-server-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// Leaflet's default entry sets window.L; its ESM build leaves the host page's globals alone.
/**
 * `@turf/boolean-point-in-polygon` asks point-in-polygon-hao, which needs only `orient2d` from
 * robust-predicates; the package's index holds every predicate and keeps them all in the bundle.
 */
const orient2dOnly: Plugin = {
  name: 'frontier-orient2d-only',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (source !== 'robust-predicates' || !importer?.includes('/point-in-polygon-hao/')) return null;
    const index = await this.resolve(source, importer, { skipSelf: true });
    return index ? index.id.replace(/index\.js$/, 'esm/orient2d.js') : null;
  },
};

const alias = [
  { find: /^leaflet$/, replacement: fileURLToPath(new URL('src/map/leaflet-lite.js', import.meta.url)) },
];

/**
 * Three builds from one config:
 * - default: the embeddable library, `dist/frontier-map.js`, one ES module that registers the
 *   elements, with lazily loaded chunks in `dist/chunks/`;
 * - `--mode classes`: `dist/index.js`, the same classes without registering them;
 * - `--mode app`: the viewer (index.html and the pages beside it) into `dist/app/`.
 */
export default defineConfig(
  async ({ mode }): Promise<UserConfig> => ({
    root,
    // Relative asset URLs: the bundle finds its worker beside it, and the viewer runs from any path.
    base: './',
    resolve: { alias },
    // The default geodata is fetched at run time from `geodata/` beside the bundle, which each build
    // writes; the CSS in css`…` templates is minified when building.
    // The code a page runs at once goes into one chunk (the pages' own scripts stay with their pages).
    plugins: [
      geodataFiles(root),
      minifyCssLiterals(),
      orient2dOnly,
      leafletWithout(),
      ...(mode === 'classes'
        ? []
        : [
            eagerChunk(mode === 'app' ? 'frontier-map' : 'frontier-map-core', {
              exclude: /\/src\/app\/|\.html($|\?)/,
            }),
          ]),
    ],
    // Pre-bundled up front, so the browser tests never reload mid-run on a newly found dependency.
    // Leaflet is served from its own ES modules, not pre-bundled: the map imports some of them
    // (src/map/leaflet-lite.js), and the build's stand-ins for the rest apply in tests too.
    optimizeDeps: {
      exclude: ['leaflet'],
      include: [
        'lit',
        'flatbush',
        'topojson-client',
        'papaparse',
        '@turf/distance',
        '@turf/circle',
        '@turf/great-circle',
        '@turf/boolean-point-in-polygon',
        '@turf/point-to-line-distance',
        '@turf/buffer',
        '@turf/kinks',
        '@turf/boolean-valid',
      ],
    },
    publicDir: 'public',
    worker: { format: 'es' },
    build:
      mode === 'app'
        ? {
            outDir: 'dist/app',
            // Every browser the map supports has module preloading: no polyfill in the page.
            modulePreload: { polyfill: false },
            emptyOutDir: true,
            target: 'es2022',
            rollupOptions: {
              input: {
                index: fileURLToPath(new URL('index.html', import.meta.url)),
                embed: fileURLToPath(new URL('embed.html', import.meta.url)),
                map: fileURLToPath(new URL('map.html', import.meta.url)),
              },
            },
          }
        : {
            outDir: 'dist',
            emptyOutDir: false,
            target: 'es2022',
            copyPublicDir: false,
            lib: {
              // `dist/frontier-map.js` registers the elements; `dist/index.js` (mode `classes`)
              // only exports them, for bundlers that register under their own names.
              entry: fileURLToPath(
                new URL(mode === 'classes' ? 'src/index.ts' : 'src/embed.ts', import.meta.url),
              ),
              formats: ['es'],
              fileName: () => (mode === 'classes' ? 'index.js' : 'frontier-map.js'),
            },
            // What only some pages need (the default data, the analysis) loads lazily, beside it.
            rollupOptions: {
              output: {
                chunkFileNames: 'chunks/[name]-[hash].js',
                // Vite keeps the whitespace of ES libraries (for their pure annotations); the
                // one-file bundle is loaded as is, not bundled again, so it is minified in full.
                ...(mode === 'classes' ? {} : { minify: true }),
              },
            },
          },
    preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
    server: { host: '127.0.0.1' },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          // A misbehaving data server on the test server (loopback), for the network-fault tests.
          plugins: [faultServer()],
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            // UPDATE_SNAPSHOTS=1 rewrites the reference images (tests/browser/reference-image.ts).
            provide: { updateSnapshots: process.env.UPDATE_SNAPSHOTS === '1' },
            browser: {
              enabled: true,
              headless: true,
              screenshotFailures: false,
              // Resolved only under Vitest: a plain `vite build` needs no browser.
              provider: playwright({
                launchOptions: process.env.VITEST ? await chromiumLaunchOptions() : {},
                // One device pixel per CSS pixel on every machine: snapshot() follows devicePixelRatio,
                // and the reference images are drawn at 1.
                contextOptions: { deviceScaleFactor: 1 },
              }),
              instances: [{ browser: 'chromium', viewport: { width: 1200, height: 800 } }],
            },
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
