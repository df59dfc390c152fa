/** The details of one feature: what, when, where, how well located, who claims what, and sources. */
import { html, nothing, type TemplateResult } from 'lit';
import { layerOf } from '../../data/filter.ts';
import type { FrontierFeature } from '../../data/schema.ts';
import { safeHttpUrl } from '../../data/validate.ts';
import { type FrontierSide, ON_FRONTIER_KM, SIDE_NAMED_FROM_KM } from '../../geo/frontier-side.ts';
import { featureText } from '../../i18n/feature-text.ts';
import { renderLocal } from '../../i18n/render.ts';
import type { Translator } from '../../i18n/translate.ts';
import { createLayerIcon } from '../../map/kind-style.ts';

/** Where the frontier is from a feature, in km, and on which side (null: unknown). */
export interface PanelDistance {
  km: number;
  side: FrontierSide | null;
}

export interface PanelModel {
  feature: FrontierFeature;
  i18n: Translator;
  /** Distance to the frontier and side; absent without a point or a frontier. */
  distance?: PanelDistance | undefined;
  /** Distances from a talks venue to both capitals. */
  capitals?: { kabulKm: number; islamabadKm: number } | undefined;
  onClose: () => void;
  /** On narrow screens the panel is a bottom sheet: half open, or expanded to show everything. */
  sheet?: { expanded: boolean; onToggle: (expanded: boolean) => void } | undefined;
}

/** "≈ 86 km inside Afghanistan", "≈ 0.4 km from the frontier", "on the frontier" in the map's language. */
export function distanceText(i18n: Translator, { km, side }: PanelDistance): string {
  if (km < ON_FRONTIER_KM) return i18n.t('distance.onFrontier');
  if (km < SIDE_NAMED_FROM_KM || side === null) return i18n.t('distance.fromFrontier', km);
  return i18n.t('distance.inside', km, side);
}

/** How far (px) the handle must be dragged to expand, fold or (from folded) close the sheet. */
const DRAG_PX = 40;

/**
 * The bottom sheet's handle: a button that expands and folds it, and a drag target: up expands,
 * down folds, down again closes.
 */
function renderSheetHandle(
  i18n: Translator,
  sheet: NonNullable<PanelModel['sheet']>,
  onClose: () => void,
): TemplateResult {
  let startY: number | null = null;
  let dragged = false;
  const down = (event: PointerEvent) => {
    startY = event.clientY;
    dragged = false;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
  };
  const up = (event: PointerEvent) => {
    if (startY === null) return;
    const dy = event.clientY - startY;
    startY = null;
    if (Math.abs(dy) < DRAG_PX) return;
    dragged = true;
    if (dy < 0) sheet.onToggle(true);
    else if (sheet.expanded) sheet.onToggle(false);
    else onClose();
  };
  const click = () => {
    if (!dragged) sheet.onToggle(!sheet.expanded);
    dragged = false;
  };
  return html`<button type="button" class="panel-handle" aria-expanded=${sheet.expanded ? 'true' : 'false'}
    aria-label=${i18n.t(sheet.expanded ? 'panel.collapse' : 'panel.expand')}
    @pointerdown=${down} @pointerup=${up} @pointercancel=${() => {
      startY = null;
    }} @click=${click}><span aria-hidden="true"></span></button>`;
}

export function renderFeaturePanel({
  feature,
  i18n,
  distance,
  capitals,
  onClose,
  sheet,
}: PanelModel): TemplateResult {
  const p = feature.properties;
  const title = featureText(p, 'title', i18n.lang);
  const description = featureText(p, 'description', i18n.lang);
  const sources = (p.sources ?? []).filter((source) => safeHttpUrl(source.url));
  const within = p.uncertaintyKm ? i18n.t('panel.within', p.uncertaintyKm) : '';
  const sheetClass = sheet ? (sheet.expanded ? 'is-sheet is-expanded' : 'is-sheet') : 'is-side';
  return html`<section class="panel ${sheetClass}" part="panel" aria-live="polite">${sheet ? renderSheetHandle(i18n, sheet, onClose) : nothing}<article class="panel-body" aria-labelledby="panel-title">
    <header class="panel-header">
      ${createLayerIcon(layerOf(feature), 20, p.color)}
      <div>
        <p class="panel-kind">${renderLocal(i18n.local(`kind.${p.kind}`))}${
          p.date ? html` · <time datetime=${p.date}>${i18n.dates.span(p.date, p.dateEnd)}</time>` : nothing
        }</p>
        <h2 id="panel-title" class="panel-title" tabindex="-1" lang=${title?.htmlLang ?? 'en'} dir=${title?.dir ?? 'auto'}>${title?.text ?? ''}</h2>
      </div>
      <button class="panel-close" type="button" aria-label=${i18n.t('panel.close')} @click=${onClose}>×</button>
    </header>
    <dl class="panel-facts">
      ${p.place ? html`<dt>${i18n.t('panel.place')}</dt><dd><bdi>${p.place}</bdi>${p.country ? ` (${p.country})` : ''}</dd>` : nothing}
      ${
        p.precision
          ? html`<dt>${i18n.t('panel.location')}</dt><dd>${renderLocal(i18n.local(`precision.${p.precision}`))}${within}</dd>`
          : nothing
      }
      ${distance ? html`<dt>${i18n.t('panel.frontier')}</dt><dd class="panel-distance">${distanceText(i18n, distance)}</dd>` : nothing}
      ${
        capitals
          ? html`<dt>${i18n.t('panel.capitals')}</dt><dd class="panel-venue">${i18n.t('distance.capitals', capitals.kabulKm, capitals.islamabadKm)}</dd>`
          : nothing
      }
      ${p.actor ? html`<dt>${i18n.t('panel.actor')}</dt><dd><bdi>${p.actor}</bdi></dd>` : nothing}
    </dl>
    ${
      description
        ? html`<p class="panel-description" lang=${description.htmlLang} dir=${description.dir}>${description.text}</p>`
        : nothing
    }
    ${
      p.claims?.length
        ? html`<h3>${i18n.t('panel.claims')}</h3>
            <ul class="panel-claims">
              ${p.claims.map((claim) => html`<li dir="auto"><strong>${claim.by}:</strong> ${claim.claim}</li>`)}
            </ul>`
        : nothing
    }
    ${
      sources.length
        ? html`<h3>${i18n.t('panel.sources')}</h3>
            <ol class="panel-sources">
              ${sources.map(
                (source) =>
                  html`<li>
                    <a href=${safeHttpUrl(source.url) ?? ''} target="_blank" rel="noopener noreferrer" lang="en" dir="auto">${source.publisher}</a>${
                      source.date
                        ? html` <span class="source-date" dir="ltr">(${source.dateApprox ? '~' : ''}${source.date})</span>`
                        : nothing
                    }
                  </li>`,
              )}
            </ol>`
        : nothing
    }
  </article></section>`;
}
