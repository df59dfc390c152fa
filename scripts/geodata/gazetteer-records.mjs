// Reads the records of a Who's On First repository (its `data/**.geojson`), from a checkout or a bare
// clone, for scripts/build-gazetteer-names.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The properties of every record of a repository (its `data/**.geojson`, alternate geometries left out). */
export function* recordsOf(repo) {
  const isRecord = (file) => file.endsWith('.geojson') && !file.includes('-alt-');
  if (existsSync(join(repo, 'data'))) {
    const walk = function* (dir) {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) yield* walk(file);
        else if (isRecord(entry.name)) yield JSON.parse(readFileSync(file, 'utf8')).properties;
      }
    };
    yield* walk(join(repo, 'data'));
    return;
  }
  // A bare clone: read the blobs of HEAD's tree in batches.
  const git = (args, input) => execFileSync('git', ['-C', repo, ...args], { input, maxBuffer: 2 ** 30 });
  const blobs = git(['ls-tree', '-r', 'HEAD'])
    .toString()
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter(([, , , file]) => isRecord(file))
    .map(([, , blob]) => blob);
  for (let i = 0; i < blobs.length; i += 1000) {
    const batch = git(['cat-file', '--batch'], `${blobs.slice(i, i + 1000).join('\n')}\n`);
    for (let at = 0; at < batch.length; ) {
      const headerEnd = batch.indexOf(10, at);
      const size = Number(batch.subarray(at, headerEnd).toString().split(' ')[2]);
      yield JSON.parse(batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString()).properties;
      at = headerEnd + 1 + size + 1;
    }
  }
}
