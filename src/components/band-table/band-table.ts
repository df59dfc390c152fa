/**
 * "How many strikes hit within 25 km of the border?": events per distance band along the frontier,
 * per side, with the kinds spelled out. Follows the time window and the layer switches.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeatureKind } from '../../data/schema.ts';
import type { BandCounts } from '../../geo/count-in-bands.ts';
import { KIND_LABEL } from '../../map/kind-style.ts';

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

const kinds = (counts: Map<string, number>) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${KIND_LABEL[kind as FeatureKind] ?? kind} ${n}`)
    .join(' · ');

export interface BandTableOptions {
  /** "the Durand Line", or the name of a user's own frontier. */
  lineName: string;
  /** Split counts by side (known for the Afghanistan–Pakistan frontier only). */
  sides: boolean;
}

export function renderBandTable(
  counts: BandCounts | null,
  { lineName, sides }: BandTableOptions,
): TemplateResult | typeof nothing {
  if (!counts) return nothing;
  const all = (band: BandCounts['bands'][number]) => {
    const merged = new Map<string, number>();
    for (const side of Object.values(band.bySide)) {
      for (const [kind, n] of side) merged.set(kind, (merged.get(kind) ?? 0) + n);
    }
    return merged;
  };
  return html`<table class="band-table">
    <caption>
      Events by distance from ${lineName}
    </caption>
    <thead>
      <tr>
        <th scope="col">Band</th>
        ${
          sides
            ? html`<th scope="col">Afghan side</th>
                <th scope="col">Pakistani side</th>`
            : html`<th scope="col">Events</th>`
        }
      </tr>
    </thead>
    <tbody>
      ${counts.bands.map(
        (band, index) => html`<tr class="band-row band-${Math.min(index, 3)}" data-to-km=${band.toKm}>
          <th scope="row">${band.fromKm}–${band.toKm} km</th>
          ${
            sides
              ? html`<td title=${kinds(band.bySide.AFG)}>${sum(band.bySide.AFG)}</td>
                  <td title=${kinds(band.bySide.PAK)}>${sum(band.bySide.PAK)}</td>`
              : html`<td title=${kinds(all(band))}>${band.total}</td>`
          }
        </tr>`,
      )}
      <tr class="band-beyond">
        <th scope="row">farther</th>
        <td colspan=${sides ? 2 : 1}>${counts.beyond}</td>
      </tr>
    </tbody>
  </table>
  <ul class="band-kinds">
    ${counts.bands
      .filter((band) => band.total > 0)
      .map((band) => html`<li>${band.fromKm}–${band.toKm} km: ${kinds(all(band))}</li>`)}
  </ul>`;
}
