import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { eagerChunk } from '../../../scripts/vite-eager-chunk.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'eager-chunk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {
  'page.js':
    "import { shared } from './shared.js';\nimport './own.js';\nshared(() => import('./lazy.js'));\n",
  'own.js': 'export const own = 1;\n',
  'shared.js': "import { util } from './util.js';\nexport const shared = (load) => util(load);\n",
  'util.js': 'export const util = (load) => globalThis.go && load();\n',
  'lazy.js':
    "import { util } from './util.js';\nimport { onlyLazy } from './only-lazy.js';\nexport default util(onlyLazy);\n",
  'only-lazy.js': 'export const onlyLazy = () => 2;\n',
};
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);

describe('eagerChunk', () => {
  it('puts what the page imports statically into one chunk; lazy code and the page itself stay apart', async () => {
    const output = (await build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins: [eagerChunk('core', { exclude: /(page|own)\.js$/ })],
      build: { write: false, minify: false, rollupOptions: { input: path.join(dir, 'page.js') } },
    })) as Rolldown.RolldownOutput;
    const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    const where = (file: string) =>
      chunks.filter((chunk) => chunk.moduleIds.includes(path.join(dir, file))).map((chunk) => chunk.name);
    expect(where('shared.js')).toEqual(['core']);
    expect(where('util.js')).toEqual(['core']);
    expect(where('lazy.js')).not.toContain('core');
    expect(where('only-lazy.js')).not.toContain('core');
    expect(where('own.js')).not.toContain('core');
  });
});
