/**
 * Sources that are tables: the `acled` and `csv` formats of `<frontier-layer>`. The text is read row
 * by row (csv-table.ts), each row mapped to a Feature (acled.ts, csv-points.ts), and the features
 * validated like GeoJSON (validate.ts). Every problem names its row ("row 4: latitude is empty") and
 * carries `featureIndex` = the record's index (row − 2), so one bad row costs only itself.
 */
import { ACLED_REQUIRED, acledFeature, acledMemo } from './acled.ts';
import { csvHeaderProblem, csvPointFeature } from './csv-points.ts';
import { type CsvRecord, readCsv } from './csv-table.ts';
import type { FrontierFeature } from './schema.ts';
import { type ValidateOptions, type ValidationProblem, validateFeatureList } from './validate.ts';
import { quote } from './validate-geometry.ts';

export { SOURCE_FORMATS, type SourceFormat, sourceFormatOf } from './source-format.ts';

/** A table read and mapped: the features to validate, the row of each, and the rows refused. */
export interface ParsedTable {
  features: unknown[];
  /** Row number of each of `features`. */
  rows: number[];
  problems: ValidationProblem[];
  /** The table as a whole could not be read (say, no coordinate columns); nothing else is reported. */
  refused: string | null;
  /**
   * The features are already in the form validation gives (ACLED rows, acled.ts), ids aside: only
   * their ids are checked, not every property again.
   */
  built: boolean;
}

/**
 * Reads and maps a table; never throws for bad input. `firstRow`: the row number of the first record
 * (2 for a whole table; more for a run of one, split-table.ts).
 */
export function parseTable(text: string, format: 'acled' | 'csv', firstRow = 2): ParsedTable {
  const features: unknown[] = [];
  const rows: number[] = [];
  const { problems, refused } = readTable(text, format, firstRow, (feature, row) => {
    features.push(feature);
    rows.push(row);
  });
  return { features, rows, problems, refused, built: format === 'acled' };
}

/** Reads a table, mapping each record: `onFeature` takes each feature with its row; returns the rest. */
function readTable(
  text: string,
  format: 'acled' | 'csv',
  firstRow: number,
  onFeature: (feature: unknown, row: number) => void,
): { problems: ValidationProblem[]; refused: string | null } {
  const problems: ValidationProblem[] = [];
  const memo = acledMemo();
  const map: (record: CsvRecord) => { feature: unknown } | { problem: string } =
    format === 'acled' ? (record) => acledFeature(record, memo) : csvPointFeature;
  const onRecord = (record: CsvRecord) => {
    const mapped = map(record);
    if ('problem' in mapped) problems.push({ message: mapped.problem, featureIndex: record.row - 2 });
    else onFeature(mapped.feature, record.row);
  };
  const onHeader = (has: (name: string) => boolean) => {
    if (format === 'csv') return csvHeaderProblem(has);
    const missing = ACLED_REQUIRED.filter((name) => !has(name));
    return missing.length
      ? `has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} in its header row (is it an ACLED export?)`
      : null;
  };
  const read = readCsv(text, onRecord, onHeader, firstRow);
  for (const { row, message } of read.problems) problems.push({ message, featureIndex: row - 2 });
  return { problems, refused: read.refused };
}

const byRow = (a: ValidationProblem, b: ValidationProblem) => a.featureIndex! - b.featureIndex!;

/**
 * Validates a parsed table's features, a slice at a time as `validateFeatureList` does, and returns
 * every problem in row order, each named by its row.
 */
export function validateTable(
  table: ParsedTable,
  options: ValidateOptions,
  sliceSize: number,
  onSlice: (features: FrontierFeature[]) => void,
): ValidationProblem[] {
  if (table.refused !== null) return [{ message: `the table ${table.refused}` }];
  const checked = checkTable(table, options, sliceSize, onSlice, new Set());
  return [...table.problems, ...checked].sort(byRow);
}

/**
 * `parseTable` and `validateTable` in one pass: each `sliceSize` mapped records are checked and
 * handed to `onSlice` as soon as they are read, so that no more of a large table than one slice is
 * ever held (a worker reading 50,000 rows otherwise keeps them all, and pays for it in garbage
 * collection). The same features, slices and problems.
 */
export function readTableInSlices(
  text: string,
  format: 'acled' | 'csv',
  options: ValidateOptions,
  sliceSize: number,
  onSlice: (features: FrontierFeature[]) => void,
  firstRow = 2,
): ValidationProblem[] {
  const built = format === 'acled';
  const seen = new Set<string>();
  const checked: ValidationProblem[] = [];
  let slice: ParsedTable = { features: [], rows: [], problems: [], refused: null, built };
  const flush = () => {
    for (const problem of checkTable(slice, options, Number.POSITIVE_INFINITY, onSlice, seen)) {
      checked.push(problem);
    }
    slice = { features: [], rows: [], problems: [], refused: null, built };
  };
  const { problems, refused } = readTable(text, format, firstRow, (feature, row) => {
    slice.features.push(feature);
    slice.rows.push(row);
    if (slice.features.length >= sliceSize) flush();
  });
  if (refused !== null) return [{ message: `the table ${refused}` }];
  if (slice.features.length) flush();
  return [...problems, ...checked].sort(byRow);
}

/** The features of a table checked (ids shared through `seen`); the problems named by their rows. */
function checkTable(
  table: ParsedTable,
  options: ValidateOptions,
  sliceSize: number,
  onSlice: (features: FrontierFeature[]) => void,
  seen: Set<string>,
): ValidationProblem[] {
  // A row without an id is named after its row, not its place among the kept ones, so that runs of
  // one table read by several workers make the same ids as one reading of the whole.
  table.features.forEach((feature, at) => {
    const raw = feature as { id?: unknown; properties: { id?: unknown } };
    const unnamed = table.built ? raw.id === '' : raw.id === undefined && raw.properties.id === undefined;
    if (!unnamed) return;
    raw.id = `${options.idPrefix ?? 'feature'}-${table.rows[at]! - 2}`;
    if (table.built) raw.properties.id = raw.id;
  });
  const check = table.built ? checkIds : validateFeatureList;
  return check(table.features, options, sliceSize, onSlice, 0, seen).map((problem) => {
    const row = table.rows[problem.featureIndex!]!;
    return { message: problem.message.replace(/^feature \d+:/, `row ${row}:`), featureIndex: row - 2 };
  });
}

/**
 * `validateFeatureList` for features already in validated form: what is left to check is that each
 * id is new (within the list and among `takenIds`); the problems read as validation words them.
 */
function checkIds(
  list: readonly unknown[],
  options: ValidateOptions,
  sliceSize: number,
  onSlice: (features: FrontierFeature[]) => void,
  _firstIndex: number,
  seen: Set<string>,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (let start = 0; start < list.length; start += sliceSize) {
    const end = Math.min(list.length, start + sliceSize);
    const features: FrontierFeature[] = [];
    for (let at = start; at < end; at++) {
      const feature = list[at] as FrontierFeature;
      if (seen.has(feature.id) || options.takenIds?.has(feature.id)) {
        problems.push({ message: `feature ${at}: duplicate id ${quote(feature.id)}`, featureIndex: at });
      } else {
        seen.add(feature.id);
        features.push(feature);
      }
    }
    onSlice(features);
  }
  return problems;
}
