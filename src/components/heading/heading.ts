/**
 * The heading of a map: its title and the time it covers ("Events 9 Oct 2025 – 7 Apr 2026", or the
 * chosen window). Shown in static pictures and print; `snapshot()` paints the same model.
 */
import { html, type TemplateResult } from 'lit';
import { formatDateSpan } from '../../data/format-date.ts';
import type { MapState } from '../../data/map-state.ts';
import { TimeIndex } from '../../data/time-index.ts';

export interface HeadingModel {
  title: string;
  /** The window chosen, else the span of the dated features; empty when neither. */
  subtitle: string;
  /** A time window is set (static pictures show the timeline only then). */
  windowed: boolean;
}

const windowText = (from: string | undefined, to: string | undefined): string => {
  if (from && to) return formatDateSpan(from, to);
  if (from) return `from ${formatDateSpan(from)}`;
  if (to) return `until ${formatDateSpan(to)}`;
  return '';
};

export function headingModel(title: string, state: MapState): HeadingModel {
  const window = windowText(state.window.from, state.window.to);
  if (window) return { title, subtitle: `Events ${window}`, windowed: true };
  // The extent comes with the shared time index, built once per feature list.
  const extent = TimeIndex.of(state.features).dateExtent;
  return { title, subtitle: extent ? `Events ${formatDateSpan(extent[0], extent[1])}` : '', windowed: false };
}

export function renderHeading(model: HeadingModel): TemplateResult {
  return html`<header class="heading">
    <h1>${model.title}</h1>
    <p>${model.subtitle}</p>
  </header>`;
}
