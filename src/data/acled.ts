/**
 * An ACLED export (Armed Conflict Location & Event Data, https://acleddata.com/) as our features:
 * one row of its documented columns → one GeoJSON Feature of our schema, built in the very form
 * validation (validate.ts) gives, so that only its id is left to check (table-source.ts; a test holds
 * the two equal). The mapping, documented in README.md ("Your own data: ACLED"):
 *
 * - `sub_event_type` (else `event_type`) → `kind`: strikes, clashes, shelling, bombings and attacks
 *   by armed groups, agreements (`ceasefire` when the notes speak of one, else `talks`); protests,
 *   riots and strategic developments have no kind of their own here and become `statement`, the
 *   layer of declarations and political steps, so that nothing is dropped.
 * - `geo_precision` 1 / 2 / 3 → `precision` town / district / province, `uncertaintyKm` 5 / 25 / 100.
 * - `fatalities` → a claim attributed to ACLED, naming the publishers it cites.
 * - `source` → one source: ACLED gives no article addresses, so its URL is ACLED's own site and the
 *   publisher names what ACLED cites ("ACLED, citing Dawn, Pajhwok"); `timestamp` dates it.
 * - `notes` → `description` (text), followed by the actors, civilian targeting, date precision and
 *   tags, and the ACLED event id.
 */
import { type CsvRecord, coordinate, tableDate } from './csv-table.ts';
import type { FeatureKind, FrontierFeature, FrontierFeatureProperties, Precision, Source } from './schema.ts';
import { quote } from './validate-geometry.ts';

/** Columns without which a row cannot be placed on the map or the timeline. */
export const ACLED_REQUIRED = ['event_date', 'latitude', 'longitude'] as const;

/** The page a source entry of an ACLED row links to: ACLED's exports carry no article URLs. */
export const ACLED_URL = 'https://acleddata.com/';

const STATEMENT_TYPES = ['protests', 'riots', 'strategic developments'];

/** `sub_event_type` (lower case) → kind; `armed` marks those an armed group's attack would be. */
const SUB_EVENT_KINDS: Record<string, FeatureKind | 'armed'> = {
  'air/drone strike': 'air_strike',
  'armed clash': 'clash',
  'government regains territory': 'clash',
  'non-state actor overtakes territory': 'clash',
  'shelling/artillery/missile attack': 'ground_attack',
  'remote explosive/landmine/ied': 'armed',
  'suicide bomb': 'armed',
  grenade: 'armed',
  attack: 'armed',
  'abduction/forced disappearance': 'armed',
  'sexual violence': 'armed',
  agreement: 'talks',
};

/** `event_type` (lower case) → kind, for a sub-event type not listed above. */
const EVENT_KINDS: Record<string, FeatureKind | 'armed'> = {
  battles: 'clash',
  'explosions/remote violence': 'armed',
  'violence against civilians': 'armed',
};

/** ACLED's `inter1` for state forces: the code 1 in older exports, the words in newer ones. */
const isStateForce = (inter: string) => inter === '1' || /^state forces$/i.test(inter);

/** ISO 3166 numeric (ACLED's `iso`) → alpha-3, for the region the map is about. */
const ISO_NUMERIC: Record<string, string> = {
  '4': 'AFG',
  '586': 'PAK',
  '364': 'IRN',
  '356': 'IND',
  '156': 'CHN',
  '762': 'TJK',
  '795': 'TKM',
  '860': 'UZB',
  '50': 'BGD',
  '634': 'QAT',
  '682': 'SAU',
  '792': 'TUR',
};

/** `geo_precision` → how well the place is known, and the radius drawn around the point. */
const GEO_PRECISION: Record<string, { precision: Precision; uncertaintyKm: number }> = {
  // 1: the town or village is named; 2: near a town, within part of a region; 3: only the region.
  '1': { precision: 'town', uncertaintyKm: 5 },
  '2': { precision: 'district', uncertaintyKm: 25 },
  '3': { precision: 'province', uncertaintyKm: 100 },
};

const TIME_PRECISION: Record<string, string> = {
  '2': 'Date known to within a week.',
  '3': 'Date known to within a month.',
};

/** What ACLED's types say, mapped to one of our kinds, and whether the type is one this map knows. */
function kindOf(record: CsvRecord): { kind: FeatureKind; known: boolean } {
  const sub = record.cell('sub_event_type').toLowerCase();
  const type = record.cell('event_type').toLowerCase();
  const mapped = SUB_EVENT_KINDS[sub] ?? EVENT_KINDS[type];
  if (mapped === 'armed') {
    return { kind: isStateForce(record.cell('inter1')) ? 'ground_attack' : 'militant_attack', known: true };
  }
  if (mapped === 'talks' && /cease-?fire|truce/i.test(record.cell('notes'))) {
    return { kind: 'ceasefire', known: true };
  }
  if (mapped) return { kind: mapped, known: true };
  return { kind: 'statement', known: STATEMENT_TYPES.includes(type) };
}

/** The non-empty parts, each once, joined (a plain loop: this runs for every row of a large export). */
function joinPresent(parts: readonly string[], separator: string): string {
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '' || parts.indexOf(part) < i) continue;
    text = text === '' ? part : text + separator + part;
  }
  return text;
}

/** The actors as ACLED names them: `actor1` with its associated actors. */
const actorText = (record: CsvRecord, n: 1 | 2) => {
  const actor = record.cell(`actor${n}`);
  const with_ = record.cell(`assoc_actor_${n}`);
  return actor && with_ ? `${actor} (with ${with_})` : actor || with_;
};

/**
 * The ACLED fields that have no property of their own, as short sentences after the notes. Kept
 * short: 100,000 rows carry it, and the type, place and precision are in the title and properties.
 */
function detailsText(record: CsvRecord, known: boolean, first: string): string {
  const second = actorText(record, 2);
  let text = known
    ? ''
    : `ACLED type ${joinPresent([record.cell('event_type'), record.cell('sub_event_type')], ' / ') || 'not given'}, not one the map knows: shown as a statement. `;
  if (first) text += `Actors: ${first}${second ? `; ${second}` : ''}. `;
  if (record.cell('civilian_targeting')) text += 'Civilians targeted. ';
  text += TIME_PRECISION[record.cell('time_precision')] ?? '';
  const tags = record.cell('tags');
  if (tags) text += ` Tags: ${tags}.`;
  return `${text.trim()} (ACLED ${record.cell('event_id_cnty') || 'row'})`.trimStart();
}

/**
 * ACLED's `timestamp` (Unix seconds of the row's last change) as `yyyy-mm-dd`, if it is one. Civil
 * date from a day count (Howard Hinnant's algorithm): a Date per row of a large export costs more.
 */
export function timestampDate(text: string): string | undefined {
  if (!/^\d{9,11}$/.test(text)) return undefined;
  const z = Math.floor(Number(text) / 86_400) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * m + 2) / 5) + 1;
  const month = m < 10 ? m + 3 : m - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Text that many rows of a large export share (the publishers cited, the claims and sources naming
 * them, the event dates), made once per distinct cell and then the very same string for every row:
 * no rebuilding it per row, and the packing of features for the page (feature-pack.ts) finds it at
 * once. Only for cells with few distinct values: a memo of nearly unique ones (places, timestamps)
 * costs more than it saves. One per reading of a table.
 */
export interface AcledMemo {
  citing: Map<string, string>;
  claims: Map<string, Map<string, string>>;
  publishers: Map<string, string>;
  dates: Map<string, string | null>;
}

export const acledMemo = (): AcledMemo => ({
  citing: new Map(),
  claims: new Map(),
  publishers: new Map(),
  dates: new Map(),
});

/** `map`'s value for `key`, made by `make` the first time. */
function once<K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V {
  const value = map.get(key);
  if (value !== undefined || map.has(key)) return value as V;
  const made = make(key);
  map.set(key, made);
  return made;
}

/** The next level of a memo keyed by several cells. */
const level = <V>(map: Map<string, Map<string, V>>, key: string) =>
  once(map, key, () => new Map<string, V>());

/** ", citing Dawn, Pajhwok" for ACLED's `source` "Dawn; Pajhwok"; '' for none. */
function citingText(source: string): string {
  const publishers =
    source === ''
      ? []
      : source
          .split(';')
          .map((name) => name.trim())
          .filter(Boolean);
  return publishers.length ? `, citing ${publishers.join(', ')}` : '';
}

/**
 * One ACLED row → a Feature of our schema, already in the form validation gives (its id '' when the
 * row has none), or the reason it cannot be used ("row 4: latitude is empty"). Never throws. `memo`:
 * the text shared by the rows of one table (a new one for every table).
 */
export function acledFeature(
  record: CsvRecord,
  memo: AcledMemo = acledMemo(),
): { feature: FrontierFeature } | { problem: string } {
  const at = `row ${record.row}`;
  const latitude = coordinate(record.cell('latitude'), 90);
  if (typeof latitude === 'string') return { problem: `${at}: latitude ${latitude}` };
  const longitude = coordinate(record.cell('longitude'), 180);
  if (typeof longitude === 'string') return { problem: `${at}: longitude ${longitude}` };
  const rawDate = record.cell('event_date');
  const date = once(memo.dates, rawDate, tableDate);
  if (!date) {
    return {
      problem: rawDate
        ? `${at}: event_date ${quote(rawDate)} is not a date (2025-10-12 or 12 October 2025)`
        : `${at}: event_date is empty`,
    };
  }
  const { kind, known } = kindOf(record);
  const place = joinPresent([record.cell('location'), record.cell('admin2'), record.cell('admin1')], ', ');
  const geo = GEO_PRECISION[record.cell('geo_precision')];
  const citing = once(memo.citing, record.cell('source'), citingText);
  const fatalities = record.cell('fatalities');
  const sourceDate = timestampDate(record.cell('timestamp'));
  const type = record.cell('sub_event_type') || record.cell('event_type') || 'Event';
  const notes = record.cell('notes');
  const actor = actorText(record, 1);
  const details = detailsText(record, known, actor);
  // Built as validation would give it back (validate.ts: the same keys in the same order), so that
  // only its id is left to check (table-source.ts). Plain assignments rather than conditional
  // spreads: fewer short-lived objects per row.
  const id = record.cell('event_id_cnty');
  const properties: FrontierFeatureProperties = {
    // A row without an id is named after its row once the layer's prefix is known (table-source.ts).
    id,
    kind,
    title: `${type}${place ? ` in ${place}` : ''} (ACLED)`,
    description: notes ? `${notes}\n\n${details}` : details,
  };
  if (place) properties.place = place;
  properties.country = ISO_NUMERIC[record.cell('iso')] ?? record.cell('country');
  if (actor) properties.actor = actor;
  properties.date = date;
  properties.precision = geo?.precision ?? 'province';
  properties.uncertaintyKm = geo?.uncertaintyKm ?? 100;
  if (/^\d+$/.test(fatalities)) {
    const claim = once(level(memo.claims, citing), fatalities, () => {
      const what = fatalities === '1' ? 'fatality' : 'fatalities';
      return `ACLED records ${fatalities} ${what}${citing || ', citing no named source'}.`;
    });
    properties.claims = [{ by: 'ACLED', claim }];
  }
  const entry: Source = { url: ACLED_URL, publisher: once(memo.publishers, citing, () => `ACLED${citing}`) };
  if (sourceDate) entry.date = sourceDate;
  properties.sources = [entry];
  const feature: FrontierFeature = {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties,
  };
  return { feature };
}
