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

/** Adds to `problems` what an entry of wording.json lacks, and a title that breaks the title rule. */
export function checkWording(id, words, problems, { needsKind }) {
  if (!words) return problems.push(`${id}: no entry in wording.json`);
  for (const key of ['slug', 'title', 'description']) {
    if (typeof words[key] !== 'string' || words[key] === '') problems.push(`${id}: wording lacks "${key}"`);
  }
  if (words.slug && !ID.test(words.slug)) problems.push(`${id}: slug "${words.slug}" is not kebab-case`);
  for (const claim of words.claims ?? []) {
    if (!claim.by || !claim.claim) problems.push(`${id}: every claim needs "by" and "claim"`);
  }
  const title = titleProblem(id, words.title);
  if (title) problems.push(title);
  if (needsKind && !OTHER_KINDS.includes(words.kind)) {
    problems.push(`${id}: CSV kind "other" needs "kind" (${OTHER_KINDS.join(' or ')}) in wording.json`);
  }
}

/** Words that report a casualty or damage: in a title, they state someone's claim unless attributed. */
const OUTCOME =
  /\b(kill(s|ed)?|dead|deaths?|died|wound(s|ed)?|injur(e|es|ed|y|ies)|hurt|destroy(s|ed)?|burn(s|ed|t)?|struck|hit|bomb(s|ed)|downed|shot down|captur(e|es|ed)|seiz(e|es|ed)|overr(un|an)|taken)\b/i;

/**
 * Who says so: a verb of saying or an "according to", or a bracketed source such as "(ISPR)" or
 * "(Pakistani media)".
 */
const ATTRIBUTION =
  /\b(says?|said|claims?|claimed|according to|reported|reportedly|alleges?|alleged|accuses?|blames?|denies|denied|confirms?|confirmed|show|shows)\b|\((ISPR|UNAMA|AFP|AP|Reuters|[^)]*\b(media|officials?|police|ministry|spokesman|military|government)\b[^)]*)\)/i;

/**
 * The title rule: a title that reports a casualty or damage must say who reports it ("Afghan
 * officials say …", "… according to Islamabad", "(ISPR)"); the map never makes a claim its own fact.
 * Returns the problem, or null. Catches the common wordings, not every one: reviewers still read.
 *
 * @example
 * titleProblem('E1', 'Market struck in Barmal'); // 'E1: title "Market struck in Barmal" reports …'
 * titleProblem('E1', 'Afghan officials say a market was struck in Barmal'); // null
 */
export function titleProblem(id, title) {
  const outcome = OUTCOME.exec(title ?? '');
  if (!outcome || ATTRIBUTION.test(title)) return null;
  return (
    `${id}: title "${title}" reports an outcome ("${outcome[0]}") without saying who reports it ` +
    '(write "… say", "according to …", or name the source in brackets)'
  );
}
