/**
 * Reading a CSV table row by row, for the `acled` and `csv` formats of `<frontier-layer>`.
 * Parsing is papaparse's: quoted fields with commas, doubled quotes and line breaks inside them, and a
 * step callback, so a 100,000-row export
 * is mapped as it is read and never held twice. A row whose quotes are broken or whose number of
 * fields differs from the header's is reported by its number and skipped; the others are kept.
 *
 * The delimiter is the header row's (comma, semicolon, tab or bar: `delimiterOf`).
 *
 * Row numbers are a spreadsheet's: the header is row 1, the first record row 2 (a record whose text
 * holds line breaks is still one row); blank lines are skipped and not counted.
 */
import Papa from 'papaparse';
import { quote } from './validate-geometry.ts';
import { isIsoDate } from './view-state.ts';

/** One record: its row number and a reader of its cells by column name. */
export interface CsvRecord {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** The trimmed text of a column ('' when the table has no such column). */
  cell: (name: string) => string;
  /** True when the table has a column of this name. */
  has: (name: string) => boolean;
}

export interface CsvReadProblem {
  row: number;
  message: string;
}

/**
 * Calls `onRecord` for every well-formed record of `text` and returns the problems of the others.
 * Column names are compared trimmed and lower-case. `onHeader` may refuse the table (say, a needed
 * column is missing) by returning the reason; then no record is read.
 */
export function readCsv(
  text: string,
  onRecord: (record: CsvRecord) => void,
  onHeader: (has: (name: string) => boolean) => string | null = () => null,
): { problems: CsvReadProblem[]; refused: string | null } {
  const problems: CsvReadProblem[] = [];
  let columns: Map<string, number> | null = null;
  let width = 0;
  let row = 0;
  let refused: string | null = null;
  const has = (name: string) => columns?.has(name) ?? false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    skipEmptyLines: 'greedy',
    step: ({ data: fields, errors }, parser) => {
      row++;
      if (columns === null) {
        columns = new Map();
        fields.forEach((name, at) => {
          const key = name.trim().toLowerCase();
          if (!columns!.has(key)) columns!.set(key, at);
        });
        width = fields.length;
        refused = onHeader(has);
        if (refused !== null) parser.abort();
        return;
      }
      const broken = errors.find((error) => error.type === 'Quotes');
      if (broken) {
        problems.push({ row, message: `row ${row}: ${broken.message.toLowerCase()}; the row is skipped` });
        return;
      }
      if (fields.length !== width) {
        problems.push({
          row,
          message: `row ${row}: has ${fields.length} fields where the header has ${width} (a stray comma or quote?)`,
        });
        return;
      }
      onRecord({ row, cell: (name) => fields[columns!.get(name) ?? -1]?.trim() ?? '', has });
    },
  });
  if (columns === null) refused = 'is empty: no header row';
  return { problems, refused };
}

/**
 * The delimiter of the header row: the most frequent of comma, semicolon, tab and bar outside quotes,
 * comma when none. Only the header counts: papaparse's own guess reads the data too, where a text
 * column full of `;` or `|` (a list of sources, say) can outvote the commas.
 */
export function delimiterOf(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of text.slice(0, 65_536)) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t' || c === '|'))
      counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');

/**
 * A table's date as ISO `yyyy-mm-dd`: `2025-10-12`, `12 October 2025`, `12-October-2025` or
 * `12 Oct 2025` (ACLED has used all of them); null for anything else or a day that does not exist.
 *
 * @example
 * tableDate('12 October 2025'); // '2025-10-12'
 * tableDate('31 February 2025'); // null
 */
export function tableDate(text: string): string | null {
  // isIsoDate narrows its argument: a copy keeps `text` a string below.
  const iso: unknown = text;
  if (isIsoDate(iso)) return iso;
  const match = /^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})$/i.exec(text.trim());
  const name = match?.[2]?.toLowerCase() ?? '';
  const month = MONTHS.findIndex((short, index) => name === short || name === MONTH_NAMES[index]) + 1;
  if (!match || month === 0) return null;
  const day = `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(day) ? day : null;
}

/**
 * A coordinate cell as a number within ±`limit`, or the words of the problem ("is empty", "… is not
 * a number", "… is outside -90 to 90").
 */
export function coordinate(text: string, limit: 90 | 180): number | string {
  if (text === '') return 'is empty';
  // Number('') is 0 and Number('0x10') is 16: only plain decimals count.
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) return `${quote(text)} is not a number`;
  if (Math.abs(value) > limit) return `${text} is outside -${limit} to ${limit}`;
  return value;
}
