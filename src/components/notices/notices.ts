/**
 * What the map tells a person about its data: the layers still loading, and the dismissible list of
 * what was skipped and why. Everything is text (source names and messages may hold hostile data).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../i18n/translate.ts';

/** One problem as the notice lists it. `key` groups the problems of one source (a layer element). */
export interface Notice {
  source: string;
  message: string;
  key?: object;
}

/** The notice lists this many problems; the rest are counted ("… and 31 more"). */
export const NOTICE_LIMIT = 20;

export interface NoticesModel {
  i18n: Translator;
  notices: readonly Notice[];
  onDismiss: () => void;
}

/** The dismissible list of problems, or nothing when there are none. */
export function renderNotices({ i18n, notices, onDismiss }: NoticesModel): TemplateResult | typeof nothing {
  if (notices.length === 0) return nothing;
  const hidden = notices.length - NOTICE_LIMIT;
  return html`<section class="notices" role="status" aria-label=${i18n.t('notices.label')}>
    <header>
      <span>${i18n.t('notices.count', notices.length)}</span>
      <button type="button" aria-label=${i18n.t('notices.dismiss')} @click=${onDismiss}>×</button>
    </header>
    <ul>
      ${notices
        .slice(0, NOTICE_LIMIT)
        .map(
          ({ source, message }) =>
            html`<li><bdi class="notice-source">${source}</bdi>: <span class="notice-message" lang="en" dir="ltr">${message}</span></li>`,
        )}
      ${hidden > 0 ? html`<li class="notice-more">${i18n.t('notices.more', hidden)}</li>` : nothing}
    </ul>
  </section>`;
}

/**
 * "Loading My events…" per layer in flight, or "Loading My events: validating 100,000 features…"
 * when a long load reports what it is doing; a live region, so screen readers hear it too.
 */
export function renderLoading(
  i18n: Translator,
  names: readonly string[],
  details: ReadonlyMap<string, string> = new Map(),
): TemplateResult {
  // The live region is a div: a list may not take role="status".
  return html`<div class="loading-status" role="status" aria-label=${i18n.t('loading.label')}><ul>
    ${names.map((name) => {
      const detail = details.get(name);
      return html`<li>${detail ? i18n.t('loading.layerDetail', name, detail) : i18n.t('loading.layer', name)}</li>`;
    })}
  </ul></div>`;
}
