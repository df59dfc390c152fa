/**
 * Cooperative gestures for a map embedded in a page that scrolls: the wheel scrolls the page and one
 * finger scrolls it on touch screens; Ctrl/⌘ + wheel or two fingers move the map. A short hint says
 * so — on a wheel turn or a one-finger drag, never on a tap. Off in full screen, and off where the
 * map is the page (the full-page viewer says `cooperative="off"`).
 */

export interface CooperativeGestureOptions {
  /** True while gestures should cooperate with the page (asked at every gesture). */
  active: () => boolean;
  /** The hints in the map's language (English when absent). */
  words?: { ctrlZoom: string; cmdZoom: string; twoFingers: string };
}

const ENGLISH = {
  ctrlZoom: 'Use Ctrl + scroll to zoom the map',
  cmdZoom: 'Use ⌘ + scroll to zoom the map',
  twoFingers: 'Use two fingers to move the map',
};

/** How long the hint stays after the last gesture that needed it. */
const HINT_MS = 1500;
/** A finger that moved this far (px) is dragging, not tapping. */
const DRAG_PX = 10;

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Whether gestures cooperate: the `cooperative` attribute (`on`/empty or `off`), else `auto`: on in an
 * iframe and on a page that scrolls. Never in full screen, where the map is all there is.
 */
export function cooperativeActive(setting: string | null, fullscreen: boolean, embedded: boolean): boolean {
  if (fullscreen || setting === 'off' || setting === 'false') return false;
  if (setting !== null && setting !== 'auto') return true;
  return embedded;
}

/** True while `element` is in full screen, by the Fullscreen API or by covering the window. */
export function isFullscreen(element: HTMLElement): boolean {
  return document.fullscreenElement === element || element.hasAttribute('pseudo-fullscreen');
}

/** True in an iframe or on a page that scrolls: where a map should not swallow the page's gestures. */
export function pageIsAround(): boolean {
  let framed = false;
  try {
    framed = window.self !== window.top;
  } catch {
    framed = true;
  }
  return framed || documentScrolls();
}

/** Installs the capture-phase filters on the map container; returns the function that removes them. */
export function cooperativeGestures(container: HTMLElement, options: CooperativeGestureOptions): () => void {
  const words = options.words ?? ENGLISH;
  const hintElement = document.createElement('div');
  hintElement.className = 'frontier-gesture-hint';
  hintElement.setAttribute('aria-hidden', 'true');
  container.append(hintElement);
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  let touchStart: { x: number; y: number; hinted: boolean } | null = null;
  const hint = (text: string) => {
    hintElement.textContent = text;
    hintElement.classList.add('is-visible');
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => hintElement.classList.remove('is-visible'), HINT_MS);
  };
  // The CSS gives one finger to the page (touch-action) only while this class is on.
  const follow = () => container.classList.toggle('frontier-cooperative', options.active());
  follow();
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey || !options.active()) return;
    // Leaflet listens in the bubble phase: stopping here leaves the default, the page scroll.
    event.stopPropagation();
    hint(isMac() ? words.cmdZoom : words.ctrlZoom);
  };
  const onTouchStart = (event: TouchEvent) => {
    follow();
    const touch = event.touches[0];
    touchStart =
      event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY, hinted: false } : null;
    if (touchStart && options.active()) event.stopPropagation();
  };
  const onTouchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (!touchStart || touchStart.hinted || event.touches.length !== 1 || !touch || !options.active()) return;
    if (Math.hypot(touch.clientX - touchStart.x, touch.clientY - touchStart.y) < DRAG_PX) return;
    touchStart.hinted = true;
    hint(words.twoFingers);
  };
  const onTouchEnd = () => {
    touchStart = null;
  };
  document.addEventListener('fullscreenchange', follow);
  container.addEventListener('wheel', onWheel, { capture: true, passive: true });
  container.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  container.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });
  container.addEventListener('touchend', onTouchEnd, { capture: true, passive: true });
  return () => {
    clearTimeout(hintTimer);
    hintElement.remove();
    document.removeEventListener('fullscreenchange', follow);
    container.removeEventListener('wheel', onWheel, { capture: true });
    container.removeEventListener('touchstart', onTouchStart, { capture: true });
    container.removeEventListener('touchmove', onTouchMove, { capture: true });
    container.removeEventListener('touchend', onTouchEnd, { capture: true });
    container.classList.remove('frontier-cooperative');
  };
}

/** True when the document is taller or wider than the window, so a wheel over the map may mean "scroll". */
export function documentScrolls(): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  return root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1;
}
