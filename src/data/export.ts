/**
 * "Download data": the features a map shows, as GeoJSON or CSV, with where they come from and under
 * which licence written into the file itself. Pure string builders, tested in Node.
 *
 * CSV has no comment syntax (RFC 4180), and strict readers (csv-parse in strict mode, Python's
 * csv.DictReader, R's read.csv) want one header row and the same number of fields in every row. So
 * the licence, generation time and filter are the last three columns of every row: they survive
 * sorting and filtering in a spreadsheet, and each row carries its own attribution.
 */
import { layerOf } from './filter.ts';
import type { FrontierFeature, LayerName } from './schema.ts';

/** The licence note every export carries. */
export const EXPORT_LICENCE =
  'Boundaries © OpenStreetMap contributors (ODbL); event data compiled from public reporting, CC BY 4.0';

/** What was exported: the layers shown and the time window (absent ends are open). */
export interface ExportFilter {
  layers: readonly LayerName[];
  from?: string | null | undefined;
  to?: string | null | undefined;
}

export interface ExportOptions extends ExportFilter {
  /** When the file was made, ISO 8601 (passed in so the builders stay pure). */
  generated: string;
}

export type ExportFormat = 'geojson' | 'csv';

type Column = (typeof CSV_COLUMNS)[number];

const filterOf = ({ layers, from, to }: ExportFilter) => ({
  layers: [...layers],
  from: from ?? null,
  to: to ?? null,
});

/**
 * A FeatureCollection of exactly `features`, with a top-level `metadata` member (a GeoJSON foreign
 * member, RFC 7946 §6.1) naming the licence, the generation time and the filter.
 */
export function exportGeoJson(features: readonly FrontierFeature[], options: ExportOptions): string {
  const collection = {
    type: 'FeatureCollection',
    metadata: {
      title: 'Afghanistan–Pakistan frontier events',
      licence: EXPORT_LICENCE,
      sources: 'Each event lists the reports it rests on in properties.sources.',
      generated: options.generated,
      filter: filterOf(options),
      count: features.length,
    },
    features: features.map(({ id, geometry, properties }) => ({ type: 'Feature', id, geometry, properties })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** Columns of the CSV, in order. */
export const CSV_COLUMNS = [
  'id',
  'layer',
  'kind',
  'date',
  'date_end',
  'title',
  'place',
  'country',
  'lon',
  'lat',
  'precision',
  'uncertainty_km',
  'actor',
  'description',
  'claims',
  'sources',
  'licence',
  'generated',
  'filter',
] as const;

/**
 * A cell a spreadsheet would run as a formula: `= + - @` after any characters a spreadsheet skips
 * (white space, which in JavaScript includes tab, line breaks, no-break space and the byte-order
 * mark; zero-width characters; direction marks), or a tab or line break first.
 */
const FORMULA = /^[\t\r\n]|^[\s\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069]*[=+\-@]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe first: text starting with
 * `=`, `+`, `-` or `@`, also after spaces, tabs, line breaks, no-break spaces, a byte-order mark,
 * zero-width characters or direction marks (which spreadsheets skip), or starting with a tab or line
 * break. Numbers are written as they are, so `-3.5` stays a number.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(
  feature: FrontierFeature,
  notes: Pick<Record<Column, string>, 'licence' | 'generated' | 'filter'>,
): string {
  const p = feature.properties;
  const point = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
  const cells: Record<Column, string | number | undefined> = {
    ...notes,
    id: p.id,
    layer: layerOf(feature),
    kind: p.kind,
    date: p.date,
    date_end: p.dateEnd,
    title: p.title,
    place: p.place,
    country: p.country,
    lon: point?.[0],
    lat: point?.[1],
    precision: p.precision,
    uncertainty_km: p.uncertaintyKm,
    actor: p.actor,
    description: p.description,
    claims: p.claims?.map(({ by, claim }) => `${by}: ${claim}`).join(' | '),
    sources: p.sources
      ?.map(({ url, publisher, date }) => `${publisher}${date ? ` (${date})` : ''} ${url}`)
      .join(' | '),
  };
  return CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
}

/**
 * One row per feature under a header row; lines end in CRLF (RFC 4180), every row has every column.
 * Points give `lon`/`lat`; lines, areas and summaries without a place leave them empty (the GeoJSON
 * export keeps every shape). The last columns repeat the licence, generation time and filter.
 */
export function exportCsv(features: readonly FrontierFeature[], options: ExportOptions): string {
  const filter = filterOf(options);
  const window = `${filter.from ?? 'start'} to ${filter.to ?? 'end'}`;
  const notes = {
    licence: EXPORT_LICENCE,
    generated: options.generated,
    filter: `layers ${filter.layers.join(', ') || 'none'}; dates ${window}; ${features.length} rows`,
  };
  const lines = [CSV_COLUMNS.join(','), ...features.map((feature) => csvRow(feature, notes))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name that says what is inside, e.g. `frontier-events_2025-10-09_2025-10-19.csv`. */
export function exportFileName(
  format: ExportFormat,
  { from, to }: Pick<ExportFilter, 'from' | 'to'>,
): string {
  const window = from || to ? `_${from ?? 'start'}_${to ?? 'end'}` : '';
  return `frontier-events${window}.${format}`;
}

/** The features shown as a file's text in `format`, stamped with the time of the export. */
export function exportShown(
  format: ExportFormat,
  features: readonly FrontierFeature[],
  filter: ExportFilter,
): string {
  const options = { ...filter, generated: new Date().toISOString() };
  return format === 'csv' ? exportCsv(features, options) : exportGeoJson(features, options);
}
