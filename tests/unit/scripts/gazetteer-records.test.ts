/** Reading a gazetteer repository's records, from a checkout and from a bare clone. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordsOf } from '../../../scripts/geodata/gazetteer-records.mjs';

const root = mkdtempSync(join(tmpdir(), 'gazetteer-'));
const checkout = join(root, 'checkout');
const record = (id: number) => JSON.stringify({ type: 'Feature', properties: { 'wof:id': id } });
for (const [file, id] of [
  ['data/101/1011.geojson', 1011],
  ['data/102/3/1023.geojson', 1023],
  ['data/101/1011-alt-quattroshapes.geojson', 9999],
] as const) {
  mkdirSync(join(checkout, file, '..'), { recursive: true });
  writeFileSync(join(checkout, file), record(id));
}
writeFileSync(join(checkout, 'README.md'), 'not a record');

afterAll(() => rmSync(root, { recursive: true, force: true }));

const ids = (repo: string) => [...recordsOf(repo)].map((p) => p['wof:id']).sort();

describe('recordsOf', () => {
  it("reads a checkout's records, leaving out alternate geometries", () => {
    expect(ids(checkout)).toEqual([1011, 1023]);
  });

  it('reads the same records from a bare clone', () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        stdio: 'pipe',
      });
    git('-C', checkout, 'init', '-q');
    git('-C', checkout, 'add', '.');
    git('-C', checkout, 'commit', '-q', '-m', 'records');
    const bare = join(root, 'bare.git');
    git('clone', '-q', '--bare', checkout, bare);
    expect(ids(bare)).toEqual([1011, 1023]);
  });
});
