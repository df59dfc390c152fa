/** The full-page viewer: the same elements a site owner embeds, on one page. */
import '../define.ts';
import { type ExportFormat, exportFileName } from '../data/export.ts';
import { loadTranslation } from '../i18n/catalogues.ts';
import { HTML_LANG, type Lang, normalizeLanguage } from '../i18n/languages.ts';
import { createTranslator, type Translator } from '../i18n/translate.ts';
import { renderLanguageSwitch, translatePage } from './page-language.ts';

/** "78 events and 35 sites": what a download holds, named as the legend names it. */
export function eventsAndSites(events: number, sites: number, i18n = createTranslator('en')): string {
  return i18n.t('app.eventsAndSites', events, sites);
}

/** The page's language now: the map's own `lang` (a switch or the permalink set it), else English. */
let pageI18n: Translator = createTranslator('en');
/** Called when the page's language changes. */
const languageListeners: Array<() => void> = [];

/**
 * "Download": the features the map shows now (its layers and time window) as GeoJSON or CSV, through
 * the map's public API, so an embedding page can do the same.
 */
function wireDownload(map: HTMLElementTagNameMap['frontier-map'], control: HTMLElement): void {
  const legend = control.querySelector('legend')!;
  const count = control.querySelector('.download-count')!;
  // Counted again only when what it counts changed: a pan changes the view, not the features.
  let counted: { features: readonly unknown[]; key: string; lang: Lang } | null = null;
  const showCount = () => {
    const key = [map.visibleLayers.join(), map.from, map.to].join('|');
    const lang = pageI18n.lang;
    if (counted?.features === map.features && counted.key === key && counted.lang === lang) return;
    counted = { features: map.features, key, lang };
    // The same counts as the legend's: dated events, and undated sites (posts, crossings, venues).
    count.textContent = eventsAndSites(map.state.shownEvents, map.state.shownSites, pageI18n);
  };
  // "Download the … shown:": the count keeps its own element wherever the language puts it.
  const showLegend = () => {
    const [before = '', after = ''] = pageI18n.t('app.download', '\u0001').split('\u0001');
    legend.replaceChildren(before, count, after);
    showCount();
  };
  for (const type of ['frontier-ready', 'frontier-features-change', 'frontier-view-change']) {
    map.addEventListener(type, showCount);
  }
  languageListeners.push(showLegend);
  control.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-format]');
    if (!button) return;
    const format = button.dataset.format as ExportFormat;
    const text = map.exportData(format);
    // A byte-order mark makes spreadsheet programs read the CSV as UTF-8 (place names, dashes).
    const parts = format === 'csv' ? ['\uFEFF', text] : [text];
    const blob = new Blob(parts, {
      type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportFileName(format, { from: map.from, to: map.to });
    link.click();
    // The download has started from the URL by the next task; then it can go.
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });
}

const viewerMap = document.querySelector('frontier-map');
const downloadControl = document.querySelector<HTMLElement>('.download');
if (viewerMap && downloadControl) wireDownload(viewerMap, downloadControl);

/** "Download PNG": the map as it is now, heading and legend drawn in, through its public snapshot(). */
function wireSnapshot(map: HTMLElementTagNameMap['frontier-map'], button: HTMLButtonElement): void {
  const status = document.getElementById('snapshot-status');
  button.addEventListener('click', async () => {
    button.disabled = true;
    if (status) status.textContent = '';
    try {
      const blob = await map.snapshot({ type: 'image/png' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'frontier-map.png';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (status) status.textContent = pageI18n.t('app.noPng', reason);
    } finally {
      button.disabled = false;
    }
  });
}

const snapshotButton = document.querySelector<HTMLButtonElement>('#download-png');
if (viewerMap && snapshotButton) wireSnapshot(viewerMap, snapshotButton);

/**
 * Skip links: to the map, its timeline and the event list. They move focus without touching the
 * address (the permalink keeps the map's state in the hash) and without jumping the page more than
 * focusing does.
 */
function wireSkipLinks(map: HTMLElementTagNameMap['frontier-map']): void {
  const targets: Record<string, () => HTMLElement | null | undefined> = {
    map: () => map.shadowRoot?.querySelector<HTMLElement>('.map'),
    timeline: () =>
      map.shadowRoot
        ?.querySelector('frontier-timeline')
        ?.shadowRoot?.querySelector<HTMLElement>('button, [tabindex]'),
    list: () => document.querySelector<HTMLElement>('frontier-event-list'),
  };
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-skip]')) {
    link.addEventListener('click', (event) => {
      const target = targets[link.dataset.skip ?? '']?.();
      if (!target) return;
      event.preventDefault();
      if (!target.hasAttribute('tabindex') && target.localName === 'frontier-event-list')
        target.tabIndex = -1;
      target.focus();
    });
  }
}

if (viewerMap) wireSkipLinks(viewerMap);

/**
 * The language switch: it sets `lang` on the map (which keeps it in the permalink) and the page
 * follows the map's language, whoever set it (the switch, a permalink, Back), mirroring right to left
 * with it.
 */
function wireLanguage(map: HTMLElementTagNameMap['frontier-map'], control: HTMLElement | null): void {
  const choose = (lang: Lang) => {
    map.lang = HTML_LANG[lang];
    void show();
  };
  const show = async () => {
    const lang = normalizeLanguage(map.lang) ?? 'en';
    if (control) renderLanguageSwitch(control, lang, choose);
    // The language's strings load on first use (without them, English stands in, marked).
    await loadTranslation(lang).catch(() => undefined);
    if (lang !== (normalizeLanguage(map.lang) ?? 'en')) return;
    if (lang === pageI18n.lang && document.documentElement.dir) return;
    pageI18n = translatePage(lang);
    const embed = document.querySelector<HTMLAnchorElement>('a[data-embed-link]');
    if (embed) embed.href = lang === 'en' ? 'embed.html' : `embed.html#lang=${lang}`;
    for (const listener of languageListeners) listener();
  };
  new MutationObserver(() => void show()).observe(map, { attributes: true, attributeFilter: ['lang'] });
  void show();
}

if (viewerMap) wireLanguage(viewerMap, document.querySelector<HTMLElement>('.language-switch'));
