/**
 * The sources section of a printed or static map: on paper, every source of the features in view,
 * numbered and grouped by publisher, each as a short readable address (host and decoded path) that
 * links to the full one in a PDF; in a static image, where a long list cannot fit, a one-line credit
 * of the publishers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../i18n/translate.ts';
import { groupByPublisher, type SourceEntry, sourcesByline } from './sources-in-view.ts';

export interface PrintSourcesModel {
  entries: readonly SourceEntry[];
  /** Print media: the numbered list. */
  printing: boolean;
  /** Static mode on screen: the one-line credit. */
  static: boolean;
  i18n: Translator;
}

export function renderPrintSources({ entries, printing, static: isStatic, i18n }: PrintSourcesModel) {
  if (!printing && !isStatic) return nothing;
  return html`<section class="print-sources" part="sources" aria-label=${i18n.t('print.sourcesLabel')}>
    ${isStatic && !printing ? html`<p class="sources-byline">${sourcesByline(entries)}</p>` : nothing}
    ${printing ? renderList(entries, i18n) : nothing}
  </section>`;
}

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * The address as a reader would type it: percent-escapes of letters decoded (a Cyrillic or Turkish
 * headline in a URL becomes readable), but spaces, controls and direction marks stay escaped so the
 * printed text cannot disguise where it points. Right-to-left words stay escaped too: mixed into a URL
 * the bidirectional algorithm reorders its parts on paper.
 */
export function readableUrl(url: string): string {
  try {
    const decoded = decodeURI(url).replace(/[\p{C}\p{Z}]/gu, (char) => encodeURIComponent(char));
    return RIGHT_TO_LEFT.test(decoded) ? url : decoded;
  } catch {
    return url;
  }
}

/**
 * An address short enough to read on paper: the host (without "www.") and the decoded path, cut in
 * the middle when longer than `max` characters; the query and fragment are left out (the printed
 * link still holds the full address).
 *
 * @example
 * shortUrl('https://www.dawn.com/news/1948221/pakistan-carries-out-strikes-in-afghanistan?utm=x')
 * // 'dawn.com/news/1948221/pakistan-carr…strikes-in-afghanistan'
 */
export function shortUrl(url: string, max = 60): string {
  let text: string;
  try {
    const parsed = new URL(url);
    const path = readableUrl(parsed.pathname).replace(/\/$/, '');
    text = parsed.host.replace(/^www\./, '') + path;
  } catch {
    text = url;
  }
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.6);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** A source's date as the language writes it; a year alone ("2026") as it is. */
function dateText(i18n: Translator, date: string): string {
  try {
    return i18n.dates.span(date);
  } catch {
    return date;
  }
}

function renderEntry(entry: SourceEntry, i18n: Translator): TemplateResult {
  const address = shortUrl(entry.url);
  return html`<span class="source-entry"><span class="source-number">${i18n.format.number(entry.number)}.</span> ${
    isWebAddress(entry.url)
      ? html`<a class="source-url" dir="ltr" href=${entry.url}>${address}</a>`
      : html`<span class="source-url" dir="ltr">${address}</span>`
  }${entry.date ? html`, <span class="source-date">${dateText(i18n, entry.date)}</span>` : nothing}</span>`;
}

function renderList(entries: readonly SourceEntry[], i18n: Translator): TemplateResult {
  if (entries.length === 0) {
    return html`<h2>${i18n.t('print.sources')}</h2>
      <p class="sources-none">${i18n.t('print.sourcesNone')}</p>`;
  }
  return html`<h2>${i18n.t('print.sourcesHeading', entries.length)}</h2>
    <div class="sources-list">
      ${groupByPublisher(entries).map(
        // One paragraph per publisher: its name, then its numbered reports in a run.
        (group) => html`<p class="source-group">
          <span class="source-publisher">${group[0]!.publisher}</span>
          ${group.map((entry, index) => html`${index ? '; ' : ''}${renderEntry(entry, i18n)}`)}
        </p>`,
      )}
    </div>`;
}
