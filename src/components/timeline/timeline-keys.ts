/**
 * The keyboard on `<frontier-timeline>`'s handles: arrows, Page keys, Home and End move a handle
 * (a held key is one change, reported as transient until the key comes up); Space plays or pauses.
 */
import type { DateRange } from '../../data/time-bins.ts';
import { type Handle, keyTarget, withHandleAt } from '../../data/time-window.ts';

/** What the keys need from the timeline, read at the moment they are needed. */
export interface KeyTarget {
  window(): DateRange | null;
  extent(): DateRange | null;
  setWindow(range: DateRange, transient: boolean): void;
  togglePlay(): void;
  pause(): void;
}

export class TimelineKeys {
  private held = false;

  constructor(private readonly target: KeyTarget) {}

  down(event: KeyboardEvent, handle: Handle): void {
    const window = this.target.window();
    const extent = this.target.extent();
    if (!window || !extent) return;
    if (event.key === ' ') {
      event.preventDefault();
      if (!event.repeat) this.target.togglePlay();
      return;
    }
    const next = keyTarget(event.key, handle, window, extent);
    if (!next) return;
    event.preventDefault();
    this.target.pause();
    this.held = true;
    this.target.setWindow(withHandleAt(window, handle, next), true);
  }

  up(): void {
    if (!this.held) return;
    this.held = false;
    const window = this.target.window();
    if (window) this.target.setWindow(window, false);
  }
}
