/**
 * The committed geodata is what data/ builds: the build is rerun into a temporary folder and every
 * file it writes must be byte-identical to the one in geodata/. Fails when someone edits a table
 * without rebuilding, or edits geodata/ by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'frontier-events-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run build:events', () => {
  it('rebuilds from data/ exactly the committed geodata files', () => {
    execFileSync(process.execPath, ['scripts/build-events.mjs', '--out', out], { stdio: 'pipe' });
    const built = readdirSync(out).sort();
    expect(built).toEqual([
      'SOURCES.md',
      'crossings.geojson',
      'events.geojson',
      'facts.json',
      'labels.geojson',
      'posts.geojson',
      'venues.geojson',
    ]);
    for (const name of built) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join('geodata', name), 'utf8'));
    }
  }, 60_000);
});
