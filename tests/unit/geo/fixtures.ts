/**
 * Turf-style fixtures: `tests/unit/fixtures/<name>/in.geojson` is run through a function and compared
 * with `out.geojson`. `REGEN=1` rewrites the outputs instead, for review in the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { expect } from 'vitest';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Numbers rounded to 9 decimals (≈ 0.1 mm in degrees) so outputs do not churn on float noise. */
function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
}

export function readFixture(name: string): FeatureCollection {
  return JSON.parse(readFileSync(`${FIXTURES}${name}/in.geojson`, 'utf8'));
}

/** Runs `compute` on the fixture input and checks (or with REGEN=1 writes) the expected output. */
export function checkFixture(name: string, compute: (input: FeatureCollection) => FeatureCollection): void {
  const actual = rounded(compute(readFixture(name)));
  const outPath = `${FIXTURES}${name}/out.geojson`;
  if (process.env.REGEN === '1') {
    mkdirSync(`${FIXTURES}${name}`, { recursive: true });
    writeFileSync(outPath, `${JSON.stringify(actual, null, 2)}\n`);
    return;
  }
  if (!existsSync(outPath)) throw new Error(`${name}/out.geojson is missing: run the tests with REGEN=1`);
  expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
}
