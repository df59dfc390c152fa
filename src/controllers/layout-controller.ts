/**
 * How `<frontier-map>` lays itself out for the room it has and the hand that uses it: its width class
 * (a bottom sheet for details below 900 px, a side panel beside the map above), whether the legend
 * starts folded (below 700 px wide or 420 px high: phones and small embeds), whether the bottom sheet
 * is expanded, and where keyboard focus goes when details open and close (into the panel's heading;
 * back to what had it, usually the marker, on Escape or close).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this element width (px) the legend starts folded. */
export const LEGEND_OPEN_FROM_WIDTH = 700;
/** Below this element height (px) too: a small embed keeps its map for the data. */
export const LEGEND_OPEN_FROM_HEIGHT = 420;
/** From this element width (px) the details are a side panel beside the map, below it a bottom sheet. */
export const SIDE_PANEL_FROM_WIDTH = 900;

type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly selected: string | null;
    select(id: string | null): boolean;
    whenIdle(): Promise<void>;
  };

/** With fingers the legend's rows are 44 px high: below this width (px) it starts folded. */
export const LEGEND_OPEN_FROM_WIDTH_COARSE = 1100;
/** The most of the map (as a share of its area) the open legend may cover when it opens by itself. */
export const LEGEND_MAX_COVER = 0.15;

/** Whether the legend starts open in an element of this size, used with fingers (`coarse`) or not. */
export function legendStartsOpen(width: number, height: number, coarse = false): boolean {
  const minWidth = coarse ? LEGEND_OPEN_FROM_WIDTH_COARSE : LEGEND_OPEN_FROM_WIDTH;
  return width >= minWidth && height >= LEGEND_OPEN_FROM_HEIGHT;
}

const coarsePointer = () => globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;

export class LayoutController implements ReactiveController {
  /** The element's size; 0 × 0 until first measured. */
  width = 0;
  height = 0;
  /** Every source has loaded or failed once: counts say something from then on. */
  settled = false;
  /** The bottom sheet shows all the details (phones). */
  sheetExpanded = false;
  private legendChoice: boolean | null = null;
  /** Measured once the data is in: open, the legend would cover more than LEGEND_MAX_COVER. */
  private legendTooBig = false;
  private legendMeasured = false;
  private returnFocus: HTMLElement | null = null;
  private focusPanel = false;
  private pointerDown: { x: number; y: number } | null = null;
  private readonly observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const { width, height } = entry.contentRect;
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.host.requestUpdate();
  });

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('pointerdown', this.onPointerDown);
    this.host.addEventListener('click', this.onClick);
    void this.host.whenIdle().then(() => {
      this.settled = true;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('pointerdown', this.onPointerDown);
    this.host.removeEventListener('click', this.onClick);
  }

  /** Details beside the map rather than over it. */
  get sidePanel(): boolean {
    return this.width >= SIDE_PANEL_FROM_WIDTH;
  }

  /** The legend is open: the reader's last choice, else by the element's size. */
  get legendOpen(): boolean {
    if (this.legendChoice !== null) return this.legendChoice;
    return (
      !this.legendTooBig && (this.width === 0 || legendStartsOpen(this.width, this.height, coarsePointer()))
    );
  }

  /** The `<details>` of the legend was toggled (by the reader, or by us to the same state). */
  legendToggled(open: boolean): void {
    if (open !== this.legendOpen) this.legendChoice = open;
  }

  toggleSheet(expanded = !this.sheetExpanded): void {
    this.sheetExpanded = expanded;
    this.host.requestUpdate();
  }

  /**
   * A feature is about to be chosen. When focus is inside the element (a marker activated with the
   * keyboard or a click), remember where, and move focus into the details once they render.
   */
  beforeSelect(id: string | null): void {
    if (id === null) return;
    this.sheetExpanded = false;
    const active = this.deepActive();
    if (!active) return;
    this.returnFocus = active;
    this.focusPanel = true;
  }

  hostUpdated(): void {
    this.measureLegend();
    if (!this.focusPanel) return;
    const title = this.host.renderRoot.querySelector<HTMLElement>('.panel-title');
    if (!title) return;
    this.focusPanel = false;
    // Never scroll the page to it: the panel is on screen where the map is.
    title.focus({ preventScroll: true });
  }

  /** Closes the details and gives focus back to where it was before they opened. */
  close(): void {
    const id = this.host.selected;
    const target = this.returnFocus;
    this.returnFocus = null;
    this.focusPanel = false;
    this.host.select(null);
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      const marker = id ? root.querySelector<HTMLElement>(`[data-feature-id="${CSS.escape(id)}"]`) : null;
      const back = target?.isConnected ? target : (marker ?? root.querySelector<HTMLElement>('.map'));
      back?.focus({ preventScroll: true });
    });
  }

  /**
   * Once the data is in, an open legend that the reader did not open must leave the data room: when
   * it covers more than LEGEND_MAX_COVER of the map (long translations, many layers), it folds.
   */
  private measureLegend(): void {
    if (this.legendMeasured || !this.settled || this.legendChoice !== null || !this.legendOpen) return;
    // The details beside the map narrow it for a while: judge the legend against the whole map.
    if (this.sidePanel && this.host.selected) return;
    const root = this.host.renderRoot;
    const legend = root.querySelector<HTMLElement>('.legend[open]')?.getBoundingClientRect();
    const map = root.querySelector<HTMLElement>('.map')?.getBoundingClientRect();
    if (!legend || !map || map.width * map.height === 0) return;
    this.legendMeasured = true;
    if ((legend.width * legend.height) / (map.width * map.height) <= LEGEND_MAX_COVER) return;
    this.legendTooBig = true;
    this.host.requestUpdate();
  }

  /** The focused element inside our shadow root, if focus is inside the element at all. */
  private deepActive(): HTMLElement | null {
    const root = this.host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    return active instanceof HTMLElement ? active : null;
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.host.selected || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    this.pointerDown = { x: event.clientX, y: event.clientY };
  };

  /** A tap on the bare map (not a marker, control or drag) closes the bottom sheet. */
  private readonly onClick = (event: MouseEvent) => {
    const start = this.pointerDown;
    this.pointerDown = null;
    if (this.sidePanel || !this.host.selected || !start) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > 6) return;
    const path = event.composedPath();
    const onMap = path.some((node) => node instanceof HTMLElement && node.classList.contains('map'));
    const onSomething = path.some(
      (node) =>
        node instanceof Element &&
        (node.matches(
          '.leaflet-interactive, .leaflet-marker-icon, .leaflet-control, [role="button"], button, a',
        ) ||
          node.classList.contains('panel')),
    );
    if (onMap && !onSomething) this.close();
  };
}
