// The place-name tables of data/ (place-names.csv, gazetteer-names.csv, gazetteer-review.csv): plain
// comma-separated rows without quoting, so a field may not hold a comma; lines starting with # are notes.

/** The languages other than English that names are given in. */
export const NAME_LANGS = new Set(['ps', 'prs', 'ur']);
/** Arabic script (with the Persian, Pashto and Urdu letters), spaces and the zero-width non-joiner. */
export const ARABIC_SCRIPT = /^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200C ]+$/;

/**
 * The rows of a name table keyed by `columns`, each checked by `problemOf` (a message, or null).
 * @template {string} C
 * @param {string} text
 * @param {readonly C[]} columns
 * @param {string} file for the messages
 * @param {(row: Record<C, string>) => string | null} problemOf
 * @returns {Array<Record<C, string>>}
 */
export function readNameTable(text, columns, file, problemOf) {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
  const header = lines.shift();
  if (header?.line !== columns.join(',')) throw new Error(`${file}: header must be ${columns.join(',')}`);
  return lines.map(({ line, number }) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) {
      throw new Error(`${file} row ${number}: ${cells.length} fields, not ${columns.length}`);
    }
    const row = /** @type {Record<C, string>} */ (
      Object.fromEntries(columns.map((c, i) => [c, cells[i].trim()]))
    );
    const problem = problemOf(row);
    if (problem) throw new Error(`${file} row ${number} (${row.en ?? row[columns[0]]}): ${problem}`);
    return row;
  });
}

// Letters that one language's alphabet has and the row's does not: Urdu's ٹ ڈ ڑ ں ے ھ ہ in Pashto
// or Dari, Pashto's ټ ډ ړ ښ ږ ګ ڼ ې ۍ ځ څ in Dari or Urdu. A name with them was spelled for
// another language's readers ("کلاچے" is Urdu's Kulachi, not Pashto's).
const LETTERS_OF_OTHERS = {
  ps: /[ٹڈڑںےھہ]/gu,
  prs: /[ٹڈڑںےھہټډړښږګڼېۍځڅ]/gu,
  ur: /[ټډړښږګڼېۍځڅ]/gu,
};

/**
 * The usual problems of a name: a language other than ps, prs, ur, not in Arabic script, or written
 * with another of the three languages' letters.
 */
export function nameProblem({ lang, name }) {
  if (!NAME_LANGS.has(lang)) return `lang ${lang} is not ps, prs or ur`;
  if (!ARABIC_SCRIPT.test(name)) return `name "${name}" is not in Arabic script`;
  const foreign = name.match(LETTERS_OF_OTHERS[lang]);
  if (foreign) return `name "${name}" has ${[...new Set(foreign)].join(' ')}, not letters of ${lang}`;
  return null;
}
