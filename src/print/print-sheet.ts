/**
 * What a printed sheet or an exported image carries besides map, legend and sources: a locator
 * inset (where the frame lies in the region), the places shown but beyond the frame (talk venues
 * abroad) with arrows, distances and directions, and the credits — how recent the data is, the
 * event data's licence, the place names' source. Drawn as DOM over the map's bottom corners, so the
 * PDF keeps them as vector text and `snapshot()` paints them like the rest.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Translator } from '../i18n/translate.ts';
import type { Locator } from './locator.ts';
import type { Compass, FarPlace } from './story-frame.ts';

export interface SheetExtras {
  far: readonly FarPlace[];
  locator: Locator | null;
  /** `yyyy-mm-dd` of the latest source, or null. */
  dataAsOf: string | null;
  /** Place names from GeoNames are drawn. */
  placeNames: boolean;
  i18n: Translator;
  /** On screen while an image is made: placed over the map box `[left, top, width, height]` in px. */
  exportBox?: readonly [number, number, number, number] | undefined;
}

const ARROWS: Record<Compass, string> = {
  N: '↑',
  NE: '↗',
  E: '→',
  SE: '↘',
  S: '↓',
  SW: '↙',
  W: '←',
  NW: '↖',
};

/** The credit lines: data date, event data licence, place names. */
export function creditsOf({ dataAsOf, placeNames, i18n }: SheetExtras): string[] {
  const lines: string[] = [];
  if (dataAsOf) lines.push(i18n.t('print.dataAsOf', i18n.dates.long(dataAsOf)));
  lines.push(i18n.t('print.eventLicence'));
  if (placeNames) lines.push(i18n.t('print.placeNames'));
  return lines;
}

function renderLocator(locator: Locator, i18n: Translator): TemplateResult {
  const { width, height, paths, frame } = locator;
  return html`<svg class="locator" role="img" aria-label=${i18n.t('print.locator')}
    viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
    ${paths.map((d) => svg`<path class="locator-land" d=${d}></path>`)}
    ${svg`<path class="locator-frame" d="M${frame.x.toFixed(1)},${frame.y.toFixed(1)}h${frame.width.toFixed(1)}v${frame.height.toFixed(1)}h${(-frame.width).toFixed(1)}Z"></path>`}
  </svg>`;
}

/** The insets and credits; nothing on screen unless an image is being made. */
export function renderSheetExtras(extras: SheetExtras): TemplateResult {
  const { far, locator, i18n, exportBox } = extras;
  // Set through the CSSOM (styleMap), which a strict Content-Security-Policy allows.
  const style = styleMap(
    exportBox
      ? {
          '--export-left': `${exportBox[0]}px`,
          '--export-top': `${exportBox[1]}px`,
          '--export-width': `${exportBox[2]}px`,
          '--export-height': `${exportBox[3]}px`,
        }
      : {},
  );
  const exporting = exportBox ? 'is-exporting' : '';
  return html`${
    locator || far.length
      ? html`<div class="print-insets ${exporting}" style=${style}>
          ${locator ? renderLocator(locator, i18n) : nothing}
          ${
            far.length
              ? html`<div class="far-off">
                  <p class="far-off-title">${i18n.t('print.farOff')}</p>
                  <ul>
                    ${far.map(
                      (place) =>
                        html`<li><span class="far-arrow" aria-hidden="true">${ARROWS[place.direction]}</span> ${i18n.t(
                          'print.farPlace',
                          place.name,
                          place.km,
                          place.direction,
                        )}</li>`,
                    )}
                  </ul>
                </div>`
              : nothing
          }
        </div>`
      : nothing
  }
    <p class="print-credits ${exporting}" style=${style}>${creditsOf(extras).join(' · ')}</p>`;
}
