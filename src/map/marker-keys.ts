/**
 * The markers as one tab stop (a roving tabindex): Tab reaches the map's markers once, at the last
 * one focused (else the first), and the arrow keys move to the nearest marker or stack in that
 * direction on screen. Leaflet gives every marker its own tab stop; with a hundred events that is a
 * hundred Tab presses to get past the map.
 */

/** What can take the keyboard among the markers: lone markers and stacks, not those folded away. */
const FOCUSABLE = '.frontier-marker:not(.is-stacked), .frontier-stack';

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export class MarkerKeys {
  private current: HTMLElement | null = null;
  /** Leaflet adds markers (with a tab stop each) whenever it draws them: each batch is taken in hand. */
  private readonly observer = new MutationObserver(() => this.refresh());

  constructor(private readonly pane: HTMLElement) {
    pane.addEventListener('keydown', this.onKeyDown);
    pane.addEventListener('focusin', this.onFocusIn);
    this.observer.observe(pane, { childList: true });
  }

  private candidates(): HTMLElement[] {
    return [...this.pane.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.isConnected);
  }

  /** After markers are drawn or stacked again: one of them keeps tabindex 0, the others -1. */
  refresh(): void {
    const all = this.candidates();
    if (!this.current || !all.includes(this.current)) this.current = all[0] ?? null;
    for (const element of all) element.tabIndex = element === this.current ? 0 : -1;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>(FOCUSABLE);
    if (!target || target === this.current) return;
    this.current = target;
    this.refresh();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const direction = DIRECTIONS[event.key];
    const from = (event.target as HTMLElement).closest<HTMLElement>(FOCUSABLE);
    if (!direction || !from) return;
    // The map would pan on the arrows: here they move between markers instead.
    event.preventDefault();
    event.stopPropagation();
    const next = nearestInDirection(from, this.candidates(), direction);
    if (!next) return;
    this.current = next;
    this.refresh();
    next.focus({ preventScroll: true });
  };

  remove(): void {
    this.observer.disconnect();
    this.pane.removeEventListener('keydown', this.onKeyDown);
    this.pane.removeEventListener('focusin', this.onFocusIn);
  }
}

const centre = (element: Element): [number, number] => {
  const rect = element.getBoundingClientRect();
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
};

/**
 * The candidate nearest to `from` within 45° of `direction` (distance along it counts, distance across
 * it counts double, so a marker straight ahead wins over a nearer one far to the side).
 */
export function nearestInDirection(
  from: Element,
  candidates: readonly Element[],
  [dx, dy]: [number, number],
): HTMLElement | null {
  const [x0, y0] = centre(from);
  let best: HTMLElement | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const [x, y] = centre(candidate);
    const along = (x - x0) * dx + (y - y0) * dy;
    const across = Math.abs((x - x0) * dy - (y - y0) * dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate as HTMLElement;
    }
  }
  return best;
}
