/**
 * What the map tells a person about its data: the layers still loading, and the dismissible list of
 * what was skipped and why. Everything is text (source names and messages may hold hostile data).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** One problem as the notice lists it. `key` groups the problems of one source (a layer element). */
export interface Notice {
  source: string;
  message: string;
  key?: object;
}

/** The notice lists this many problems; the rest are counted ("… and 31 more"). */
export const NOTICE_LIMIT = 20;

export interface NoticesModel {
  notices: readonly Notice[];
  onDismiss: () => void;
}

/** The dismissible list of problems, or nothing when there are none. */
export function renderNotices({ notices, onDismiss }: NoticesModel): TemplateResult | typeof nothing {
  if (notices.length === 0) return nothing;
  const hidden = notices.length - NOTICE_LIMIT;
  return html`<section class="notices" role="status" aria-label="Problems with the map data">
    <header>
      <span>${notices.length === 1 ? '1 problem' : `${notices.length} problems`} with the map data</span>
      <button type="button" aria-label="Dismiss" @click=${onDismiss}>×</button>
    </header>
    <ul>
      ${notices
        .slice(0, NOTICE_LIMIT)
        .map(
          ({ source, message }) =>
            html`<li><span class="notice-source">${source}</span>: <span class="notice-message">${message}</span></li>`,
        )}
      ${hidden > 0 ? html`<li class="notice-more">… and ${hidden} more</li>` : nothing}
    </ul>
  </section>`;
}

/**
 * "Loading My events…" per layer in flight, or "Loading My events: validating 100,000 features…"
 * when a long load reports what it is doing; a live region, so screen readers hear it too.
 */
export function renderLoading(
  names: readonly string[],
  details: ReadonlyMap<string, string> = new Map(),
): TemplateResult {
  return html`<ul class="loading-status" role="status" aria-label="Loading">
    ${names.map((name) => {
      const detail = details.get(name);
      return html`<li>Loading ${name}${detail ? `: ${detail}` : '…'}</li>`;
    })}
  </ul>`;
}
