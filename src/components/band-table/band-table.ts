/**
 * "How many strikes hit within 25 km of the border?": events per distance band along the frontier,
 * per side, with the kinds spelled out. Follows the time window and the layer switches.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeatureKind } from '../../data/schema.ts';
import type { BandCounts } from '../../geo/count-in-bands.ts';
import type { Translator } from '../../i18n/translate.ts';

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

export interface BandTableOptions {
  i18n: Translator;
  /** The name of a user's own frontier; the Durand Line's when absent. */
  lineName?: string | undefined;
  /** Split counts by side (known for the Afghanistan–Pakistan frontier only). */
  sides: boolean;
}

export function renderBandTable(
  counts: BandCounts | null,
  { i18n, lineName, sides }: BandTableOptions,
): TemplateResult | typeof nothing {
  if (!counts) return nothing;
  const number = (n: number) => i18n.format.number(n);
  const kinds = (byKind: Map<string, number>) =>
    [...byKind]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => i18n.t('band.kindCount', i18n.t(`kind.${kind as FeatureKind}`), n))
      .join(' · ');
  const range = (band: BandCounts['bands'][number]) => i18n.t('band.range', band.fromKm, band.toKm);
  const all = (band: BandCounts['bands'][number]) => {
    const merged = new Map<string, number>();
    for (const side of Object.values(band.bySide)) {
      for (const [kind, n] of side) merged.set(kind, (merged.get(kind) ?? 0) + n);
    }
    return merged;
  };
  return html`<table class="band-table">
    <caption>
      ${i18n.t('band.caption', lineName ?? i18n.t('band.durandLine'))}
    </caption>
    <thead>
      <tr>
        <th scope="col">${i18n.t('band.band')}</th>
        ${
          sides
            ? html`<th scope="col">${i18n.t('band.afghanSide')}</th>
                <th scope="col">${i18n.t('band.pakistaniSide')}</th>`
            : html`<th scope="col">${i18n.t('band.events')}</th>`
        }
      </tr>
    </thead>
    <tbody>
      ${counts.bands.map(
        (band, index) => html`<tr class="band-row band-${Math.min(index, 3)}" data-to-km=${band.toKm}>
          <th scope="row">${range(band)}</th>
          ${
            sides
              ? html`<td title=${kinds(band.bySide.AFG)}>${number(sum(band.bySide.AFG))}</td>
                  <td title=${kinds(band.bySide.PAK)}>${number(sum(band.bySide.PAK))}</td>`
              : html`<td title=${kinds(all(band))}>${number(band.total)}</td>`
          }
        </tr>`,
      )}
      <tr class="band-beyond">
        <th scope="row">${i18n.t('band.farther')}</th>
        <td colspan=${sides ? 2 : 1}>${number(counts.beyond)}</td>
      </tr>
    </tbody>
  </table>
  <ul class="band-kinds">
    ${counts.bands
      .filter((band) => band.total > 0)
      .map((band) => html`<li>${range(band)}: ${kinds(all(band))}</li>`)}
  </ul>`;
}
