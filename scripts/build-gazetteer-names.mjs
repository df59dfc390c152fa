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
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatGazetteerNames, gazetteerNames } from './geodata/gazetteer-names.mjs';
import { recordsOf } from './geodata/gazetteer-records.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LABEL_FILES = ['labels-z0-6.geojson', 'labels-z7-8.geojson', 'labels-z9.geojson'];

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
