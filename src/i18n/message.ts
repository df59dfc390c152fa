/**
 * The shape of a catalogue: English defines it (`locales/en.ts`), every other locale must match it
 * key for key, and a translator reads it. Types only, plus the marker of a string not yet translated.
 */
import type { Format } from './format.ts';
import type { en } from './locales/en.ts';

export type { Message } from './format.ts';

/** Every key of the interface. */
export type MessageKey = keyof typeof en;

/** The English catalogue's shape with its literal texts widened to `string`. */
export type Catalogue = {
  [K in MessageKey]: (typeof en)[K] extends (f: Format, ...args: infer A) => string
    ? (f: Format, ...args: A) => string
    : string;
};

/**
 * A translation: every key must be present (`tsc` fails on a missing or extra one), and `null` marks
 * a string not translated yet. It is shown in English, marked as English (see `LocalText`), and
 * `untranslatedKeys()` lists it, so a gap is visible on screen and in review, never silent.
 */
export type Translation = { [K in MessageKey]: Catalogue[K] | null };

/** Arguments a message takes after its Format (none for a plain string). */
export type MessageArgs<K extends MessageKey> = Catalogue[K] extends (f: Format, ...args: infer A) => string
  ? A
  : [];
