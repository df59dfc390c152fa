/**
 * "How many strikes hit within 25 km of the border?": events per distance band along the frontier,
 * per side, with the kinds spelled out. Follows the time window and the layer switches.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeatureKind } from '../data/schema.ts';
import type { BandCounts } from '../geo/count-in-bands.ts';
import { KIND_LABEL } from '../map/kind-style.ts';

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

const kinds = (counts: Map<string, number>) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${KIND_LABEL[kind as FeatureKind] ?? kind} ${n}`)
    .join(' · ');

export function renderBandTable(counts: BandCounts | null): TemplateResult | typeof nothing {
  if (!counts) return nothing;
  return html`<table class="band-table">
    <caption>
      Events by distance from the Durand Line
    </caption>
    <thead>
      <tr>
        <th scope="col">Band</th>
        <th scope="col">Afghan side</th>
        <th scope="col">Pakistani side</th>
      </tr>
    </thead>
    <tbody>
      ${counts.bands.map(
        (band, index) => html`<tr class="band-row band-${Math.min(index, 3)}" data-to-km=${band.toKm}>
          <th scope="row">${band.fromKm}–${band.toKm} km</th>
          <td title=${kinds(band.bySide.AFG)}>${sum(band.bySide.AFG)}</td>
          <td title=${kinds(band.bySide.PAK)}>${sum(band.bySide.PAK)}</td>
        </tr>`,
      )}
      <tr class="band-beyond">
        <th scope="row">farther</th>
        <td colspan="2">${counts.beyond}</td>
      </tr>
    </tbody>
  </table>
  <ul class="band-kinds">
    ${counts.bands
      .filter((band) => band.total > 0)
      .map((band) => {
        const all = new Map<string, number>();
        for (const side of Object.values(band.bySide)) {
          for (const [kind, n] of side) all.set(kind, (all.get(kind) ?? 0) + n);
        }
        return html`<li>${band.fromKm}–${band.toKm} km: ${kinds(all)}</li>`;
      })}
  </ul>`;
}
