/** The details of one feature: what, when, where, how well located, who claims what, and sources. */
import { html, nothing, type TemplateResult } from 'lit';
import { layerOf } from '../data/filter.ts';
import type { FrontierFeature } from '../data/schema.ts';
import { safeHttpUrl } from '../data/validate.ts';
import { createLayerIcon, KIND_LABEL } from '../map/kind-style.ts';

const PRECISION_TEXT: Record<string, string> = {
  exact: 'exact site',
  town: 'located to a town',
  district: 'located to a district',
  province: 'located to a province',
  multi_site: 'several sites (summary)',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "9 Oct 2025", "11–12 Oct 2025", "30 Oct – 2 Nov 2025": readable in any locale, sortable by data.
 * A source dated by month or year only (`2025-12`, `2026`) gives "Dec 2025", "2026".
 */
export function formatDateSpan(date?: string, dateEnd?: string): string {
  if (!date) return '';
  if (date.length < 10)
    return date.length === 7 ? `${MONTHS[Number(date.slice(5)) - 1]} ${date.slice(0, 4)}` : date;
  const parts = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return { year: year!, month: MONTHS[month! - 1]!, day: day! };
  };
  const start = parts(date);
  if (!dateEnd || dateEnd === date) return `${start.day} ${start.month} ${start.year}`;
  const end = parts(dateEnd);
  if (start.year !== end.year)
    return `${start.day} ${start.month} ${start.year} – ${end.day} ${end.month} ${end.year}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
}

export interface PanelModel {
  feature: FrontierFeature;
  /** e.g. "≈ 12 km inside Afghanistan" */
  distanceText?: string | undefined;
  /** Distances from a talks venue to both capitals. */
  venueText?: string | undefined;
  onClose: () => void;
}

export function renderFeaturePanel({
  feature,
  distanceText,
  venueText,
  onClose,
}: PanelModel): TemplateResult {
  const p = feature.properties;
  const precision = p.precision ? PRECISION_TEXT[p.precision] : undefined;
  const sources = (p.sources ?? []).filter((source) => safeHttpUrl(source.url));
  return html`<article class="panel-body" aria-labelledby="panel-title">
    <header class="panel-header">
      ${createLayerIcon(layerOf(feature), 20, p.color)}
      <div>
        <p class="panel-kind">${KIND_LABEL[p.kind]}${p.date ? html` · <time datetime=${p.date}>${formatDateSpan(p.date, p.dateEnd)}</time>` : nothing}</p>
        <h2 id="panel-title" class="panel-title">${p.title}</h2>
      </div>
      <button class="panel-close" type="button" aria-label="Close details" @click=${onClose}>×</button>
    </header>
    <dl class="panel-facts">
      ${p.place ? html`<dt>Place</dt><dd>${p.place}${p.country ? ` (${p.country})` : ''}</dd>` : nothing}
      ${
        precision
          ? html`<dt>Location</dt><dd>${precision}${p.uncertaintyKm ? `, within about ${p.uncertaintyKm} km` : ''}</dd>`
          : nothing
      }
      ${distanceText ? html`<dt>Frontier</dt><dd class="panel-distance">${distanceText}</dd>` : nothing}
      ${venueText ? html`<dt>Capitals</dt><dd class="panel-venue">${venueText}</dd>` : nothing}
      ${p.actor ? html`<dt>Actor</dt><dd>${p.actor}</dd>` : nothing}
    </dl>
    ${p.description ? html`<p class="panel-description">${p.description}</p>` : nothing}
    ${
      p.claims?.length
        ? html`<h3>Claims</h3>
            <ul class="panel-claims">
              ${p.claims.map((claim) => html`<li><strong>${claim.by}:</strong> ${claim.claim}</li>`)}
            </ul>`
        : nothing
    }
    ${
      sources.length
        ? html`<h3>Sources</h3>
            <ol class="panel-sources">
              ${sources.map(
                (source) =>
                  html`<li>
                    <a href=${safeHttpUrl(source.url)!} target="_blank" rel="noopener noreferrer">${source.publisher}</a>${
                      source.date
                        ? html` <span class="source-date">(${source.dateApprox ? '~' : ''}${source.date})</span>`
                        : nothing
                    }
                  </li>`,
              )}
            </ol>`
        : nothing
    }
  </article>`;
}
