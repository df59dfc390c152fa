import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { FrontierFeature, LayerName } from '../../data/schema.ts';
import { DEFAULT_LAYERS } from '../../data/schema.ts';
import {
  addDays,
  clampDate,
  type DateRange,
  dayScale,
  earlierDate,
  laterDate,
} from '../../data/time-bins.ts';
import { TimeIndex } from '../../data/time-index.ts';
import { type Handle, zoomAround } from '../../data/time-window.ts';
import { FrontierTimeChangeEvent } from '../../events.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { timelineStyles } from './frontier-timeline.styles.ts';
import { renderTimelineChart } from './timeline-chart.ts';
import { renderHandle, renderTimelineBar } from './timeline-controls.ts';
import { TimelineData } from './timeline-data.ts';
import { TimelineDrag } from './timeline-drag.ts';
import { TimelineKeys } from './timeline-keys.ts';
import { TimelinePlayback } from './timeline-playback.ts';
import { localTicks } from './timeline-ticks.ts';

/** Feature lists at least this long are charted a task after they arrive (see scheduleUpdate). */
const DEFER_FEATURES = 10_000;
/** Room at each end of the axis so the handles can be grabbed. */
const PAD = 8;

/**
 * @tagname frontier-timeline
 * `<frontier-timeline>`: events per day as a histogram stacked by layer, a two-handle range that
 * selects the time window, ceasefires and talks marked on the axis, and playback that moves the
 * window a day at a time. `<frontier-map>` shows one under the map; it can stand alone too.
 *
 * Keyboard on a handle: arrows move it a day, Page Up/Page Down a week, Home/End to the limit;
 * Space plays or pauses. Each event counts once, on its first day.
 *
 * @fires frontier-time-change - The window moved; `detail: { from, to, transient }` (`null` ends are open).
 *
 * @cssprop --frontier-timeline-height - Height of the timeline (88px).
 * @cssprop --frontier-timeline-bg - Background.
 * @cssprop --frontier-color-strikes - Colour of air strikes (likewise the other layers).
 */
export class FrontierTimelineElement extends LitElement {
  static override styles = timelineStyles;

  static override properties = {
    features: { attribute: false },
    layers: { attribute: false },
    from: { type: String, reflect: true },
    to: { type: String, reflect: true },
    playIntervalMs: { type: Number, attribute: 'play-interval-ms' },
    static: { type: Boolean, reflect: true },
    loading: { type: Boolean },
    playing: { type: Boolean, reflect: true },
    zoomed: { type: Boolean, reflect: true },
    // Reactive, so that a map changing its language re-renders the timeline inside it.
    lang: { type: String, reflect: true },
  };

  /** The features to chart; only dated events count. */
  declare features: readonly FrontierFeature[];
  /** Layers whose events are counted (the map's visible layers). */
  declare layers: readonly LayerName[];
  /** First day of the window (ISO date); null: from the first event. */
  declare from: string | null;
  /** Last day of the window (ISO date); null: to the last event. */
  declare to: string | null;
  /** Milliseconds per day of playback. */
  declare playIntervalMs: number;
  /** Show the window without controls (print, snapshots). */
  declare static: boolean;
  /** The map's sources are still loading: say so rather than "no dated events". */
  declare loading: boolean;
  /** True while playback runs (read it; use `play()`/`pause()` to change it). */
  declare playing: boolean;
  /** The axis spans the window (with some margin) instead of the whole period. */
  declare zoomed: boolean;
  /** Width of the track in px, measured before the first render and on every resize. */
  private width = 0;

  private readonly playback = new TimelinePlayback(this);
  /** The timeline's language: its `lang` (the map sets it), else the closest ancestor's. */
  private readonly locale = new LocaleController(this);
  private readonly keys = new TimelineKeys({
    window: () => this.window,
    extent: () => this.extent,
    setWindow: (range, transient) => this.setWindow(range, transient),
    togglePlay: () => this.playback.toggle(),
    pause: () => this.playback.pause(),
  });
  private zoomRange: DateRange | null = null;
  private readonly data = new TimelineData();
  private readonly resizeObserver = new ResizeObserver(() => {
    this.measure();
    this.requestUpdate();
  });
  private readonly drag = new TimelineDrag({
    scale: () => this.scale(),
    window: () => this.window,
    extent: () => this.extent,
    interactive: () => !this.static,
    setWindow: (range, transient) => this.setWindow(range, transient),
    grab: (handle) => {
      this.pause();
      this.renderRoot.querySelector<HTMLElement>(`.handle[data-handle="${handle}"]`)?.focus();
    },
  });

  constructor() {
    super();
    this.features = [];
    this.layers = DEFAULT_LAYERS;
    this.from = null;
    this.to = null;
    this.playIntervalMs = 600;
    this.static = false;
    this.loading = false;
    this.playing = false;
    this.zoomed = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  /** The track is as wide as the host's content box (the host has no borders at the sides). */
  private measure(): void {
    const style = getComputedStyle(this);
    this.width = Math.max(
      0,
      this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    );
  }

  /** First and last day of the events. */
  get extent(): DateRange | null {
    const extent = TimeIndex.of(this.features).eventExtent;
    return extent ? { from: extent[0], to: extent[1] } : null;
  }

  /** The window with open ends filled in from the extent. */
  get window(): DateRange | null {
    const extent = this.extent;
    if (!extent) return null;
    const from = clampDate(this.from ?? extent.from, extent.from, extent.to);
    const to = clampDate(this.to ?? extent.to, extent.from, extent.to);
    return { from: earlierDate(from, to), to: laterDate(from, to) };
  }

  /** Starts playback: from the start with a week-long window, or on from the current one. */
  play(): void {
    this.playback.play();
  }

  /** Stops playback where it is. */
  pause(): void {
    this.playback.pause();
  }

  /** Moves the window one day later, keeping its length; false (and playback stops) at the end. */
  step(): boolean {
    return this.playback.step();
  }

  /** Playback's move of the window (see `setWindow`). @internal */
  moveWindow(range: DateRange, transient: boolean): void {
    this.setWindow(range, transient);
  }

  /**
   * Sets the window and reports it. An end that does not move keeps its value (an open end stays
   * open, a date beyond the data stays as given); `open` clears both ends (all dates).
   */
  private setWindow(range: DateRange, transient: boolean, open = false): void {
    const current = this.window!;
    const from = open ? null : range.from === current.from ? this.from : range.from;
    const to = open ? null : range.to === current.to ? this.to : range.to;
    const changed = from !== this.from || to !== this.to;
    this.from = from;
    this.to = to;
    if (!changed && transient) return;
    const event = new FrontierTimeChangeEvent({ from, to, transient });
    this.dispatchEvent(event);
  }

  /** The axis range: the whole period, or when zoomed a range around the window that follows it. */
  private get domain(): DateRange | null {
    const extent = this.extent;
    const window = this.window;
    if (!extent || !window || !this.zoomed) return extent;
    if (!this.zoomRange || window.from < this.zoomRange.from || window.to > this.zoomRange.to) {
      this.zoomRange = zoomAround(window, extent);
    }
    return this.zoomRange;
  }

  private scale() {
    const domain = this.domain;
    return domain ? dayScale(domain.from, domain.to, PAD, Math.max(1, this.width - 2 * PAD)) : null;
  }

  /**
   * A new list of many features is charted a task later: the map and legend that arrive with it are
   * drawn first, and the page can paint and answer input in between (at 100,000 events the first
   * chart takes ~70 ms, which would otherwise lengthen one long task).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    // As the map does: no English first while the language's translation loads.
    if (this.locale.pending) await this.locale.ready;
    if (this.features.length >= DEFER_FEATURES && !this.data.has(this.features)) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('static') && this.static) this.pause();
    // Measured before the first render, so the first picture already has its bars (snapshots).
    if (!this.hasUpdated) this.measure();
  }

  protected override render() {
    const i18n = this.locale.i18n;
    const extent = this.extent;
    const window = this.window;
    const scale = this.scale();
    if (!extent || !window) {
      const text = i18n.t(this.loading ? 'timeline.loading' : 'timeline.empty');
      return html`<p class="empty" role="status">${text}</p><div class="track"></div>`;
    }
    const whole = window.from === extent.from && window.to === extent.to;
    const { bins, markers: allMarkers } = this.data.of(this.features, this.layers);
    const domain = this.domain!;
    const inDomain = (date: string) => date >= domain.from && date <= domain.to;
    const markers = allMarkers.filter((group) => inDomain(group.date));
    const interactive = !this.static;
    const drawn = scale && this.width > 0;
    const handle = (which: Handle, x: number) =>
      renderHandle({
        i18n,
        handle: which,
        window,
        extent,
        x,
        onKeyDown: (event) => this.keys.down(event, which),
        onKeyUp: () => this.keys.up(),
      });
    return html`${renderTimelineBar({
      i18n,
      window,
      count: TimeIndex.of(this.features).countEvents(window, this.layers),
      interactive,
      playing: this.playing,
      zoomed: this.zoomed,
      whole,
      compact: this.width > 0 && this.width < 560,
      onPlay: () => this.playback.toggle(),
      onZoom: () => {
        this.zoomRange = null;
        this.zoomed = !this.zoomed;
      },
      onReset: () => this.setWindow(extent, false, true),
    })}
      <div class="track" dir="ltr" @pointerdown=${this.drag.down} @pointermove=${this.drag.move}
        @pointerup=${this.drag.up} @pointercancel=${this.drag.up}>
        ${
          drawn
            ? renderTimelineChart(
                {
                  i18n,
                  scale,
                  width: this.width,
                  bins: bins.filter((bin) => inDomain(bin.date)),
                  ticks: localTicks(i18n, domain.from, domain.to, this.width - 2 * PAD),
                  markers,
                  window,
                  whole,
                },
                bins.reduce((most, bin) => Math.max(most, bin.total), 1),
              )
            : nothing
        }
        ${
          drawn && interactive
            ? [
                handle('from', Math.max(PAD, scale.x(window.from))),
                handle('to', Math.min(this.width - PAD, scale.x(addDays(window.to, 1)))),
              ]
            : nothing
        }
      </div>`;
  }
}
