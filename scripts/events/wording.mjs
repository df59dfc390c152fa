/** Checks of our own wording (data/wording.json) against the research tables. */

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** CSV kind `other` is split by hand in wording.json into one of these. */
export const OTHER_KINDS = ['militant_attack', 'statement'];
/** Wordings sharing this many consecutive words with the CSV text count as copied. */
const COPY_WORDS = 10;

/** Longest run of words a wording shares with the source text; catches copied sentences. */
export function sharedRun(ours, theirs) {
  const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Set();
  const theirWords = words(theirs);
  for (let i = 0; i + COPY_WORDS <= theirWords.length; i++) {
    grams.add(theirWords.slice(i, i + COPY_WORDS).join(' '));
  }
  const ourWords = words(ours);
  for (let i = 0; i + COPY_WORDS <= ourWords.length; i++) {
    const gram = ourWords.slice(i, i + COPY_WORDS).join(' ');
    if (grams.has(gram)) return gram;
  }
  return null;
}

/** Adds to `problems` what an entry of wording.json lacks. */
export function checkWording(id, words, problems, { needsKind }) {
  if (!words) return problems.push(`${id}: no entry in wording.json`);
  for (const key of ['slug', 'title', 'description']) {
    if (typeof words[key] !== 'string' || words[key] === '') problems.push(`${id}: wording lacks "${key}"`);
  }
  if (words.slug && !ID.test(words.slug)) problems.push(`${id}: slug "${words.slug}" is not kebab-case`);
  for (const claim of words.claims ?? []) {
    if (!claim.by || !claim.claim) problems.push(`${id}: every claim needs "by" and "claim"`);
  }
  if (needsKind && !OTHER_KINDS.includes(words.kind)) {
    problems.push(`${id}: CSV kind "other" needs "kind" (${OTHER_KINDS.join(' or ')}) in wording.json`);
  }
}
