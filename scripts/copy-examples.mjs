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
cpSync('examples', 'dist/app/examples', { recursive: true });
console.log('copied the bundle and examples/ into dist/app');
