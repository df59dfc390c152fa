/**
 * The benchmarks run only on demand (`npm run bench`), so nothing else notices when a file they
 * import moves: every relative import of bench/ and scripts/ must name a file that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

for (const folder of ['bench', 'scripts']) {
  describe(`${folder}/*.mjs`, () => {
    const files = readdirSync(join(root, folder)).filter((name) => name.endsWith('.mjs'));
    for (const name of files) {
      it(`${name} imports only files that exist`, () => {
        const file = join(root, folder, name);
        // Static imports only (not ones quoted in comments): `import … from './x.mjs'` at a line's start.
        const text = readFileSync(file, 'utf8');
        const targets = [...text.matchAll(/^import [^;]*?from '(\.{1,2}\/[^']+)';/gms)].map((m) => m[1]!);
        const missing = targets.filter((target) => !existsSync(join(dirname(file), target)));
        expect(missing).toEqual([]);
      });
    }
  });
}
