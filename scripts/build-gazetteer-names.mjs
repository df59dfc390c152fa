#!/usr/bin/env node
/**
 * Writes data/gazetteer-names.csv: the Pashto, Dari and Urdu names that Who's On First gives the towns
 * the map labels (matched on their GeoNames id), tidied and checked against the English name
 * (scripts/geodata/gazetteer-names.mjs). Run it again after the labels change, with copies of the
 * gazetteer's Afghan and Pakistani repositories (`whosonfirst-data-admin-af`, `-pk`; a checkout or a
 * bare clone), then `npm run build:geodata`:
 *
 *   node scripts/build-gazetteer-names.mjs <whosonfirst-data-admin-af> <whosonfirst-data-admin-pk>
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatGazetteerNames, gazetteerNames } from './geodata/gazetteer-names.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LABEL_FILES = ['labels-z0-6.geojson', 'labels-z7-8.geojson', 'labels-z9.geojson'];

/** The properties of every record of a repository (its `data/**.geojson`, alternate geometries left out). */
function* recordsOf(repo) {
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

function main() {
  const repos = process.argv.slice(2);
  if (!repos.length) {
    console.error('usage: node scripts/build-gazetteer-names.mjs <whosonfirst-data-admin-af> <...-pk>');
    process.exit(2);
  }
  const labels = LABEL_FILES.flatMap(
    (file) => JSON.parse(readFileSync(join(ROOT, 'geodata', file), 'utf8')).features,
  ).map((f) => f.properties);
  const records = repos.flatMap((repo) => [...recordsOf(repo)]);
  const { rows, refused } = gazetteerNames(records, labels);
  rows.sort((a, b) => a.id.localeCompare(b.id) || a.lang.localeCompare(b.lang));
  writeFileSync(join(ROOT, 'data', 'gazetteer-names.csv'), formatGazetteerNames(rows));
  const count = (list, lang) => list.filter((r) => r.lang === lang).length;
  for (const lang of ['ps', 'prs', 'ur']) {
    console.log(`${lang}: ${count(rows, lang)} names kept, ${count(refused, lang)} refused`);
  }
  console.log(`read ${records.length} records; wrote data/gazetteer-names.csv (${rows.length} rows)`);
  for (const r of refused) console.log(`refused ${r.lang} ${r.id} ${r.en}: "${r.raw}" ${r.why}`);
}

main();
