/**
 * Splits a large CSV table (as the bytes fetched) into runs of whole records for several validation
 * workers, without parsing it: one pass over the bytes that follows RFC 4180 quoting (a quote opens
 * only at the start of a field, `""` inside quotes is a quote), so a line break inside a quoted note
 * never becomes a boundary. Each run is the header line followed by its records, and knows the row
 * number of its first record (blank lines are not rows, as in csv-table.ts), so every worker names
 * rows exactly as one reading of the whole table would.
 *
 * Null when the table cannot be split safely (a quote left open, bare CR line ends, too few rows):
 * then one worker reads it whole.
 */
import { delimiterOf } from './csv-table.ts';

export interface TableRun {
  /** Byte range of the run's records (after the header). */
  start: number;
  end: number;
  /** Row number of the run's first record (the header is row 1). */
  firstRow: number;
}

export interface TableSplit {
  /** Byte length of the header line, its line break included. */
  headerEnd: number;
  runs: TableRun[];
  /** How many records (rows after the header, blank lines not counted) the table has. */
  records: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Up to `parts` runs of about equal size, each ending after a line break.
 *
 * @example
 * splitTable(new TextEncoder().encode('a,b\n1,2\n3,4\n'), 2);
 * // { headerEnd: 4, runs: [{ start: 4, end: 8, firstRow: 2 }, { start: 8, end: 12, firstRow: 3 }], records: 2 }
 */
export function splitTable(bytes: Uint8Array, parts: number): TableSplit | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder().decode(bytes.subarray(start, Math.min(bytes.length, start + 65_536)));
  const delimiter = delimiterOf(head).charCodeAt(0);
  const target = Math.ceil((bytes.length - start) / parts);
  const n = bytes.length;
  const runs: TableRun[] = [];
  let headerEnd = -1;
  let row = 1;
  let quoted = false;
  let fieldStart = true;
  let blank = true;
  let runStart = -1;
  let runRow = 2;
  // The next line feed, carriage return and quote at or after `i` (n: none): the bytes between are
  // skipped by the engine's own search, not looked at one by one in a loop (50 MB on the page).
  let nextLf = -1;
  let nextCr = -1;
  let nextQuote = -1;
  const next = (byte: number, from: number) => {
    const at = bytes.indexOf(byte, from);
    return at < 0 ? n : at;
  };
  let i = start;
  while (i < n) {
    if (quoted) {
      const close = next(QUOTE, i);
      if (close === n) return null;
      if (blank && !whitespace(bytes, i, close, true)) blank = false;
      if (bytes[close + 1] === QUOTE) {
        blank = false;
        i = close + 2;
      } else {
        quoted = false;
        i = close + 1;
      }
      continue;
    }
    if (nextLf < i) nextLf = next(LF, i);
    if (nextCr < i) nextCr = next(CR, i);
    if (nextQuote < i) nextQuote = next(QUOTE, i);
    const stop = Math.min(nextLf, nextCr, nextQuote);
    if (stop > i) {
      // Plain field text (no quote, no line break): a line with any of it is not blank.
      if (blank && !whitespace(bytes, i, stop, false)) blank = false;
      fieldStart = bytes[stop - 1] === delimiter;
    }
    if (stop === n) break;
    i = stop + 1;
    const c = bytes[stop];
    if (c === QUOTE) {
      // A quote opens only at the start of a field; elsewhere it is text, as the parser takes it.
      // A line holding only a quoted blank reads as a blank line, as csv-table.ts skips it.
      if (fieldStart) quoted = true;
      else blank = false;
      fieldStart = false;
      continue;
    }
    if (c === CR) {
      // Only CRLF is followed; a file with bare CR line ends is read whole.
      if (bytes[stop + 1] !== LF) return null;
      continue;
    }
    const lineEnd = stop + 1;
    if (headerEnd < 0) {
      headerEnd = lineEnd;
      runStart = lineEnd;
    } else {
      if (!blank) row++;
      // A boundary after a full line, once the run is big enough and the next line is a row.
      if (lineEnd - runStart >= target && runs.length < parts - 1) {
        runs.push({ start: runStart, end: lineEnd, firstRow: runRow });
        runStart = lineEnd;
        runRow = row + 1;
      }
    }
    blank = true;
    fieldStart = true;
  }
  if (quoted || headerEnd < 0) return null;
  // A last record without a line break after it.
  if (!blank && runStart < n) row++;
  if (runStart < bytes.length) runs.push({ start: runStart, end: bytes.length, firstRow: runRow });
  return runs.length > 1 ? { headerEnd, runs, records: row - 1 } : null;
}

/** Whether bytes `from` to `to` are all spaces or tabs (and line breaks, inside quotes). */
function whitespace(bytes: Uint8Array, from: number, to: number, breaks: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c !== SPACE && c !== TAB && !(breaks && (c === CR || c === LF))) return false;
  }
  return true;
}

/** A run as a table of its own: the header line, then the run's records (a copy, to hand to a worker). */
export function tableRunBytes(bytes: Uint8Array, split: TableSplit, run: TableRun): Uint8Array {
  const out = new Uint8Array(split.headerEnd + run.end - run.start);
  out.set(bytes.subarray(0, split.headerEnd), 0);
  out.set(bytes.subarray(run.start, run.end), split.headerEnd);
  return out;
}
