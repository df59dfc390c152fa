/**
 * Which name a place label shows in the map's language.
 *
 * The reader's own language first. Where the label data has no name in it, the name in an official
 * language of the place's country follows, in the same Arabic script and marked with its own
 * language: Dari or Pashto in Afghanistan, Urdu in Pakistan, as the country's road signs and press
 * write it: a Pashto reader reads «لاہور» at a glance, where a Latin «Lahore» breaks a map of
 * right-to-left names. English comes last, where no name in the script exists.
 */

/** The map languages written in Arabic script. */
export type ScriptLang = 'ps' | 'prs' | 'ur';

/** The label properties this needs. */
export interface NamedPlace {
  name: string;
  names?: Partial<Record<ScriptLang, string>> | undefined;
  /** ISO 3166-1 alpha-3 of the place's country (`AFG`, `PAK`; a crossing names both). */
  country?: string | undefined;
}

/**
 * The official languages of the frontier's two countries written in Arabic script, in the order a
 * reader of another of them gets them: Urdu readers get Dari before Pashto (Dari spells with Urdu's
 * Persian letters; Pashto has letters of its own).
 */
const OFFICIAL: Partial<Record<string, readonly ScriptLang[]>> = { AFG: ['prs', 'ps'], PAK: ['ur'] };

/**
 * The text to draw for `place` in `lang` (undefined for English), and the language that text is in
 * (undefined for English).
 */
export function placeNameFor(
  place: NamedPlace,
  lang: ScriptLang | undefined,
): { text: string; lang?: ScriptLang } {
  for (const candidate of lang ? [lang, ...(OFFICIAL[place.country ?? ''] ?? [])] : []) {
    const text = place.names?.[candidate];
    if (text) return { text, lang: candidate };
  }
  return { text: place.name };
}
