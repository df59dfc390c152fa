/**
 * Font stacks for the map's scripts, from fonts a system may already have; nothing is downloaded
 * (the map works offline and fetches nothing the user did not name).
 *
 * Pashto needs letters beyond Persian (ټ ډ ړ ښ ګ ڼ ې ۍ …) and Urdu its own (ٹ ڈ ڑ ں ہ ھ ے):
 * fonts made for Arabic alone draw boxes for them. Every named face below covers both, and the list
 * ends in the generic family, so the browser's per-character fallback can still find a glyph
 * before it draws a box. Urdu is written in Nastaliq where the system has it, as readers expect;
 * Nastaliq is tall, so Urdu text gets a larger line height.
 */
import { css, unsafeCSS } from 'lit';

/** Naskh and sans faces that cover Pashto, Dari and Urdu letters, best first. */
const ARABIC_SCRIPT = [
  '"Noto Naskh Arabic"',
  '"Noto Sans Arabic"',
  '"Noto Naskh Arabic UI"',
  '"Noto Sans Arabic UI"',
  'Vazirmatn',
  '"Segoe UI"', // Windows: covers Pashto and Urdu letters
  'Tahoma',
  '"Geeza Pro"', // macOS and iOS
  '"Scheherazade New"',
  'Amiri',
  '"DejaVu Sans"', // Linux fallback: most letters, but not ۍ, ے or ہ
  'sans-serif',
];

/** Nastaliq faces for Urdu, then the Naskh stack. */
const NASTALIQ = ['"Noto Nastaliq Urdu"', '"Jameel Noori Nastaleeq"', '"Urdu Typesetting"', 'Nafees'];

/** The CSS font-family value for Pashto and Dari text. */
export const ARABIC_SCRIPT_FONTS = ARABIC_SCRIPT.join(', ');
/** The CSS font-family value for Urdu text. */
export const URDU_FONTS = [...NASTALIQ, ...ARABIC_SCRIPT].join(', ');

/**
 * Styles for an element's shadow root: its text takes the stack of its language, unless the page
 * sets `--frontier-font`. Matches `:host(:lang(…))`, so the language may come from the element or
 * any ancestor; `fa` covers Dari written `fa-AF`.
 */
export const scriptFontStyles = css`
  :host(:lang(ps)),
  :host(:lang(prs)),
  :host(:lang(fa)) {
    font-family: var(--frontier-font, ${unsafeCSS(ARABIC_SCRIPT_FONTS)});
  }
  :host(:lang(ur)) {
    font-family: var(--frontier-font, ${unsafeCSS(URDU_FONTS)});
    line-height: 1.9;
  }
  /* English stand-ins and English data inside a right-to-left interface keep the Latin stack. */
  [lang='en'] {
    font-family: var(--frontier-font-latin, system-ui, sans-serif);
    line-height: normal;
  }
`;
