// Names of the labelled towns in Pashto, Dari and Urdu from a gazetteer: Who's On First, whose records
// carry GeoNames' ids and the names GeoNames and Wikidata give each place per language
// (`name:pus_x_preferred`, `name:fas_x_preferred`, `name:urd_x_preferred`).
//
// The gazetteer's names are uneven: some are a former or another name of the place (Sahiwal as
// Montgomery, Attock as Campbellpur), a district's name with its generic word, a Latin spelling in the
// Pashto field or a name with a disambiguating tail ("…، پاکستان"). So each name is tidied, and kept
// only when its consonants match the label's English name (`soundsLike`); a name attested in
// data/place-names.csv always wins over it.

import { ARABIC_SCRIPT, nameProblem, readNameTable } from './name-table.mjs';

/** Our language codes and the gazetteer's property for each (Dari: the gazetteer's Persian). */
export const GAZETTEER_FIELDS = { ps: 'pus_x_preferred', prs: 'fas_x_preferred', ur: 'urd_x_preferred' };
// Words that say what kind of place it is, not which: district, city, province, area, taluka.
const GENERIC_WORDS = new Set([
  'ولسوالۍ',
  'ولسوالی',
  'ولسوالي',
  'ښار',
  'شهر',
  'شہر',
  'ولایت',
  'ضلع',
  'تحصیل',
  'ناحیه',
  'تعلقه',
]);

/**
 * Tidies a gazetteer name for `lang`: drops a tail after an Arabic comma or in brackets, direction
 * marks, stray punctuation and a hamza above anywhere but on ه, writes Arabic kāf and (outside Pashto, where ي is a letter of its own)
 * Arabic yā' in the Persian forms. Returns the candidates to test, the fuller first: the name, then
 * the name without its generic words (`ميدان ښار ولسوالۍ` → `ميدان ښار`, `ميدان`).
 * @param {string} raw
 * @param {'ps' | 'prs' | 'ur'} lang
 * @returns {string[]} empty when nothing in Arabic script is left
 */
export function tidyGazetteerName(raw, lang) {
  let name = raw
    .replace(/[\u200E\u200F\u202A-\u202E]/g, '')
    .split(/[،,(]/)[0]
    .replace(/[.\u06D4:;!?"'«»]/g, '')
    // A hamza above marks the ezafe on ه only ("دهٔ نو"); elsewhere it is a transliteration's "-e".
    .replace(/([^\u0647])\u0654/g, '$1')
    .replace(/ك/g, 'ک');
  if (lang !== 'ps') name = name.replace(/ي/g, 'ی');
  name = name.replace(/\s+/g, ' ').trim();
  if (!name || !ARABIC_SCRIPT.test(name)) return [];
  const words = name.split(' ');
  const candidates = [name];
  for (let cut = 1; cut <= 2; cut++) {
    const withoutTail = words.slice(0, -cut);
    if (withoutTail.length && words.slice(-cut).every((w) => GENERIC_WORDS.has(w))) {
      candidates.push(withoutTail.join(' '));
    }
  }
  if (words.length > 1 && GENERIC_WORDS.has(words[0])) candidates.push(words.slice(1).join(' '));
  return [...new Set(candidates)];
}

// Consonant classes: letters that English spellings of these names render alike share a class; vowels,
// و and ی (vowel or w/y), h and the hamza carry too little to compare and are left out.
const SCRIPT_CLASSES = [
  ['بپ', 'P'],
  ['تطټٹ', 'T'],
  ['دډڈ', 'D'],
  ['ثسصشښڅ', 'S'],
  ['زژذضظږ', 'Z'],
  ['جځچ', 'J'],
  ['خکقك', 'K'],
  ['گګغ', 'G'],
  ['رړڑ', 'R'],
  ['ف', 'F'],
  ['ل', 'L'],
  ['م', 'M'],
  ['نڼں', 'N'],
];
const SCRIPT_CLASS = new Map(SCRIPT_CLASSES.flatMap(([letters, c]) => [...letters].map((l) => [l, c])));
const LATIN_DIGRAPHS = [
  ['kh', 'K'],
  ['gh', 'G'],
  ['sh', 'S'],
  ['ch', 'J'],
  ['zh', 'Z'],
  ['ph', 'F'],
  ['ts', 'S'],
];
// Each pair: an English letter and its class.
const LATIN_CLASS = Object.fromEntries(
  ['bP', 'pP', 'tT', 'dD', 'sS', 'zZ', 'jJ', 'kK', 'qK', 'cK', 'xS', 'gG', 'rR', 'fF', 'lL', 'mM', 'nN'].map(
    (pair) => [...pair],
  ),
);

/** Consonant skeleton of a name in Arabic script, doubled classes merged. */
export function scriptSkeleton(name) {
  const classes = [...name].map((ch) => SCRIPT_CLASS.get(ch) ?? '').join('');
  return classes.replace(/(.)\1+/g, '$1');
}

// English words of GeoNames' names that say what the place is (district centre, cantonment, village):
// the names in other scripts mostly leave them out.
const LATIN_GENERIC =
  /\b(hukumat(-e|-i|i)?|markaz(-e|-i)?|alaqahdari|wu?l[eu]swali|cantone?ment|city|sadr|goth|capital territory)\b/gi;

/** Consonant skeleton of an English spelling (generic words and diacritics dropped), doubled classes merged. */
export function latinSkeleton(name) {
  let s = name
    .replace(LATIN_GENERIC, '')
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
  for (const [digraph, c] of LATIN_DIGRAPHS) s = s.replaceAll(digraph, c);
  const classes = [...s].map((ch) => (ch >= 'A' && ch <= 'Z' ? ch : (LATIN_CLASS[ch] ?? ''))).join('');
  return classes.replace(/(.)\1+/g, '$1');
}

function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/**
 * How far a name in Arabic script is from reading as the English name: the number of consonant classes
 * their skeletons differ by, or Infinity when the difference is too large to be a spelling variant
 * (more than one class, two for skeletons of six or more). That lets through the usual variation
 * (Jalalabad / جلال آباد, Zhob / ژوب) and stops another name (Sahiwal / مونٹگومیری).
 */
export function soundDistance(english, name) {
  const a = latinSkeleton(english);
  const b = scriptSkeleton(name);
  if (!a || !b) return Number.POSITIVE_INFINITY;
  const distance = editDistance(a, b);
  return distance <= (Math.max(a.length, b.length) >= 6 ? 2 : 1) ? distance : Number.POSITIVE_INFINITY;
}

/** Whether a name in Arabic script reads as the English name (`soundDistance` is finite). */
export function soundsLike(english, name) {
  return Number.isFinite(soundDistance(english, name));
}

/**
 * Of a gazetteer name's tidied forms, the one that reads closest to the English name (the fuller on a
 * tie: "ميدان ښار", not "ميدان", for Maydanshakhr; "استالف", not "استالف ضلع", for Istalif); null when none does.
 */
function closestForm(english, raw, lang) {
  let best = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const form of tidyGazetteerName(raw, lang)) {
    const distance = soundDistance(english, form);
    if (distance < bestDistance) [best, bestDistance] = [form, distance];
  }
  return best;
}

/**
 * The gazetteer's names for the labels that come from GeoNames (matched on GeoNames' id).
 * @param {Array<Record<string, unknown>>} records the gazetteer's records' properties
 * @param {Array<{ id: string, name: string, source?: string, sourceId?: string | number }>} labels
 * @returns {{ rows: Array<{ id: string, en: string, lang: string, name: string, wof: number }>,
 *   refused: Array<{ id: string, en: string, lang: string, raw: string, why: string }> }}
 */
export function gazetteerNames(records, labels) {
  const byGeoNamesId = new Map();
  for (const p of records) {
    const gn = p['gn:geonameid'] ?? p['wof:concordances']?.['gn:id'];
    if (gn === undefined || p['mz:is_current'] === 0 || p['edtf:deprecated']) continue;
    const list = byGeoNamesId.get(String(gn)) ?? [];
    list.push(p);
    byGeoNamesId.set(String(gn), list);
  }
  const rows = [];
  const refused = [];
  for (const label of labels) {
    if (label.source !== 'GeoNames') continue;
    const found = byGeoNamesId.get(String(label.sourceId)) ?? [];
    for (const [lang, field] of Object.entries(GAZETTEER_FIELDS)) {
      // A GeoNames id can sit on more than one record (a town and a quarter of it): the town's first.
      const named = found
        .filter((p) => Array.isArray(p[`name:${field}`]))
        .sort((a, b) => placeRank(a) - placeRank(b));
      if (!named.length) continue;
      let kept = null;
      let why = null;
      for (const record of named) {
        const name = closestForm(label.name, record[`name:${field}`][0], lang);
        const problem = name && nameProblem({ lang, name });
        if (name && !problem) {
          kept = { id: label.id, en: label.name, lang, name, wof: record['wof:id'] };
          break;
        }
        why ||= problem;
      }
      if (kept) rows.push(kept);
      else {
        const raw = named[0][`name:${field}`][0];
        why ||= tidyGazetteerName(raw, lang).length
          ? 'does not sound like the English name'
          : 'not in Arabic script';
        refused.push({ id: label.id, en: label.name, lang, raw, why });
      }
    }
  }
  return { rows, refused };
}

const PLACE_TYPES = ['locality', 'localadmin', 'county', 'region'];
const placeRank = (p) => {
  const rank = PLACE_TYPES.indexOf(p['wof:placetype']);
  return rank < 0 ? PLACE_TYPES.length : rank;
};

const COLUMNS = ['id', 'en', 'lang', 'name', 'wof'];

/**
 * data/gazetteer-names.csv: one row a name; no field holds a comma.
 * @param {Array<{ id: string, en: string, lang: string, name: string, wof: number }>} rows
 */
export function formatGazetteerNames(rows) {
  return `${[COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => r[c]).join(','))].join('\n')}\n`;
}

/**
 * Reads data/gazetteer-names.csv, refusing a row that is not a name in Arabic script for ps, prs or ur.
 * @param {string} text
 * @returns {{ id: string, en: string, lang: string, name: string, wof: number }[]}
 */
export function parseGazetteerNames(text) {
  const rows = readNameTable(
    text,
    COLUMNS,
    'gazetteer-names.csv',
    (row) => nameProblem(row) ?? (/^\d+$/.test(row.wof) ? null : "no Who's On First id"),
  );
  return rows.map((row) => ({ ...row, wof: Number(row.wof) }));
}

const REVIEW_COLUMNS = ['id', 'en', 'lang', 'name', 'why'];

/**
 * Reads data/gazetteer-review.csv: the gazetteer's names found wrong on review (a transliteration of the
 * English spelling, a part of the name missing), left off the map until a page attests the right one.
 * @param {string} text
 * @returns {{ id: string, en: string, lang: string, name: string, why: string }[]}
 */
export function parseGazetteerReview(text) {
  return readNameTable(
    text,
    REVIEW_COLUMNS,
    'gazetteer-review.csv',
    (row) => nameProblem(row) ?? (row.why ? null : 'no reason given'),
  );
}

/**
 * The gazetteer's rows less those refused on review. A review row that matches no gazetteer row (same
 * label, language and name) is an error: the gazetteer has changed, and the review must be redone.
 * @template {{ id: string, lang: string, name: string }} Row
 * @param {Row[]} rows
 * @param {Array<{ id: string, lang: string, name: string }>} review
 * @returns {Row[]}
 */
export function withoutReviewed(rows, review) {
  const key = (r) => `${r.id} ${r.lang} ${r.name}`;
  const refused = new Set(review.map(key));
  const kept = rows.filter((row) => !refused.has(key(row)));
  const present = new Set(rows.map(key));
  const stale = review.find((r) => !present.has(key(r)));
  if (stale) {
    throw new Error(
      `gazetteer-review.csv: the gazetteer no longer gives ${stale.id} (${stale.en}) ${stale.lang} "${stale.name}"`,
    );
  }
  return kept;
}
