/**
 * The HTML parts of `<frontier-timeline>`: the row above the chart (play, the window in words, the
 * key to the axis markers, zoom and reset) and the two handles, which are ARIA sliders whose values
 * screen readers hear as dates.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { type DateRange, daysBetween } from '../../data/time-bins.ts';
import type { Handle } from '../../data/time-window.ts';
import type { Translator } from '../../i18n/translate.ts';
import { styleProps } from '../style-props.ts';

export interface BarModel {
  i18n: Translator;
  window: DateRange;
  /** Events in the window on the layers shown. */
  count: number;
  interactive: boolean;
  playing: boolean;
  zoomed: boolean;
  /** The window is the whole period. */
  whole: boolean;
  /** Little room: no key, short button labels (their accessible names stay whole). */
  compact: boolean;
  onPlay: () => void;
  onZoom: () => void;
  onReset: () => void;
}

const PLAY_ICON = svg`<path d="M2 1l9 5-9 5z" fill="currentColor"></path>`;
const PAUSE_ICON = svg`<path d="M2 1h3v10H2zM7 1h3v10H7z" fill="currentColor"></path>`;

export function renderTimelineBar(model: BarModel): TemplateResult {
  const { i18n, window, count, interactive, playing, zoomed, whole, compact } = model;
  return html`<div class="bar-row">
    ${
      interactive
        ? html`<button type="button" class="play" aria-label=${i18n.t(playing ? 'timeline.pause' : 'timeline.play')} @click=${model.onPlay}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">${playing ? PAUSE_ICON : PLAY_ICON}</svg>
          </button>`
        : nothing
    }
    <p class="summary" aria-live=${playing ? 'off' : 'polite'}>
      <strong>${i18n.dates.span(window.from, window.to)}</strong> · ${i18n.t('timeline.eventCount', count)}
    </p>
    ${
      compact
        ? nothing
        : html`<span class="key" aria-hidden="true">
      <span><svg width="10" height="10" viewBox="0 0 10 10" class="marker"><path d="M5 0l5 5-5 5-5-5z"></path></svg>
        ${i18n.t('timeline.keyCeasefire')}</span>
      <span><svg width="10" height="10" viewBox="0 0 10 10" class="marker"><circle cx="5" cy="5" r="3.5"></circle></svg>
        ${i18n.t('timeline.keyTalks')}</span>
    </span>`
    }
    ${
      interactive
        ? html`<button type="button" class="zoom" aria-pressed=${zoomed ? 'true' : 'false'}
              aria-label=${i18n.t('timeline.zoomToWindow')} ?disabled=${whole && !zoomed} @click=${model.onZoom}
              >${i18n.t(compact ? 'timeline.zoomShort' : 'timeline.zoomToWindow')}</button>
            <button type="button" class="reset" aria-label=${i18n.t('timeline.allDates')} ?disabled=${whole}
              @click=${model.onReset}>${i18n.t(compact ? 'timeline.allShort' : 'timeline.allDates')}</button>`
        : nothing
    }
  </div>`;
}

export interface HandleModel {
  i18n: Translator;
  handle: Handle;
  window: DateRange;
  extent: DateRange;
  /** Position on the track, px. */
  x: number;
  onKeyDown: (event: KeyboardEvent) => void;
  onKeyUp: () => void;
}

/** A handle: values are days since the first event, read out as dates (`aria-valuetext`). */
export function renderHandle({
  i18n,
  handle,
  window,
  extent,
  x,
  onKeyDown,
  onKeyUp,
}: HandleModel): TemplateResult {
  const value = window[handle];
  const [min, max] = handle === 'from' ? [extent.from, window.to] : [window.from, extent.to];
  return html`<div
    class="handle"
    data-handle=${handle}
    role="slider"
    tabindex="0"
    aria-label=${i18n.t(handle === 'from' ? 'timeline.start' : 'timeline.end')}
    aria-orientation="horizontal"
    aria-valuemin=${daysBetween(extent.from, min)}
    aria-valuemax=${daysBetween(extent.from, max)}
    aria-valuenow=${daysBetween(extent.from, value)}
    aria-valuetext=${i18n.dates.long(value)}
    style=${styleProps({ left: `${x}px` })}
    @keydown=${onKeyDown}
    @keyup=${onKeyUp}
    @blur=${onKeyUp}
  ></div>`;
}
