import { runnerImport } from 'vite';

const load = async (p) =>
  (await runnerImport(new URL(p, import.meta.url).pathname, { configFile: false, logLevel: 'silent' }))
    .module;
const { createFrontierIndex } = await load('../src/geo/frontier-index.ts');
const { syntheticFrontier, randomPoints } = await load('../tests/unit/geo/synthetic.ts');
const { pointToLineDistance } = await import('@turf/point-to-line-distance');
const { length } = await import('@turf/length');
const line = syntheticFrontier(3000, 7);
console.log('len', length(line));
const idx = createFrontierIndex(line);
const pts = randomPoints(2000, 1);
let t = performance.now();
const ours = pts.map((p) => idx.distanceKm(p));
console.log('ours ms', performance.now() - t);
t = performance.now();
const theirs = pts.map((p) => pointToLineDistance(p, line, { units: 'kilometers' }));
console.log('turf ms', performance.now() - t);
let max = 0,
  arg = -1;
ours.forEach((d, i) => {
  const e = Math.abs(d - theirs[i]);
  if (e > max) {
    max = e;
    arg = i;
  }
});
console.log('max err m', max * 1000, pts[arg], ours[arg], theirs[arg]);
