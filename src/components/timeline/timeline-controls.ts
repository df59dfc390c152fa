/**
 * The HTML parts of `<frontier-timeline>`: the row above the chart (play, the window in words, the
 * key to the axis markers, zoom and reset) and the two handles, which are ARIA sliders whose values
 * screen readers hear as dates.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDateSpan } from '../../data/format-date.ts';
import { type DateRange, daysBetween, formatLongDate } from '../../data/time-bins.ts';
import type { Handle } from '../../data/time-window.ts';
import { styleProps } from '../style-props.ts';

export interface BarModel {
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
  const { window, count, interactive, playing, zoomed, whole, compact } = model;
  return html`<div class="bar-row">
    ${
      interactive
        ? html`<button type="button" class="play" aria-label=${playing ? 'Pause' : 'Play'} @click=${model.onPlay}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">${playing ? PAUSE_ICON : PLAY_ICON}</svg>
          </button>`
        : nothing
    }
    <p class="summary" aria-live=${playing ? 'off' : 'polite'}>
      <strong>${formatDateSpan(window.from, window.to)}</strong> · ${count === 1 ? '1 event' : `${count.toLocaleString('en-GB')} events`}
    </p>
    ${
      compact
        ? nothing
        : html`<span class="key" aria-hidden="true">
      <span><svg width="10" height="10" viewBox="0 0 10 10" class="marker"><path d="M5 0l5 5-5 5-5-5z"></path></svg>
        ceasefire</span>
      <span><svg width="10" height="10" viewBox="0 0 10 10" class="marker"><circle cx="5" cy="5" r="3.5"></circle></svg>
        talks</span>
    </span>`
    }
    ${
      interactive
        ? html`<button type="button" class="zoom" aria-pressed=${zoomed ? 'true' : 'false'}
              aria-label="Zoom to window" ?disabled=${whole && !zoomed} @click=${model.onZoom}
              >${compact ? 'Zoom' : 'Zoom to window'}</button>
            <button type="button" class="reset" aria-label="All dates" ?disabled=${whole} @click=${model.onReset}
              >${compact ? 'All' : 'All dates'}</button>`
        : nothing
    }
  </div>`;
}

export interface HandleModel {
  handle: Handle;
  window: DateRange;
  extent: DateRange;
  /** Position on the track, px. */
  x: number;
  onKeyDown: (event: KeyboardEvent) => void;
  onKeyUp: () => void;
}

/** A handle: values are days since the first event, read out as dates (`aria-valuetext`). */
export function renderHandle({ handle, window, extent, x, onKeyDown, onKeyUp }: HandleModel): TemplateResult {
  const value = window[handle];
  const [min, max] = handle === 'from' ? [extent.from, window.to] : [window.from, extent.to];
  return html`<div
    class="handle"
    data-handle=${handle}
    role="slider"
    tabindex="0"
    aria-label=${handle === 'from' ? 'Start of time window' : 'End of time window'}
    aria-orientation="horizontal"
    aria-valuemin=${daysBetween(extent.from, min)}
    aria-valuemax=${daysBetween(extent.from, max)}
    aria-valuenow=${daysBetween(extent.from, value)}
    aria-valuetext=${formatLongDate(value)}
    style=${styleProps({ left: `${x}px` })}
    @keydown=${onKeyDown}
    @keyup=${onKeyUp}
    @blur=${onKeyUp}
  ></div>`;
}
