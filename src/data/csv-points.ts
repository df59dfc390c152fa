/**
 * Any CSV table with longitude and latitude columns as our features: one row → one point Feature,
 * unvalidated (validate.ts checks it like any other). Column names are matched trimmed and in any
 * case; only the coordinates are required:
 *
 * | property | columns |
 * |---|---|
 * | coordinates | `lon` / `lng` / `long` / `longitude`, `lat` / `latitude` |
 * | id, kind, title, description | `id`; `kind`; `title` or `name`; `description` or `notes` |
 * | date, dateEnd | `date`; `date_end` or `end_date` (`2025-10-12` or `12 October 2025`) |
 * | place, country, actor, precision | same names |
 * | uncertaintyKm | `uncertainty_km` |
 * | sources | `source_url` (or `url`, or `source` when it is an address) with `publisher` and `source_date`; or `sources` as this map's own CSV export writes it (`Publisher (date) https://… \| …`) |
 * | claims | `claims` as the export writes them (`who: what \| …`) |
 *
 * So a file exported by the map (`exportData('csv')`) loads back with its sources and claims.
 */
import { type CsvRecord, coordinate, tableDate } from './csv-table.ts';
import { quote } from './validate-geometry.ts';

const LONGITUDE = ['lon', 'lng', 'long', 'longitude'];
const LATITUDE = ['lat', 'latitude'];

/** The first of `names` the table has, or null. */
const columnOf = (has: (name: string) => boolean, names: readonly string[]) =>
  names.find((name) => has(name)) ?? null;

/** Why a table cannot be read as points (no coordinate columns), or null when it can. */
export function csvHeaderProblem(has: (name: string) => boolean): string | null {
  const missing = [
    columnOf(has, LONGITUDE) ? null : `a longitude column (${LONGITUDE.join(', ')})`,
    columnOf(has, LATITUDE) ? null : `a latitude column (${LATITUDE.join(', ')})`,
  ].filter(Boolean);
  return missing.length ? `has no ${missing.join(' and no ')} in its header row` : null;
}

/** The first non-empty cell among `names`. */
const first = (record: CsvRecord, ...names: string[]) =>
  names.map((name) => record.cell(name)).find((value) => value !== '') ?? '';

/** `Publisher (2025-10-19) https://…` items of the export's `sources` cell. */
function exportedSources(text: string) {
  return text.split(' | ').map((item) => {
    const match = /^(.*?)\s*(?:\(([^()]*)\))?\s+(\S+)$/.exec(item.trim());
    if (!match) return { url: item.trim() };
    return {
      url: match[3],
      ...(match[1] ? { publisher: match[1] } : {}),
      ...(match[2] ? { date: match[2] } : {}),
    };
  });
}

function sourcesOf(record: CsvRecord) {
  const url =
    first(record, 'source_url', 'url') ||
    (/^https?:/i.test(record.cell('source')) ? record.cell('source') : '');
  if (url) {
    const publisher =
      first(record, 'publisher', 'source_publisher') ||
      (url === record.cell('source') ? '' : record.cell('source'));
    const date = record.cell('source_date');
    return [{ url, ...(publisher ? { publisher } : {}), ...(date ? { date } : {}) }];
  }
  return record.cell('sources') ? exportedSources(record.cell('sources')) : undefined;
}

const claimsOf = (text: string) =>
  text
    .split(' | ')
    .map((item) => /^([^:]+):\s*(.+)$/s.exec(item.trim()))
    .filter((match) => match !== null)
    .map((match) => ({ by: match[1]!.trim(), claim: match[2]!.trim() }));

/**
 * One row → a point Feature of our schema, or the reason it cannot be used ("row 4: latitude is
 * empty"). Never throws.
 */
export function csvPointFeature(record: CsvRecord): { feature: unknown } | { problem: string } {
  const at = `row ${record.row}`;
  const latName = columnOf(record.has, LATITUDE)!;
  const lonName = columnOf(record.has, LONGITUDE)!;
  const latitude = coordinate(record.cell(latName), 90);
  if (typeof latitude === 'string') return { problem: `${at}: ${latName} ${latitude}` };
  const longitude = coordinate(record.cell(lonName), 180);
  if (typeof longitude === 'string') return { problem: `${at}: ${lonName} ${longitude}` };
  const properties: Record<string, unknown> = {};
  for (const [key, names] of [
    ['date', ['date']],
    ['dateEnd', ['date_end', 'end_date']],
  ] as const) {
    const text = first(record, ...names);
    if (!text) continue;
    const date = tableDate(text);
    if (!date)
      return { problem: `${at}: ${key === 'date' ? 'date' : 'date_end'} ${quote(text)} is not a date` };
    properties[key] = date;
  }
  const uncertainty = record.cell('uncertainty_km');
  if (uncertainty) {
    const km = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(uncertainty) ? Number(uncertainty) : Number.NaN;
    if (!Number.isFinite(km))
      return { problem: `${at}: uncertainty_km ${quote(uncertainty)} is not a number` };
    properties.uncertaintyKm = km;
  }
  for (const [key, names] of [
    ['kind', ['kind']],
    ['title', ['title', 'name']],
    ['description', ['description', 'notes']],
    ['place', ['place']],
    ['country', ['country']],
    ['actor', ['actor']],
    ['precision', ['precision']],
  ] as const) {
    const text = first(record, ...names);
    if (text) properties[key] = text;
  }
  const sources = sourcesOf(record);
  if (sources) properties.sources = sources;
  const claims = claimsOf(record.cell('claims'));
  if (claims.length) properties.claims = claims;
  const id = record.cell('id');
  return {
    feature: {
      type: 'Feature',
      ...(id ? { id } : {}),
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties,
    },
  };
}
