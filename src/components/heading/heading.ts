/**
 * The heading of a map: its title and the time it covers ("Events 9 Oct 2025 – 7 Apr 2026", or the
 * chosen window). Shown in static pictures and print; `snapshot()` paints the same model.
 */
import { html, type TemplateResult } from 'lit';
import type { MapState } from '../../data/map-state.ts';
import { TimeIndex } from '../../data/time-index.ts';
import type { Translator } from '../../i18n/translate.ts';

export interface HeadingModel {
  title: string;
  /** The window chosen, else the span of the dated features; empty when neither. */
  subtitle: string;
  /** A time window is set (static pictures show the timeline only then). */
  windowed: boolean;
}

const windowText = (i18n: Translator, from: string | undefined, to: string | undefined): string => {
  if (from && to) return i18n.dates.span(from, to);
  if (from) return i18n.t('map.from', i18n.dates.span(from));
  if (to) return i18n.t('map.until', i18n.dates.span(to));
  return '';
};

/** The heading for a map state; `title` is the `heading` attribute, else the default in the language. */
export function headingModel(title: string | null, state: MapState, i18n: Translator): HeadingModel {
  const heading = title ?? i18n.t('map.heading');
  const window = windowText(i18n, state.window.from, state.window.to);
  if (window) return { title: heading, subtitle: i18n.t('map.events', window), windowed: true };
  // The extent comes with the shared time index, built once per feature list.
  const extent = TimeIndex.of(state.features).dateExtent;
  const span = extent ? i18n.dates.span(extent[0], extent[1]) : '';
  return { title: heading, subtitle: span ? i18n.t('map.events', span) : '', windowed: false };
}

export function renderHeading(model: HeadingModel): TemplateResult {
  return html`<header class="heading">
    <h1>${model.title}</h1>
    <p>${model.subtitle}</p>
  </header>`;
}
