/**
 * The languages the map speaks, how a `lang` attribute maps onto them, and which way each is written.
 * Pure functions over the DOM tree; no state of their own, so two maps on one page can differ.
 */

/** Interface languages: English, Pashto, Dari (ISO 639-3 `prs`), Urdu. */
export const LANGUAGES = ['en', 'ps', 'prs', 'ur'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Writing direction of a language, for `dir` and for CSS logical properties to follow. */
export type Direction = 'ltr' | 'rtl';

/**
 * The BCP 47 locale each language asks `Intl` for. The region matters: `fa-AF` gives Afghan month
 * names (Hamal, Sawr …) and Afghan spellings of the Gregorian months where plain `fa` gives Iran's;
 * `ur-PK` keeps CLDR's default Western digits for Urdu (`ur-IN` would switch to Extended
 * Arabic-Indic ones); `en-GB` is the house style ("19 October 2025", "2,657").
 */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = {
  en: 'en-GB',
  ps: 'ps-AF',
  prs: 'fa-AF',
  ur: 'ur-PK',
};

/** The value a rendered `lang` attribute should carry: `prs` is written `fa-AF`, which browsers know. */
export const HTML_LANG: Readonly<Record<Lang, string>> = {
  en: 'en',
  ps: 'ps',
  prs: 'fa-AF',
  ur: 'ur',
};

/**
 * The interface language a language tag asks for, or null when we have none for it.
 * Case-insensitive; a region or script subtag is ignored (`ps-AF`, `ur-Arab-PK`).
 * `fa` (Persian) counts as Dari: the map has no Iranian Persian, and Dari reads well in Iran.
 *
 * @example
 * normalizeLanguage('fa-AF'); // 'prs'
 * normalizeLanguage('UR-pk'); // 'ur'
 * normalizeLanguage('de');    // null
 */
export function normalizeLanguage(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'en':
      return 'en';
    case 'ps':
    case 'pus':
    case 'pbt':
    case 'pbu':
      return 'ps';
    case 'prs':
    case 'fa':
    case 'fas':
    case 'per':
      return 'prs';
    case 'ur':
    case 'urd':
      return 'ur';
    default:
      return null;
  }
}

/** The element's parent, or the host of the shadow root it sits in: `lang` is inherited across both. */
function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  // A ShadowRoot has a host; a Document or a detached fragment has none.
  return root && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
}

/**
 * The language of an element's interface: its own `lang`, else that of the closest ancestor with
 * one (crossing shadow roots through their hosts), else English. The first `lang` found decides,
 * as in HTML: `lang="de"` inside `lang="ps"` gives English, not Pashto, because the nearer text is
 * German and we have no German. An empty `lang=""` means "unknown", which also gives English.
 *
 * @example
 * // <html lang="ps"> … <frontier-map> → 'ps'
 * resolveLanguage(map);
 */
export function resolveLanguage(element: Element): Lang {
  // The element's own `lang` is read as a property: an element that makes it reactive (Lit) holds
  // the new value before it reflects it to the attribute.
  const own = (element as Partial<HTMLElement>).lang;
  if (typeof own === 'string' && own !== '') return normalizeLanguage(own) ?? 'en';
  // lang="" says "unknown language": it stops the search, as in HTML.
  if (element.hasAttribute('lang')) return normalizeLanguage(element.getAttribute('lang')) ?? 'en';
  for (let node: Element | null = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    if (node.hasAttribute('lang')) return normalizeLanguage(node.getAttribute('lang')) ?? 'en';
  }
  return 'en';
}

/** `rtl` for Pashto, Dari and Urdu; `ltr` for English. */
export function directionOf(lang: Lang): Direction {
  return lang === 'en' ? 'ltr' : 'rtl';
}
