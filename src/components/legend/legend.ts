/** The legend: one row per layer with its icon, an on/off switch and the count in the time window. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeatureLayerName, LayerName } from '../../data/schema.ts';
import { renderLocal } from '../../i18n/render.ts';
import { createLayerIcon } from '../../map/kind-style.ts';
import type { LegendModel } from './legend-model.ts';

const icon = (layer: LayerName) => {
  if (layer === 'frontier') return html`<span class="swatch swatch-frontier" aria-hidden="true"></span>`;
  if (layer === 'buffers') return html`<span class="swatch swatch-buffers" aria-hidden="true"></span>`;
  return createLayerIcon(layer as FeatureLayerName, 18);
};

export interface LegendOptions {
  /** Switches to turn layers on and off (none in static pictures). */
  interactive: boolean;
  onToggle: (layer: LayerName, on: boolean) => void;
  /** Summary of the folded notes ("Notes"). */
  notesLabel: string;
  /** Unfold the notes (print and static pictures: nothing to click there). */
  notesOpen?: boolean;
}

/** The legend's box: a `<details>` the reader folds, its summary saying how many events and sites show. */
export interface LegendBoxOptions extends LegendOptions {
  open: boolean;
  /** "78 events · 35 sites", or nothing while loading. */
  counts: string | null;
  onOpenChange: (open: boolean) => void;
  /** Shown under the rows (the band table). */
  extra: unknown;
}

export function renderLegendBox(model: LegendModel, options: LegendBoxOptions): TemplateResult {
  return html`<details class="legend" part="legend" ?open=${options.open}
    @toggle=${(event: Event) => options.onOpenChange((event.target as HTMLDetailsElement).open)}>
    <summary><span class="legend-title">${model.title}</span>${
      options.counts ? html` <span class="legend-counts">${options.counts}</span>` : nothing
    }</summary>
    ${renderLegend(model, options)}
    ${options.extra}
  </details>`;
}

export function renderLegend(model: LegendModel, options: LegendOptions): TemplateResult {
  return html`<ul class="legend-rows">
      ${model.rows.map(({ layer, label, countText, on }) => {
        const content = html`${icon(layer)}<span class="legend-label">${renderLocal(label)}</span>${
          countText === undefined ? nothing : html`<span class="legend-count">${countText}</span>`
        }`;
        return html`<li class="legend-row ${on ? '' : 'is-off'}" data-layer=${layer}>
          ${
            options.interactive
              ? html`<label
                  ><input
                    type="checkbox"
                    .checked=${on}
                    @change=${(event: Event) => options.onToggle(layer, (event.target as HTMLInputElement).checked)}
                  />${content}</label
                >`
              : html`<span class="legend-static">${content}</span>`
          }
        </li>`;
      })}
    </ul>
    ${model.uncertainty ? html`<p class="legend-key"><span class="swatch swatch-uncertainty" aria-hidden="true"></span>${model.uncertainty}</p>` : nothing}
    ${
      // The notes on the line's length are folded: the legend keeps its room small over the map.
      model.notes.length
        ? html`<details class="legend-more" ?open=${options.notesOpen ?? false}><summary>${options.notesLabel}</summary>
            ${model.notes.map((note) => html`<p class="legend-note">${note}</p>`)}</details>`
        : nothing
    }`;
}
