/**
 * The benchmark's synthetic events (generate-events.mjs, same count and seed: same points, kinds and
 * dates) written as an ACLED export: every documented column, a note of realistic length with commas
 * and quotes, both date forms (ISO and "12 October 2025", alternately). For timing
 * `<frontier-layer format="acled">` against the same events as GeoJSON.
 *
 *   node bench/generate-acled.mjs 100000 out.csv [--seed 7]
 *
 * @example
 * import { generateAcled } from './generate-acled.mjs';
 * const csv = generateAcled(1000, { seed: 1 }); // header + 1,000 rows, CRLF
 */
import { generateEvents } from './generate-events.mjs';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

/** Our kind → ACLED's disorder type, event type and sub-event type. */
const TYPES = {
  air_strike: ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  clash: ['Political violence', 'Battles', 'Armed clash'],
  ground_attack: ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  militant_attack: ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  statement: ['Strategic developments', 'Strategic developments', 'Other'],
  crossing_closure: ['Strategic developments', 'Strategic developments', 'Change to group/activity'],
  ceasefire: ['Strategic developments', 'Strategic developments', 'Agreement'],
  talks: ['Strategic developments', 'Strategic developments', 'Agreement'],
};
const GEO_PRECISION = { exact: '1', town: '1', district: '2', province: '3' };
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

const cell = (value) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * `count` rows of an ACLED export as CSV text (CRLF, header first).
 * @param {number} count
 * @param {{ seed?: number }} [options]
 */
export function generateAcled(count, { seed = 1 } = {}) {
  const { features } = generateEvents(count, { seed });
  const lines = [ACLED_COLUMNS.join(',')];
  features.forEach(({ geometry, properties: p }, i) => {
    const [disorder, type, sub] = TYPES[p.kind];
    const [year, month, day] = p.date.split('-');
    const date = i % 2 ? `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}` : p.date;
    const pakistan = geometry.coordinates[0] > 70.5;
    const place = p.place ?? 'Open country';
    const note =
      p.kind === 'ceasefire'
        ? `On ${date}, the two sides agreed to a local ceasefire near ${place}, according to "Example Monitor".`
        : `On ${date}, a synthetic ${sub.toLowerCase()} was reported near ${place}, in the benchmark's made-up data; ` +
          `Example Monitor, citing "local sources", gave no further details. Casualties unknown.`;
    const row = {
      event_id_cnty: `BEN${i}`,
      event_date: date,
      year,
      time_precision: '1',
      disorder_type: disorder,
      event_type: type,
      sub_event_type: sub,
      actor1: 'Synthetic Group A',
      inter1: 'Rebel group',
      actor2: 'Synthetic Group B',
      inter2: 'State forces',
      interaction: 'Rebel group-State forces',
      iso: pakistan ? '586' : '4',
      region: pakistan ? 'Southern Asia' : 'Caucasus and Central Asia',
      country: pakistan ? 'Pakistan' : 'Afghanistan',
      admin1: `Province ${i % 34}`,
      admin2: `District ${i % 400}`,
      location: place,
      latitude: geometry.coordinates[1],
      longitude: geometry.coordinates[0],
      geo_precision: GEO_PRECISION[p.precision],
      source: 'Example Monitor; Example Wire',
      source_scale: 'National',
      notes: note,
      fatalities: String(i % 7),
      timestamp: String(1760000000 + i),
    };
    lines.push(ACLED_COLUMNS.map((name) => cell(row[name] ?? '')).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

// Run as a command (not when imported).
const script = typeof process === 'undefined' ? undefined : process.argv?.[1];
if (script && import.meta.url === (await import('node:url')).pathToFileURL(script).href) {
  const { writeFileSync } = await import('node:fs');
  const [count, out] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;
  if (!count || !out || !Number.isInteger(Number(count))) {
    console.error('usage: node bench/generate-acled.mjs COUNT OUT.csv [--seed N]');
    process.exit(2);
  }
  writeFileSync(out, generateAcled(Number(count), { seed }));
  console.error(`${Number(count).toLocaleString('en-GB')} ACLED rows → ${out}`);
}
