/**
 * After both builds: puts the one-file bundle beside the viewer (`dist/app/frontier-map.js`, the URL
 * the embed builder's snippet uses) and copies `examples/` into `dist/app/examples/`, so every example
 * runs against the built bundle exactly as a site owner's page would.
 */
import { cpSync, existsSync } from 'node:fs';

if (!existsSync('dist/frontier-map.js') || !existsSync('dist/app/index.html')) {
  console.error('copy-examples: run `vite build` and `vite build --mode app` first');
  process.exit(1);
}
cpSync('dist/frontier-map.js', 'dist/app/frontier-map.js');
// The bundle loads its buffer worker relative to import.meta.url, from assets/ beside it.
if (existsSync('dist/assets')) cpSync('dist/assets', 'dist/app/assets', { recursive: true });
// Its lazily loaded chunks, likewise relative to it.
if (existsSync('dist/chunks')) cpSync('dist/chunks', 'dist/app/chunks', { recursive: true });
cpSync('examples', 'dist/app/examples', { recursive: true });
console.log('copied the bundle and examples/ into dist/app');
