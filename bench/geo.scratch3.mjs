import { runnerImport } from 'vite';
const load = async (p) => (await runnerImport(new URL(p, import.meta.url).pathname, { configFile: false, logLevel: 'silent' })).module;
const { simplifyLine } = await load('../src/geo/simplify-line.ts');
const { syntheticFrontier } = await load('../tests/unit/geo/synthetic.ts');
const { createFrontierIndex } = await load('../src/geo/frontier-index.ts');
const { buffer } = await import('@turf/buffer');
const { kinks } = await import('@turf/kinks');
const { booleanValid } = await import('@turf/boolean-valid');
const line = syntheticFrontier(3000, 7);
const idx = createFrontierIndex(line);
for (const w of [10, 25, 50]) for (const tol of [0, w / 200, w / 100, w / 50]) {
  const coords = simplifyLine(line.geometry.coordinates, tol);
  let t = performance.now();
  const b = buffer({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } }, w, { units: 'kilometers' });
  const tb = performance.now() - t;
  let min = Infinity, max = 0, n = 0;
  const rings = b.geometry.type === 'Polygon' ? [b.geometry.coordinates] : b.geometry.coordinates;
  for (const poly of rings) for (const ring of poly) for (const p of ring) { const d = idx.distanceKm(p); min = Math.min(min, d); max = Math.max(max, d); n++; }
  t = performance.now();
  const k = kinks(b).features.length;
  const tk = performance.now() - t; t = performance.now();
  const v = booleanValid(b);
  const tv = performance.now() - t;
  console.log(`w=${w} tol=${tol} verts ${coords.length} buffer ${tb.toFixed(0)}ms out ${n} vertices ${b.geometry.type} dist [${min.toFixed(3)}, ${max.toFixed(3)}] kinks ${k} (${tk.toFixed(0)}ms) valid ${v} (${tv.toFixed(0)}ms)`);
}
