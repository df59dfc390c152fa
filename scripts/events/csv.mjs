/**
 * Reading the editorial tables (data/events.csv, data/places.csv): RFC 4180 CSV into objects keyed
 * by the header. Plain JavaScript so that the build runs in Node without a TypeScript step.
 */
import { readFileSync } from 'node:fs';

/**
 * RFC 4180 CSV: quoted fields, doubled quotes, separators and line breaks inside quotes, CRLF or LF.
 * A stray quote is an error rather than a guess, so a broken export never yields shifted columns.
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let started = false; // distinguishes a trailing empty field from no field at all
  let line = 1;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') {
        if (c === '\n') line++;
        field += c;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new Error(`CSV line ${line}: text after a closing quote`);
        }
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`CSV line ${line}: quote inside an unquoted field`);
      quoted = started = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      started = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
      line++;
    } else {
      field += c;
      started = true;
    }
  }
  if (quoted) throw new Error(`CSV line ${line}: unterminated quoted field`);
  if (started || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Rows as objects keyed by the header, fields trimmed; a row with the wrong number of fields is an
 * error. Columns named in `optional` may be missing from the header and read as ''.
 */
export function readTable(path, optional = []) {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8')).filter((r) => r.some((f) => f !== ''));
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`${path}: record ${index + 1} has ${fields.length} fields, expected ${header.length}`);
    }
    const row = Object.fromEntries(header.map((name, i) => [name, fields[i].trim()]));
    for (const name of optional) row[name] ??= '';
    return row;
  });
}

/** A cell holding several items separated by `|`. */
export const list = (text) =>
  text
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
