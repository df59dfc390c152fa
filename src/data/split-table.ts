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
 * // { headerEnd: 4, runs: [{ start: 4, end: 8, firstRow: 2 }, { start: 8, end: 12, firstRow: 3 }] }
 */
export function splitTable(bytes: Uint8Array, parts: number): TableSplit | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder().decode(bytes.subarray(start, Math.min(bytes.length, start + 65_536)));
  const delimiter = delimiterOf(head).charCodeAt(0);
  const target = Math.ceil((bytes.length - start) / parts);
  const runs: TableRun[] = [];
  let headerEnd = -1;
  let row = 1;
  let quoted = false;
  let fieldStart = true;
  let blank = true;
  let runStart = -1;
  let runRow = 2;
  for (let i = start; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (quoted) {
      if (c === QUOTE) {
        if (bytes[i + 1] === QUOTE) {
          i++;
          blank = false;
        } else quoted = false;
      } else if (c !== SPACE && c !== TAB && c !== CR && c !== LF) blank = false;
      continue;
    }
    if (c === QUOTE && fieldStart) {
      // A line holding only a quoted blank reads as a blank line, as csv-table.ts skips it.
      quoted = true;
      fieldStart = false;
      continue;
    }
    if (c === LF) {
      const lineEnd = i + 1;
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
      continue;
    }
    if (c === CR) {
      // Only CRLF is followed; a file with bare CR line ends is read whole.
      if (bytes[i + 1] !== LF) return null;
      continue;
    }
    if (c !== SPACE && c !== TAB) blank = false;
    fieldStart = c === delimiter;
  }
  if (quoted || headerEnd < 0) return null;
  if (runStart < bytes.length) runs.push({ start: runStart, end: bytes.length, firstRow: runRow });
  return runs.length > 1 ? { headerEnd, runs } : null;
}

/** A run as a table of its own: the header line, then the run's records (a copy, to hand to a worker). */
export function tableRunBytes(bytes: Uint8Array, split: TableSplit, run: TableRun): Uint8Array {
  const out = new Uint8Array(split.headerEnd + run.end - run.start);
  out.set(bytes.subarray(0, split.headerEnd), 0);
  out.set(bytes.subarray(run.start, run.end), split.headerEnd);
  return out;
}
