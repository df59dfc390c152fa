#!/usr/bin/env node
/**
 * Builds the event and site layers of geodata/ from the editorial tables in data/ (events.csv,
 * places.csv, facts.md) and our own wording beside them (wording.json, publishers.json,
 * SOURCES.template.md); data/README.md describes every column. The output is deterministic: the same
 * input always gives byte-identical files, so a review diff shows only real data changes. Nothing is
 * written unless every check passes.
 *
 *   node scripts/build-events.mjs [--data DIR] [--out DIR]     (defaults: data/ and geodata/)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { list, readTable } from './events/csv.mjs';
import { dataAsOf, lengthFigures } from './events/facts.mjs';
import { loadFrontierSide, sideProblems } from './events/frontier-side.mjs';
import { makePublisher, parseSourceDate } from './events/sources.mjs';
import { compare, sourcesMarkdown } from './events/sources-markdown.mjs';
import { checkWording, ID, sharedRun } from './events/wording.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GEODATA = join(ROOT, 'geodata');

const EVENT_KINDS = ['air_strike', 'ground_attack', 'clash', 'crossing_closure', 'ceasefire', 'talks'];
const PRECISIONS = ['exact', 'town', 'district', 'province', 'multi_site'];
/** places.csv kind → output file and feature kind; `city` rows become plain labels. */
const SITE_LAYERS = {
  military_post_area: { file: 'posts', kind: 'military_post' },
  crossing: { file: 'crossings', kind: 'crossing' },
  talk_venue: { file: 'venues', kind: 'venue' },
  capital: { file: 'venues', kind: 'capital' },
};

function point(row, where) {
  if (row.lon === '' && row.lat === '') return null;
  const lon = Number(row.lon);
  const lat = Number(row.lat);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    throw new Error(`${where}: bad coordinates ${row.lon}, ${row.lat}`);
  }
  return { type: 'Point', coordinates: [lon, lat] };
}

const slugify = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function buildEvents(rows, wording, publisherOf, problems) {
  const ids = new Map(rows.map((row) => [row.id, `${row.id.toLowerCase()}-${wording[row.id]?.slug}`]));
  const features = rows.map((row) => {
    const words = wording[row.id];
    const other = row.kind === 'other';
    checkWording(row.id, words, problems, { needsKind: other });
    if (!other && !EVENT_KINDS.includes(row.kind)) problems.push(`${row.id}: unknown kind "${row.kind}"`);
    if (!PRECISIONS.includes(row.precision)) problems.push(`${row.id}: unknown precision "${row.precision}"`);
    const urls = list(row.sources);
    const notes = list(row.source_dates);
    if (notes.length !== urls.length) {
      problems.push(`${row.id}: ${urls.length} sources but ${notes.length} source dates`);
    }
    const sources = urls.map((url, i) => {
      if (!/^https?:\/\//.test(url)) problems.push(`${row.id}: source "${url}" is not http(s)`);
      return { url, publisher: publisherOf(url, notes[i]).publisher, ...parseSourceDate(notes[i] ?? '') };
    });
    if (sources.length === 0) problems.push(`${row.id}: no source`);
    const geometry = point(row, row.id);
    const multi = row.precision === 'multi_site';
    if (multi !== (geometry === null)) problems.push(`${row.id}: only multi_site rows may lack coordinates`);
    const copied = sharedRun(words?.description ?? '', row.description);
    if (copied) problems.push(`${row.id}: description copies the CSV text ("${copied} …")`);
    const id = ids.get(row.id);
    const properties = {
      id,
      kind: other ? words?.kind : row.kind,
      title: words?.title,
      description: words?.description,
      date: row.date,
      ...(row.date_end ? { dateEnd: row.date_end } : {}),
      place: row.place_name,
      country: row.country,
      precision: row.precision,
      ...(row.uncertainty_km ? { uncertaintyKm: Number(row.uncertainty_km) } : {}),
      actor: row.actor,
      ...(words?.claims?.length ? { claims: words.claims.map(({ by, claim }) => ({ by, claim })) } : {}),
      sources,
      ...(multi ? { parts: partsOf(row, ids, problems) } : {}),
    };
    return { type: 'Feature', id, geometry, properties };
  });
  // Stable sort: same-day events keep the research order.
  return features.sort((a, b) => compare(a.properties.date, b.properties.date));
}

/** The sector rows a multi_site summary names, e.g. `see E004–E011` or `E057–E060, E082`. */
function partsOf(row, ids, problems) {
  const parts = [];
  for (const [, from, to] of row.place_name.matchAll(/E(\d{3})(?:\s*[–-]\s*E(\d{3}))?/g)) {
    for (let n = Number(from); n <= Number(to ?? from); n++) {
      const csvId = `E${String(n).padStart(3, '0')}`;
      if (!ids.has(csvId)) problems.push(`${row.id}: names ${csvId}, which is not in events.csv`);
      else if (csvId !== row.id && !parts.includes(ids.get(csvId))) parts.push(ids.get(csvId));
    }
  }
  if (parts.length === 0) problems.push(`${row.id}: multi_site row names no sector rows`);
  return parts;
}

function buildSites(rows, wording, publisherOf, problems) {
  const files = { posts: [], crossings: [], venues: [], labels: [] };
  for (const row of rows) {
    const words = wording[row.id];
    const geometry = point(row, row.id);
    if (!geometry) problems.push(`${row.id}: a site needs coordinates`);
    if (row.kind === 'city') {
      const id = `${row.id.toLowerCase()}-${words?.slug ?? slugify(row.name)}`;
      files.labels.push({
        type: 'Feature',
        id,
        geometry,
        properties: { id, name: row.name, country: row.country },
      });
      continue;
    }
    const layer = SITE_LAYERS[row.kind];
    if (!layer) {
      problems.push(`${row.id}: unknown place kind "${row.kind}"`);
      continue;
    }
    checkWording(row.id, words, problems, { needsKind: false });
    if (!PRECISIONS.includes(row.precision)) problems.push(`${row.id}: unknown precision "${row.precision}"`);
    const copied = sharedRun(words?.description ?? '', row.notes);
    if (copied) problems.push(`${row.id}: description copies the CSV notes ("${copied} …")`);
    const id = `${row.id.toLowerCase()}-${words?.slug}`;
    const properties = {
      id,
      kind: layer.kind,
      title: words?.title,
      description: words?.description,
      place: words?.place ?? row.alt_names,
      country: row.country,
      precision: row.precision,
      uncertaintyKm: Number(row.uncertainty_km),
      sources: list(row.sources).map((url) => ({ url, publisher: publisherOf(url).publisher })),
    };
    files[layer.file].push({ type: 'Feature', id, geometry, properties });
  }
  return files;
}

const collection = (features) => ({ type: 'FeatureCollection', features });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** `--name VALUE` from the command line, resolved as a path; `fallback` when absent. */
const pathArg = (argv, name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? resolve(argv[at + 1] ?? '') : fallback;
};

async function main(argv) {
  const data = pathArg(argv, '--data', join(ROOT, 'data'));
  const out = pathArg(argv, '--out', GEODATA);
  const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const wording = readJson(join(data, 'wording.json'));
  const names = readJson(join(data, 'publishers.json'));
  // side_note: why a point lies on the other side of the frontier from its country (rarely needed).
  const eventRows = readTable(join(data, 'events.csv'), ['side_note']);
  const placeRows = readTable(join(data, 'places.csv'), ['side_note']);

  const problems = [];
  const unknownHosts = new Set();
  const publisherOf = makePublisher(names, unknownHosts);
  const events = buildEvents(eventRows, wording, publisherOf, problems);
  const sites = buildSites(placeRows, wording, publisherOf, problems);
  const files = { events, ...sites };

  const seen = new Set();
  for (const feature of Object.values(files).flat()) {
    if (!ID.test(feature.id)) problems.push(`id "${feature.id}" is not lower-case kebab-case`);
    if (seen.has(feature.id)) problems.push(`duplicate id "${feature.id}"`);
    seen.add(feature.id);
  }
  const known = new Set([...eventRows, ...placeRows].map((row) => row.id));
  for (const key of Object.keys(wording)) {
    if (!known.has(key)) problems.push(`wording.json: "${key}" matches no CSV row`);
  }
  const locate = await loadFrontierSide(ROOT, GEODATA);
  const located = [...eventRows, ...placeRows].map((row) => ({
    id: row.id,
    country: row.country,
    coordinates: row.lon === '' ? null : [Number(row.lon), Number(row.lat)],
    sideNote: row.side_note,
  }));
  problems.push(...sideProblems(located, locate));
  for (const host of unknownHosts) console.warn(`warning: no publisher name for ${host} (publishers.json)`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`error: ${problem}`);
    process.exit(1);
  }

  mkdirSync(out, { recursive: true });
  for (const [name, features] of Object.entries(files)) {
    writeFileSync(join(out, `${name}.geojson`), json(collection(features)));
  }
  const facts = {
    dataAsOf: dataAsOf(Object.values(files).flat()),
    pressFigures: lengthFigures(readFileSync(join(data, 'facts.md'), 'utf8')),
  };
  writeFileSync(join(out, 'facts.json'), json(facts));
  const outletsOf = (feature) => feature.properties.sources.map((s) => publisherOf(s.url).outlet);
  const template = readFileSync(join(data, 'SOURCES.template.md'), 'utf8');
  writeFileSync(join(out, 'SOURCES.md'), sourcesMarkdown(template, files, outletsOf, facts.dataAsOf));
  const counts = Object.entries(files).map(([name, features]) => `${name} ${features.length}`);
  console.log(`geodata: ${counts.join(', ')}; data as of ${facts.dataAsOf}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
