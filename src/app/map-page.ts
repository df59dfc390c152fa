/**
 * The map-only page (map.html), for iframes: the title, the map filling the frame, and one line of
 * credit with the data's "as of" date and a link to the full viewer (opened with the same view).
 */
import '../define.ts';
import { latestSourceDate } from '../data/data-as-of.ts';
import { loadTranslation } from '../i18n/catalogues.ts';
import { normalizeLanguage } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translate.ts';
import { translatePage } from './page-language.ts';

const map = document.querySelector('frontier-map');
const asOf = document.querySelector<HTMLElement>('.data-as-of');
const time = document.querySelector<HTMLTimeElement>('#data-as-of');
const fullViewer = document.querySelector<HTMLAnchorElement>('#full-viewer');

/** The page speaks the map's language: a permalink's `lang=` sets it on the map, the page follows. */
let i18n: Translator | null = null;
const showAsOf = () => {
  if (!map || !asOf || !time || !i18n || !map.features.length) return;
  const date = latestSourceDate(map.features);
  if (!date) return;
  time.dateTime = date;
  time.textContent = date.length === 10 ? i18n.dates.long(date) : i18n.dates.date(date);
  asOf.hidden = false;
};
const showLanguage = async () => {
  const lang = (map && normalizeLanguage(map.lang)) || 'en';
  // The language's strings load on first use (without them, English stands in, marked).
  await loadTranslation(lang).catch(() => undefined);
  if (lang !== ((map && normalizeLanguage(map.lang)) || 'en') || i18n?.lang === lang) return;
  i18n = translatePage(lang);
  showAsOf();
};
void showLanguage();
if (map) {
  new MutationObserver(() => void showLanguage()).observe(map, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  void map.whenIdle().then(showAsOf);
}

// The full viewer opens at the view the reader has here.
if (map && fullViewer) {
  const follow = () => {
    fullViewer.href = new URL(`./${location.hash}`, location.href).href;
  };
  map.addEventListener('frontier-view-change', follow);
  follow();
}
