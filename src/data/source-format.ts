/**
 * How a source's text is read, decided before any of it is: kept apart from the table readers
 * (table-source.ts, papaparse), which load only with the first user layer.
 */

/** What a source's text is: GeoJSON, an ACLED export, or any CSV table with coordinates. */
export type SourceFormat = 'geojson' | 'acled' | 'csv';
export const SOURCE_FORMATS: readonly SourceFormat[] = ['geojson', 'acled', 'csv'];

/**
 * The format to read a source as: the `format` attribute when it names one; else `csv` for a `.csv`
 * address or a `text/csv` content type (of the response, or of an inline `<script type>`); else
 * GeoJSON.
 *
 * @example
 * sourceFormatOf(null, 'data/events.csv?v=2', null); // 'csv'
 * sourceFormatOf('acled', 'export.csv', 'text/csv'); // 'acled'
 * sourceFormatOf(null, 'events.json', 'application/json'); // 'geojson'
 */
export function sourceFormatOf(
  attribute: string | null,
  src: string | null,
  contentType: string | null,
): SourceFormat {
  const named = attribute?.trim().toLowerCase();
  if (named && (SOURCE_FORMATS as readonly string[]).includes(named)) return named as SourceFormat;
  const path = src?.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (path.endsWith('.csv')) return 'csv';
  if (/^\s*text\/csv\b/i.test(contentType ?? '')) return 'csv';
  return 'geojson';
}
