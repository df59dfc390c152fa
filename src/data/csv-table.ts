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

/** One record: its row number and a reader of its cells by column name (valid during the call only). */
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
 * column is missing) by returning the reason; then no record is read. `firstRow`: the row number of
 * the first record, when `text` is the header and a run of a larger table (split-table.ts).
 */
export function readCsv(
  text: string,
  onRecord: (record: CsvRecord) => void,
  onHeader: (has: (name: string) => boolean) => string | null = () => null,
  firstRow = 2,
): { problems: CsvReadProblem[]; refused: string | null } {
  const problems: CsvReadProblem[] = [];
  // A plain object without a prototype: its lookups by constant names are the fastest there are, and
  // a column named "__proto__" or "constructor" is just a column.
  let columns: Record<string, number> | null = null;
  let width = 0;
  let fields: string[] = [];
  let refused: string | null = null;
  const has = (name: string) => columns !== null && columns[name] !== undefined;
  // One record, refilled for every row (100,000 rows, no garbage): `onRecord` must not keep it.
  const record: CsvRecord = {
    // The header takes the number before the first record's: 1, or less one for a run of a table.
    row: firstRow - 2,
    cell: (name) => {
      const at = columns![name];
      return at === undefined ? '' : fields[at]!.trim();
    },
    has,
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    // 'greedy' would test every row for blanks; one empty field is all a blank line can give.
    skipEmptyLines: true,
    step: ({ data, errors }, parser) => {
      if (data.length === 1 && data[0]!.trim() === '') return;
      const row = ++record.row;
      if (columns === null) {
        columns = Object.create(null) as Record<string, number>;
        data.forEach((name, at) => {
          const key = name.trim().toLowerCase();
          if (columns![key] === undefined) columns![key] = at;
        });
        width = data.length;
        refused = onHeader(has);
        if (refused !== null) parser.abort();
        return;
      }
      const broken = errors.find((error) => error.type === 'Quotes');
      if (broken) {
        problems.push({ row, message: `row ${row}: ${broken.message.toLowerCase()}; the row is skipped` });
        return;
      }
      if (data.length !== width) {
        problems.push({
          row,
          message: `row ${row}: has ${data.length} fields where the header has ${width} (a stray comma or quote?)`,
        });
        return;
      }
      fields = data;
      onRecord(record);
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
