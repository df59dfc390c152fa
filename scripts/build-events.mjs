#!/usr/bin/env node
/**
 * Builds the event and site layers of geodata/ from the researched tables (events.csv, places.csv,
 * facts.md) and our own wording (geodata/src/wording.json). The output is deterministic: the same
 * input always gives byte-identical files, so a review diff shows only real data changes.
 *
 *   node scripts/build-events.mjs [--data DIR]      (DIR defaults to ../shared/data from the repo root)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GEODATA = join(ROOT, 'geodata');

const EVENT_KINDS = ['air_strike', 'ground_attack', 'clash', 'crossing_closure', 'ceasefire', 'talks'];
/** CSV kind `other` is split by hand in wording.json into one of these. */
const OTHER_KINDS = ['militant_attack', 'statement'];
const PRECISIONS = ['exact', 'town', 'district', 'province', 'multi_site'];
/** places.csv kind → output file and feature kind; `city` rows become plain labels. */
const SITE_LAYERS = {
  military_post_area: { file: 'posts', kind: 'military_post' },
  crossing: { file: 'crossings', kind: 'crossing' },
  talk_venue: { file: 'venues', kind: 'venue' },
  capital: { file: 'venues', kind: 'capital' },
};
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Wordings sharing this many consecutive words with the CSV text count as copied. */
const COPY_WORDS = 10;

const pad = (n) => String(n).padStart(2, '0');
/** Code-unit order, not locale order: the output must not depend on the machine. */
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * RFC 4180 CSV: quoted fields, doubled quotes, separators and line breaks inside quotes, CRLF or LF.
 * A stray quote is an error rather than a guess, so a broken export never yields shifted columns.
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let started = false; // distinguishes a trailing empty field from no field at all
  let line = 1;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') {
        if (c === '\n') line++;
        field += c;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new Error(`CSV line ${line}: text after a closing quote`);
        }
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`CSV line ${line}: quote inside an unquoted field`);
      quoted = started = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      started = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
      line++;
    } else {
      field += c;
      started = true;
    }
  }
  if (quoted) throw new Error(`CSV line ${line}: unterminated quoted field`);
  if (started || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header; a row with the wrong number of fields is an error. */
function readTable(path) {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8')).filter((r) => r.some((f) => f !== ''));
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`${path}: record ${index + 1} has ${fields.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, fields[i].trim()]));
  });
}

const list = (text) =>
  text
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * A source_dates entry: `2025-10-19 (KUNA)`, `undated (~2025-10-10)`, `undated (~Dec 2025)` …
 * Dates of undated pages are estimates (dateApprox); a day range such as 26/27 keeps its first day.
 */
export function parseSourceDate(text) {
  const exact = /^(\d{4}-\d{2}-\d{2})(\/\d{2})?\b/.exec(text);
  if (exact) return exact[2] ? { date: exact[1], dateApprox: true } : { date: exact[1] };
  const estimate = /^undated\b.*?(\d{4}-\d{2}-\d{2})/.exec(text);
  return estimate ? { date: estimate[1], dateApprox: true } : {};
}

const AGENCIES = { AA: 'Anadolu Agency' };

/** The agency or original outlet named in a source_dates note, e.g. `(AP)`, `(mirror of Dawn: …)`. */
function creditOf(note) {
  const inner = /\(([^)]*)\)/.exec(note)?.[1];
  const first = inner
    ?.split(/[,;:]/)[0]
    .trim()
    .replace(/ via aggregator$/, '');
  if (!first || /^(~|\d|undated|updated|cites|article)/.test(first)) return undefined;
  return AGENCIES[first] ?? first;
}

function makePublisher(names, unknownHosts) {
  return (url, note = '') => {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const outlet = names[host] ?? host;
    if (!(host in names)) unknownHosts.add(host);
    const credit = creditOf(note);
    return { outlet, publisher: credit && credit !== outlet ? `${outlet} (${credit})` : outlet };
  };
}

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

/** Longest run of words a wording shares with the source text; catches copied sentences. */
function sharedRun(ours, theirs) {
  const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Set();
  const theirWords = words(theirs);
  for (let i = 0; i + COPY_WORDS <= theirWords.length; i++) {
    grams.add(theirWords.slice(i, i + COPY_WORDS).join(' '));
  }
  const ourWords = words(ours);
  for (let i = 0; i + COPY_WORDS <= ourWords.length; i++) {
    const gram = ourWords.slice(i, i + COPY_WORDS).join(' ');
    if (grams.has(gram)) return gram;
  }
  return null;
}

function checkWording(id, words, problems, { needsKind }) {
  if (!words) return problems.push(`${id}: no entry in wording.json`);
  for (const key of ['slug', 'title', 'description']) {
    if (typeof words[key] !== 'string' || words[key] === '') problems.push(`${id}: wording lacks "${key}"`);
  }
  if (words.slug && !ID.test(words.slug)) problems.push(`${id}: slug "${words.slug}" is not kebab-case`);
  for (const claim of words.claims ?? []) {
    if (!claim.by || !claim.claim) problems.push(`${id}: every claim needs "by" and "claim"`);
  }
  if (needsKind && !OTHER_KINDS.includes(words.kind)) {
    problems.push(`${id}: CSV kind "other" needs "kind" (${OTHER_KINDS.join(' or ')}) in wording.json`);
  }
}

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

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const count = (text) => (text ? Number(text.replace(/,/g, '')) : undefined);

/** The frontier-length table of facts.md §1 → [{ km, miles?, who, url, date? }]. */
export function lengthFigures(markdown) {
  const section = /^## 1\.[^\n]*\n([\s\S]*?)(?=^## )/m.exec(markdown)?.[1] ?? '';
  const rows = section.split('\n').filter((line) => /^\|.*https?:/.test(line));
  if (rows.length === 0) throw new Error('facts.md: no frontier-length table found in section 1');
  return rows.map((line) => {
    const [figure, who, source] = line
      .split('|')
      .slice(1, 4)
      .map((cell) => cell.trim());
    const miles = count(/([\d,]+)[\s-]*miles?\b/.exec(figure)?.[1]);
    const stated = count(/([\d,]+)\s*km/.exec(figure)?.[1]);
    // Some outlets give miles only; the UI compares kilometres, so convert and say so.
    const km = stated ?? Math.round(miles * 1.609344);
    if (!Number.isFinite(km)) throw new Error(`facts.md: no length in "${figure}"`);
    const when = /\(([^()]*)\)\s*$/.exec(source)?.[1] ?? '';
    const approx = when.includes('~');
    const iso = /(\d{4}-\d{2}-\d{2})/.exec(when)?.[1];
    const month = /([A-Z][a-z]{2}) (\d{4})/.exec(when);
    const date =
      iso ?? (month ? `${month[2]}-${pad(MONTHS.indexOf(month[1].toLowerCase()) + 1)}` : undefined);
    const name = who.replace(/\s*\("[^"]*"\)/g, '');
    return {
      km,
      ...(miles ? { miles } : {}),
      ...(stated ? {} : { kmFromMiles: true }),
      ...(/more than|\+/.test(figure) ? { qualifier: 'more than' } : {}),
      who: name[0].toUpperCase() + name.slice(1),
      url: /https?:\/\/\S+/.exec(source)[0],
      ...(date ? { date } : {}),
      ...(date && approx ? { dateApprox: true } : {}),
    };
  });
}

/** SOURCES.md: the hand-written template with the counted tables filled in. */
function sourcesMarkdown(template, files, outletsOf) {
  const events = files.events;
  const sites = [...files.posts, ...files.crossings, ...files.venues];
  const tally = new Map();
  const add = (features, column) => {
    for (const feature of features) {
      for (const outlet of new Set(outletsOf(feature))) {
        const row = tally.get(outlet) ?? { outlet, events: 0, sites: 0 };
        row[column]++;
        tally.set(outlet, row);
      }
    }
  };
  add(events, 'events');
  add(sites, 'sites');
  const byUse = (a, b) => b.events - a.events || b.sites - a.sites || compare(a.outlet, b.outlet);
  const publishers = [...tally.values()]
    .sort(byUse)
    .map((row) => `| ${row.outlet} | ${row.events || ''} | ${row.sites || ''} |`);
  const layerRows = Object.entries(files).map(([name, features]) => {
    const kinds = {};
    for (const { properties } of features) {
      const kind = properties.kind ?? 'label';
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    const detail = Object.entries(kinds)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    return `| \`${name}.geojson\` | ${features.length} | ${detail} |`;
  });
  const urls = new Set([...events, ...sites].flatMap((f) => f.properties.sources.map((s) => s.url)));
  const values = {
    EVENT_COUNT: events.length,
    SITE_COUNT: sites.length,
    URL_COUNT: urls.size,
    PUBLISHER_COUNT: tally.size,
    FIRST_DATE: events[0].properties.date,
    LAST_DATE: events.at(-1).properties.dateEnd ?? events.at(-1).properties.date,
    LAYER_TABLE: ['| file | features | kinds |', '|---|---:|---|', ...layerRows].join('\n'),
    PUBLISHER_TABLE: ['| publisher | events | sites |', '|---|---:|---:|', ...publishers].join('\n'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`SOURCES template: unknown placeholder ${whole}`);
    return String(values[key]);
  });
}

const collection = (features) => ({ type: 'FeatureCollection', features });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

function main(argv) {
  const flag = argv.indexOf('--data');
  const data = flag >= 0 ? resolve(argv[flag + 1] ?? '') : resolve(ROOT, '../shared/data');
  const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const wording = readJson(join(GEODATA, 'src/wording.json'));
  const names = readJson(join(GEODATA, 'src/publishers.json'));
  const eventRows = readTable(join(data, 'events.csv'));
  const placeRows = readTable(join(data, 'places.csv'));

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
  for (const host of unknownHosts) console.warn(`warning: no publisher name for ${host} (publishers.json)`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`error: ${problem}`);
    process.exit(1);
  }

  for (const [name, features] of Object.entries(files)) {
    writeFileSync(join(GEODATA, `${name}.geojson`), json(collection(features)));
  }
  writeFileSync(
    join(GEODATA, 'facts.json'),
    json(lengthFigures(readFileSync(join(data, 'facts.md'), 'utf8'))),
  );
  const outletsOf = (feature) => feature.properties.sources.map((s) => publisherOf(s.url).outlet);
  const template = readFileSync(join(GEODATA, 'src/SOURCES.template.md'), 'utf8');
  writeFileSync(join(GEODATA, 'SOURCES.md'), sourcesMarkdown(template, files, outletsOf));
  const counts = Object.entries(files).map(([name, features]) => `${name} ${features.length}`);
  console.log(`geodata: ${counts.join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
