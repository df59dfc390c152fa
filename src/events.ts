/**
 * The element's public events: bubbling, composed, prefixed `frontier-` so they never collide with
 * native ones. Typed classes, so listeners get a typed `detail`.
 */
import type { FrontierFeature } from './data/schema.ts';
import type { ViewState } from './data/view-state.ts';

export interface FrontierSelectDetail {
  feature: FrontierFeature;
}
export interface FrontierErrorDetail {
  /** Which source: a layer name, a URL, or `default`. */
  source: string;
  message: string;
  /** Index of the rejected feature within its source, when one feature was rejected. */
  featureIndex?: number;
}
export interface FrontierViewChangeDetail {
  state: ViewState;
}

const init = { bubbles: true, composed: true } as const;

/** The map and its default data are on screen. */
export class FrontierReadyEvent extends Event {
  static readonly type = 'frontier-ready';
  constructor() {
    super(FrontierReadyEvent.type, init);
  }
}

/** A feature was chosen by click, keyboard or the event list. `preventDefault()` keeps the panel closed. */
export class FrontierSelectEvent extends CustomEvent<FrontierSelectDetail> {
  static readonly type = 'frontier-select';
  constructor(feature: FrontierFeature) {
    super(FrontierSelectEvent.type, { ...init, cancelable: true, detail: { feature } });
  }
}

/** One problem: a source that failed to load, or one feature that was rejected. */
export class FrontierErrorEvent extends CustomEvent<FrontierErrorDetail> {
  static readonly type = 'frontier-error';
  constructor(detail: FrontierErrorDetail) {
    super(FrontierErrorEvent.type, { ...init, detail });
  }
}

/** Centre, zoom, layers, time window or selected event changed; the detail holds the whole state. */
export class FrontierViewChangeEvent extends CustomEvent<FrontierViewChangeDetail> {
  static readonly type = 'frontier-view-change';
  constructor(state: ViewState) {
    super(FrontierViewChangeEvent.type, { ...init, detail: { state } });
  }
}

/** The set of loaded features changed (a source loaded, failed or was removed). */
export class FrontierFeaturesChangeEvent extends Event {
  static readonly type = 'frontier-features-change';
  constructor() {
    super(FrontierFeaturesChangeEvent.type, init);
  }
}

export interface FrontierTimeChangeDetail {
  /** First day of the window, or null for an open start. */
  from: string | null;
  /** Last day of the window, or null for an open end. */
  to: string | null;
  /** More changes follow (a handle is being dragged, playback runs); a final one with `false` ends it. */
  transient: boolean;
}

/**
 * `<frontier-timeline>` moved its window. Bubbles, but stays inside the shadow root it is rendered in:
 * `<frontier-map>` turns it into its `from`/`to` and reports `frontier-view-change` to the page.
 */
export class FrontierTimeChangeEvent extends CustomEvent<FrontierTimeChangeDetail> {
  static readonly type = 'frontier-time-change';
  constructor(detail: FrontierTimeChangeDetail) {
    super(FrontierTimeChangeEvent.type, { bubbles: true, composed: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'frontier-ready': FrontierReadyEvent;
    'frontier-select': FrontierSelectEvent;
    'frontier-error': FrontierErrorEvent;
    'frontier-view-change': FrontierViewChangeEvent;
    'frontier-features-change': FrontierFeaturesChangeEvent;
    'frontier-time-change': FrontierTimeChangeEvent;
  }
}
