/**
 * Playback of the timeline: the window moves on one day per tick, keeping its length, until the
 * last day; a drag, a key or a click stops it. A reactive controller, so the timer ends with the
 * element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type DateRange, shiftWindow } from '../../data/time-bins.ts';
import { playStart } from '../../data/time-window.ts';

/** What playback needs of its timeline. */
export interface PlaybackHost extends ReactiveControllerHost {
  playing: boolean;
  playIntervalMs: number;
  static: boolean;
  readonly extent: DateRange | null;
  readonly window: DateRange | null;
  /** Sets the window; `transient` while playing, final when playback stops. */
  moveWindow(range: DateRange, transient: boolean): void;
}

export class TimelinePlayback implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: PlaybackHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.host.playing = false;
  }

  /** Starts playback: from the start with a week-long window, or on from the current one. */
  play(): void {
    const { extent, window } = this.host;
    if (!extent || !window || this.host.playing || this.host.static) return;
    this.host.playing = true;
    this.host.moveWindow(playStart(window, extent), true);
    this.timer = setInterval(() => this.step(), this.host.playIntervalMs);
  }

  /** Stops playback where it is. */
  pause(): void {
    if (!this.host.playing) return;
    clearInterval(this.timer);
    this.host.playing = false;
    const window = this.host.window;
    if (window) this.host.moveWindow(window, false);
  }

  /** Moves the window one day later, keeping its length; false (and playback stops) at the end. */
  step(): boolean {
    const { extent, window } = this.host;
    const next = extent && window ? shiftWindow(window, 1, extent) : null;
    if (!next) {
      this.pause();
      return false;
    }
    this.host.moveWindow(next, this.host.playing);
    return true;
  }

  toggle(): void {
    if (this.host.playing) this.pause();
    else this.play();
  }
}
