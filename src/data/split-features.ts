/**
 * Cuts the `features` array of a large FeatureCollection, in its UTF-8 bytes and without parsing
 * it, into runs of whole features, so that several workers can each parse and validate a run at
 * once (JSON.parse alone takes ~300 ms for 30 MB on a slow machine, and cannot be shared).
 * Pure (no DOM), for workers, the page and Node tests.
 *
 * Reading every byte to find the features would cost ~80 ms of the page's time, so the cuts are
 * found by looking, near each share of the bytes, for the way the first feature begins (such as
 * `{"type":"Feature"`, spaces allowed) after a comma. A cut anywhere but between two features of
 * the array (inside a string, or deeper in the structure) leaves a run
 * that JSON.parse refuses. So every run parses to exactly its features, or one of them does not
 * parse at all and the caller takes the source whole: the same features, problems and error
 * messages either way.
 */

/** One run of consecutive features: bytes `[start, end)` of the source, from the first to the last. */
export interface FeatureRun {
  start: number;
  end: number;
}

export interface FeatureSplit {
  /** The source with the `features` array emptied (`[]`): its other members, to check as a whole. */
  skeleton: Uint8Array;
  /** In order; none for an empty array. */
  runs: FeatureRun[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The longest key or value of the first feature's first member that is looked for. */
const SIGNATURE_MAX = 32;

const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Thrown inside the scan for anything unexpected; the caller then gives null. */
class Unexpected extends Error {}

class Scanner {
  at = 0;
  constructor(readonly bytes: Uint8Array) {
    // TextDecoder drops a UTF-8 byte order mark before JSON.parse sees the text: so does this.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.at = 3;
  }

  skipSpace(): void {
    while (isSpace(this.bytes[this.at])) this.at++;
  }

  expect(byte: number): void {
    this.skipSpace();
    if (this.bytes[this.at] !== byte) throw new Unexpected();
    this.at++;
  }

  /** Past a string whose opening quote is at `at`; returns where its content starts. */
  skipString(): number {
    const bytes = this.bytes;
    const start = ++this.at;
    for (;;) {
      const byte = bytes[this.at++];
      if (byte === undefined) throw new Unexpected();
      if (byte === QUOTE) return start;
      if (byte === BACKSLASH) this.at++;
    }
  }

  /** Past one value of any kind (its syntax inside is left to JSON.parse). */
  skipValue(): void {
    this.skipSpace();
    const bytes = this.bytes;
    const first = bytes[this.at];
    if (first === QUOTE) {
      this.skipString();
      return;
    }
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      for (;;) {
        const byte = bytes[this.at];
        if (byte === undefined) throw new Unexpected();
        if (byte === QUOTE) {
          this.skipString();
          continue;
        }
        this.at++;
        if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return;
      }
    }
    // A number or a literal: up to the next delimiter.
    const start = this.at;
    while (this.at < bytes.length) {
      const byte = bytes[this.at]!;
      if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isSpace(byte)) break;
      this.at++;
    }
    if (this.at === start) throw new Unexpected();
  }
}

/** The key whose content is at bytes `[start, end)`, as JSON.parse reads it. */
function keyText(bytes: Uint8Array, start: number, end: number): string {
  return JSON.parse(new TextDecoder().decode(bytes.subarray(start - 1, end + 1))) as string;
}

/**
 * How the first feature begins, as tokens: `{`, its first key, `:`, and the value too when it is
 * a short string (`{` `"type"` `:` `"Feature"`). Null when the feature is not an object.
 */
function signatureAt(bytes: Uint8Array, start: number): Uint8Array[] | null {
  if (bytes[start] !== OPEN_BRACE) return null;
  const scan = new Scanner(bytes);
  scan.at = start + 1;
  try {
    scan.skipSpace();
    if (bytes[scan.at] !== QUOTE) return null;
    const keyAt = scan.at;
    scan.skipString();
    if (scan.at - keyAt > SIGNATURE_MAX) return [bytes.slice(start, start + 1)];
    const tokens = [bytes.slice(start, start + 1), bytes.slice(keyAt, scan.at)];
    scan.expect(COLON);
    tokens.push(Uint8Array.of(COLON));
    scan.skipSpace();
    const valueAt = scan.at;
    if (bytes[valueAt] === QUOTE) {
      scan.skipString();
      if (scan.at - valueAt <= SIGNATURE_MAX) tokens.push(bytes.slice(valueAt, scan.at));
    }
    return tokens;
  } catch (error) {
    if (error instanceof Unexpected) return null;
    throw error;
  }
}

/** Whether the tokens stand at `at`, with any spaces between them. */
function tokensAt(bytes: Uint8Array, tokens: readonly Uint8Array[], at: number): boolean {
  let k = at;
  for (const token of tokens) {
    while (isSpace(bytes[k])) k++;
    for (let i = 0; i < token.length; i++) if (bytes[k + i] !== token[i]) return false;
    k += token.length;
  }
  return true;
}

/** Where the signature next starts after a comma (spaces allowed), from `from` to `limit`, or −1. */
function nextFeatureStart(
  bytes: Uint8Array,
  signature: readonly Uint8Array[],
  from: number,
  limit: number,
): number {
  let at = from;
  for (;;) {
    at = bytes.indexOf(OPEN_BRACE, at);
    if (at < 0 || at >= limit) return -1;
    let before = at - 1;
    while (isSpace(bytes[before])) before--;
    if (bytes[before] === COMMA && tokensAt(bytes, signature, at)) return at;
    at++;
  }
}

/**
 * Cuts the `features` array of a top-level JSON object into at most `parts` runs of about equal
 * size in bytes. Null when the bytes are not such an object, or no cut was found.
 *
 * @example
 * splitFeatures(new TextEncoder().encode('{"features":[{"type":"Feature"},{"type":"Feature"}]}'), 2);
 * // { runs: [{ start: 13, end: 31 }, { start: 32, end: 50 }], skeleton: … }
 */
export function splitFeatures(bytes: Uint8Array, parts: number): FeatureSplit | null {
  const scan = new Scanner(bytes);
  let arrayStart = -1;
  try {
    // The members before "features" are read (they are short); the array itself is not.
    scan.expect(OPEN_BRACE);
    for (;;) {
      scan.skipSpace();
      if (bytes[scan.at] !== QUOTE) return null;
      const keyStart = scan.skipString();
      const key = keyText(bytes, keyStart, scan.at - 1);
      scan.expect(COLON);
      scan.skipSpace();
      if (key === 'features') {
        if (bytes[scan.at] !== OPEN_BRACKET) return null;
        arrayStart = scan.at;
        break;
      }
      scan.skipValue();
      scan.expect(COMMA);
    }
  } catch (error) {
    if (error instanceof Unexpected) return null;
    throw error;
  }
  // The array ends at the last `]`, before the object's closing `}`. If other members follow the
  // array, that `]` is theirs, and the last run does not parse.
  let arrayEnd = bytes.length - 1;
  while (isSpace(bytes[arrayEnd])) arrayEnd--;
  if (bytes[arrayEnd] !== CLOSE_BRACE) return null;
  arrayEnd--;
  while (isSpace(bytes[arrayEnd])) arrayEnd--;
  if (bytes[arrayEnd] !== CLOSE_BRACKET || arrayEnd <= arrayStart) return null;
  const skeleton = new Uint8Array(bytes.length - (arrayEnd - arrayStart) + 1);
  skeleton.set(bytes.subarray(0, arrayStart + 1));
  skeleton.set(bytes.subarray(arrayEnd), arrayStart + 1);

  let first = arrayStart + 1;
  while (isSpace(bytes[first])) first++;
  let last = arrayEnd;
  while (isSpace(bytes[last - 1])) last--;
  if (first >= last) return { skeleton, runs: [] };
  const signature = signatureAt(bytes, first);
  if (!signature) return null;
  const runs: FeatureRun[] = [];
  let start = first;
  for (let part = 1; part < parts; part++) {
    const goal = Math.max(start + 1, Math.round(first + ((last - first) * part) / parts));
    const cut = nextFeatureStart(bytes, signature, goal, last);
    if (cut < 0) break;
    let end = cut - 1;
    while (isSpace(bytes[end])) end--;
    // `end` is at the comma: the run stops before it (and before any spaces).
    while (isSpace(bytes[end - 1])) end--;
    runs.push({ start, end });
    start = cut;
  }
  runs.push({ start, end: last });
  return { skeleton, runs };
}

/** A run's features as the bytes of a JSON array, ready for JSON.parse in a worker. */
export function runBytes(bytes: Uint8Array, run: FeatureRun): Uint8Array {
  const out = new Uint8Array(run.end - run.start + 2);
  out[0] = OPEN_BRACKET;
  out.set(bytes.subarray(run.start, run.end), 1);
  out[out.length - 1] = CLOSE_BRACKET;
  return out;
}
