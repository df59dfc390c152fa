/** The legend: one row per layer with its icon, an on/off switch and the count in the time window. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeatureLayerName, LayerName } from '../../data/schema.ts';
import { BUFFERS_LABEL, createLayerIcon, FRONTIER_LABEL, LAYER_STYLE } from '../../map/kind-style.ts';

export interface LegendRow {
  layer: LayerName;
  count?: number;
}

export interface LegendModel {
  rows: LegendRow[];
  shown: ReadonlySet<LayerName>;
  /** e.g. "2,657 km as drawn (OSM 10 m, simplified 0.001°)" */
  frontierNote?: string;
  pressNote?: string;
  interactive: boolean;
  /** Name of a user's own frontier line, in place of the Durand Line's label. */
  frontierLabel?: string | undefined;
  onToggle: (layer: LayerName, on: boolean) => void;
}

const icon = (layer: LayerName) => {
  if (layer === 'frontier') return html`<span class="swatch swatch-frontier" aria-hidden="true"></span>`;
  if (layer === 'buffers') return html`<span class="swatch swatch-buffers" aria-hidden="true"></span>`;
  return createLayerIcon(layer as FeatureLayerName, 18);
};

const label = (layer: LayerName, frontierLabel?: string) =>
  layer === 'frontier'
    ? (frontierLabel ?? FRONTIER_LABEL)
    : layer === 'buffers'
      ? BUFFERS_LABEL
      : LAYER_STYLE[layer].label;

export function renderLegend(model: LegendModel): TemplateResult {
  return html`<ul class="legend-rows">
      ${model.rows.map(({ layer, count }) => {
        const on = model.shown.has(layer);
        const content = html`${icon(layer)}<span class="legend-label">${label(layer, model.frontierLabel)}</span>${
          count === undefined
            ? nothing
            : html`<span class="legend-count">${count.toLocaleString('en-GB')}</span>`
        }`;
        return html`<li class="legend-row ${on ? '' : 'is-off'}" data-layer=${layer}>
          ${
            model.interactive
              ? html`<label
                  ><input
                    type="checkbox"
                    .checked=${on}
                    @change=${(event: Event) => model.onToggle(layer, (event.target as HTMLInputElement).checked)}
                  />${content}</label
                >`
              : html`<span class="legend-static">${content}</span>`
          }
        </li>`;
      })}
    </ul>
    ${model.frontierNote ? html`<p class="legend-note">${model.frontierNote}</p>` : nothing}
    ${model.pressNote ? html`<p class="legend-note">${model.pressNote}</p>` : nothing}`;
}
