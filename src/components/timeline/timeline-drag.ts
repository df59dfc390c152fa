/**
 * Pointer dragging on `<frontier-timeline>`'s track: a handle; the whole window, grabbed inside it;
 * or, pressed anywhere else, the nearer handle jumps there and follows. One pointer at a time,
 * captured so the drag survives leaving the track. The window is reported as transient while the
 * pointer is down and once more, final, when it comes up.
 */
import { addDays, type DateRange, type DayScale, daysBetween } from '../../data/time-bins.ts';
import { dragWindow, type Handle, withHandleAt } from '../../data/time-window.ts';

/** What a drag needs from the timeline, read at the moment it is needed. */
export interface DragTarget {
  scale(): DayScale | null;
  window(): DateRange | null;
  extent(): DateRange | null;
  interactive(): boolean;
  setWindow(range: DateRange, transient: boolean): void;
  /** A drag starts: playback stops, and keyboard focus goes to the handle being moved. */
  grab(handle: Handle): void;
}

interface Drag {
  mode: Handle | 'band';
  pointerId: number;
  originDay: string;
  origin: DateRange;
}

/** Pixels inside each end of the window that still grab a handle rather than the whole window. */
const HANDLE_SLOP = 4;

export class TimelineDrag {
  private drag: Drag | null = null;

  constructor(private readonly target: DragTarget) {}

  readonly down = (event: PointerEvent): void => {
    const { target } = this;
    const scale = target.scale();
    const window = target.window();
    const extent = target.extent();
    if (!target.interactive() || !scale || !window || !extent || event.button !== 0) return;
    const track = event.currentTarget as HTMLElement;
    const x = event.clientX - track.getBoundingClientRect().left;
    const handle = (event.target as Element).closest<HTMLElement>('[data-handle]')?.dataset.handle as
      | Handle
      | undefined;
    const left = scale.x(window.from);
    const right = scale.x(addDays(window.to, 1));
    const whole = window.from === extent.from && window.to === extent.to;
    let mode: Drag['mode'];
    if (handle) mode = handle;
    else if (!whole && x > left + HANDLE_SLOP && x < right - HANDLE_SLOP) mode = 'band';
    else mode = Math.abs(x - left) <= Math.abs(x - right) ? 'from' : 'to';
    event.preventDefault();
    track.setPointerCapture(event.pointerId);
    this.drag = { mode, pointerId: event.pointerId, originDay: scale.dayAt(x), origin: window };
    target.grab(mode === 'band' ? 'from' : mode);
    if (mode !== 'band' && !handle) target.setWindow(withHandleAt(window, mode, scale.dayAt(x)), true);
  };

  readonly move = (event: PointerEvent): void => {
    const drag = this.drag;
    const scale = this.target.scale();
    const window = this.target.window();
    const extent = this.target.extent();
    if (!drag || drag.pointerId !== event.pointerId || !scale || !window || !extent) return;
    const x = event.clientX - (event.currentTarget as HTMLElement).getBoundingClientRect().left;
    if (drag.mode === 'band') {
      const days = daysBetween(drag.originDay, scale.dayAt(x));
      this.target.setWindow(dragWindow(drag.origin, days, extent), true);
      return;
    }
    // A handle sits on a day boundary: the start on the left edge of its day, the end on the right.
    const half = scale.pxPerDay / 2;
    const day = drag.mode === 'from' ? scale.dayAt(x + half) : scale.dayAt(x - half);
    this.target.setWindow(withHandleAt(window, drag.mode, day), true);
  };

  readonly up = (event: PointerEvent): void => {
    if (!this.drag || this.drag.pointerId !== event.pointerId) return;
    this.drag = null;
    const window = this.target.window();
    if (window) this.target.setWindow(window, false);
  };
}
