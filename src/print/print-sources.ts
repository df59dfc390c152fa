/**
 * The sources section of a printed or static map: on paper, every source of the features in view,
 * numbered, with publisher and address written out (a sheet has no links to click); in a static
 * image, where a long list cannot fit, a one-line credit of the publishers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateSpan } from '../data/format-date.ts';
import { type SourceEntry, sourcesByline } from './sources-in-view.ts';

export interface PrintSourcesModel {
  entries: readonly SourceEntry[];
  /** Print media: the numbered list. */
  printing: boolean;
  /** Static mode on screen: the one-line credit. */
  static: boolean;
}

export function renderPrintSources({ entries, printing, static: isStatic }: PrintSourcesModel) {
  if (!printing && !isStatic) return nothing;
  return html`<section class="print-sources" part="sources" aria-label="Sources of the features shown">
    ${isStatic && !printing ? html`<p class="sources-byline">${sourcesByline(entries)}</p>` : nothing}
    ${printing ? renderList(entries) : nothing}
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

function renderList(entries: readonly SourceEntry[]): TemplateResult {
  if (entries.length === 0) {
    return html`<h2>Sources</h2>
      <p class="sources-none">No sourced feature lies inside the map.</p>`;
  }
  return html`<h2>Sources of what the map shows (${entries.length})</h2>
    <ol class="sources-list">
      ${entries.map(
        (entry) => html`<li value=${entry.number}>
          <span class="source-publisher">${entry.publisher}</span>${
            entry.date ? html`, <span class="source-date">${formatDateSpan(entry.date)}</span>` : nothing
          }: <span class="source-url" dir="ltr">${readableUrl(entry.url)}</span>
        </li>`,
      )}
    </ol>`;
}
