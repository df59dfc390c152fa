/**
 * Synthetic, seeded event data for the scale benchmark and the tests: ACLED-like rows in the
 * Afghanistan–Pakistan region (lon 60–75, lat 28–38), dated October 2025 to April 2026, each with an
 * https source. Most events gather around towns of the frontier (as real event data does); the rest
 * are spread evenly. The same count and seed always give the same collection.
 *
 *   node bench/generate-events.mjs 10000 out.geojson [--seed 7]
 *
 * @example
 * import { generateEvents } from './generate-events.mjs';
 * const collection = generateEvents(1000, { seed: 1 }); // 1,000 valid features
 */
/** The region the events fall in, `[west, south, east, north]`. */
export const REGION = [60, 28, 75, 38];

/** Event kinds with their share of the rows (they sum to 1). */
export const KIND_SHARES = {
  clash: 0.22,
  ground_attack: 0.18,
  militant_attack: 0.2,
  air_strike: 0.15,
  statement: 0.1,
  crossing_closure: 0.07,
  ceasefire: 0.04,
  talks: 0.04,
};

const KIND_TITLE = {
  clash: 'Clash',
  ground_attack: 'Ground attack',
  militant_attack: 'Militant attack',
  air_strike: 'Air strike',
  statement: 'Statement',
  crossing_closure: 'Crossing closed',
  ceasefire: 'Local ceasefire',
  talks: 'Talks',
};

/** Places events gather around: `[name, lon, lat, spread in degrees]`. */
const HOTSPOTS = [
  ['Kabul', 69.18, 34.53, 0.35],
  ['Jalalabad', 70.45, 34.43, 0.3],
  ['Torkham', 71.09, 34.13, 0.12],
  ['Peshawar', 71.57, 34.01, 0.3],
  ['Bajaur', 71.5, 34.75, 0.2],
  ['Parachinar', 70.09, 33.9, 0.2],
  ['Khost', 69.92, 33.34, 0.25],
  ['Miranshah', 70.07, 33.0, 0.2],
  ['Bannu', 70.6, 32.99, 0.2],
  ['Wana', 69.58, 32.3, 0.2],
  ['Dera Ismail Khan', 70.9, 31.83, 0.3],
  ['Zhob', 69.45, 31.34, 0.25],
  ['Chaman', 66.45, 30.92, 0.15],
  ['Quetta', 67.0, 30.18, 0.35],
  ['Kandahar', 65.71, 31.61, 0.35],
  ['Lashkar Gah', 64.37, 31.59, 0.3],
  ['Ghazni', 68.42, 33.55, 0.3],
  ['Gardez', 69.23, 33.6, 0.2],
  ['Asadabad', 71.15, 34.87, 0.2],
  ['Chitral', 71.79, 35.85, 0.25],
  ['Kunduz', 68.86, 36.73, 0.3],
  ['Mazar-i-Sharif', 67.11, 36.71, 0.3],
  ['Herat', 62.2, 34.35, 0.35],
  ['Islamabad', 73.05, 33.68, 0.25],
  ['Lahore', 74.34, 31.55, 0.3],
  ['Zaranj', 61.86, 30.96, 0.2],
];

/** Share of events placed around a hotspot; the rest are uniform over the region. */
const HOTSPOT_SHARE = 0.75;
const FIRST_DAY = Date.UTC(2025, 9, 1);
const LAST_DAY = Date.UTC(2026, 3, 30);
const DAY = 86_400_000;

/** mulberry32: a small, fast, seedable PRNG; returns numbers in [0, 1). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const round4 = (value) => Math.round(value * 1e4) / 1e4;
const clamp = (value, min, max) => Math.min(max, Math.max(min, value));

function pickKind(random) {
  let r = random();
  for (const [kind, share] of Object.entries(KIND_SHARES)) {
    r -= share;
    if (r < 0) return kind;
  }
  return 'clash';
}

/** A normally distributed number (Box–Muller). */
const gaussian = (random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/**
 * `count` events as a GeoJSON FeatureCollection that passes the map's validation with no problem.
 * @param {number} count
 * @param {{ seed?: number, idPrefix?: string }} [options]
 */
export function generateEvents(count, { seed = 1, idPrefix = 'ev' } = {}) {
  const random = seededRandom(seed);
  const [west, south, east, north] = REGION;
  const days = Math.round((LAST_DAY - FIRST_DAY) / DAY);
  const width = String(Math.max(count - 1, 0)).length;
  const features = new Array(count);
  for (let i = 0; i < count; i++) {
    let lon;
    let lat;
    let place;
    if (random() < HOTSPOT_SHARE) {
      const [name, hotLon, hotLat, spread] = HOTSPOTS[Math.floor(random() * HOTSPOTS.length)];
      lon = hotLon + gaussian(random) * spread;
      lat = hotLat + gaussian(random) * spread;
      place = name;
    } else {
      lon = west + random() * (east - west);
      lat = south + random() * (north - south);
    }
    const kind = pickKind(random);
    const start = FIRST_DAY + Math.floor(random() * (days + 1)) * DAY;
    const properties = {
      id: `${idPrefix}-${String(i).padStart(width, '0')}`,
      kind,
      title: place ? `${KIND_TITLE[kind]} near ${place}` : `${KIND_TITLE[kind]} (open country)`,
      date: isoDay(start),
    };
    if (random() < 0.1)
      properties.dateEnd = isoDay(Math.min(LAST_DAY, start + (1 + Math.floor(random() * 5)) * DAY));
    const precision = random();
    if (precision < 0.5) properties.precision = 'exact';
    else if (precision < 0.8) Object.assign(properties, { precision: 'town', uncertaintyKm: 5 });
    else if (precision < 0.95) Object.assign(properties, { precision: 'district', uncertaintyKm: 15 });
    else Object.assign(properties, { precision: 'province', uncertaintyKm: 50 });
    if (place) properties.place = place;
    properties.sources = [{ url: `https://example.org/reports/${i + 1}`, publisher: 'Example Monitor' }];
    features[i] = {
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [round4(clamp(lon, west, east)), round4(clamp(lat, south, north))],
      },
      properties,
    };
  }
  return { type: 'FeatureCollection', features };
}

// Run as a command (not when imported, in Node or in a browser test).
const script = typeof process === 'undefined' ? undefined : process.argv?.[1];
if (script && import.meta.url === (await import('node:url')).pathToFileURL(script).href) {
  const { writeFileSync } = await import('node:fs');
  const [count, out] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;
  if (!count || !out || !Number.isInteger(Number(count))) {
    console.error('usage: node bench/generate-events.mjs COUNT OUT.geojson [--seed N]');
    process.exit(2);
  }
  writeFileSync(out, JSON.stringify(generateEvents(Number(count), { seed })));
  console.error(`${Number(count).toLocaleString('en-GB')} events → ${out}`);
}
