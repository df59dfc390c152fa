import { runnerImport } from 'vite';

const load = async (p) =>
  (await runnerImport(new URL(p, import.meta.url).pathname, { configFile: false, logLevel: 'silent' }))
    .module;
const { createFrontierIndex } = await load('../src/geo/frontier-index.ts');
const { syntheticFrontier, randomPoints } = await load('../tests/unit/geo/synthetic.ts');
const line = syntheticFrontier(3000, 7);
const idx = createFrontierIndex(line);
for (const n of [1000, 10000, 100000, 100000]) {
  const pts = randomPoints(n, 2);
  const t = performance.now();
  let s = 0;
  for (const p of pts) s += idx.distanceKm(p);
  console.log(n, 'ms', (performance.now() - t).toFixed(1), s / n);
}
