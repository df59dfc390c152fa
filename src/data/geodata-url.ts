/**
 * Where the shipped geodata is fetched from: `geodata/` relative to the module that holds this code.
 * The placeholder below is rewritten by `geodataFiles()` (vite.config.ts): from source (the dev
 * server, the tests) to the repository's own `../../geodata/`; in a build to the path from the chunk
 * this code lands in to the `geodata/` folder written beside the bundle (`dist/geodata/`,
 * `dist/app/geodata/`). So the URL holds wherever the bundle is served from, whichever chunk it is in.
 */
const GEODATA_DIR = '__FRONTIER_GEODATA_DIR__';

/** The absolute URL of a shipped geodata file (`file` relative to `geodata/`). */
export function geodataUrl(file: string): string {
  // A computed specifier: bundlers leave it alone instead of inlining the file as an asset.
  return new URL(GEODATA_DIR + file, import.meta.url).href;
}
