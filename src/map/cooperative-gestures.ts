/**
 * Cooperative gestures for an embedded map: on a page that scrolls, the wheel scrolls the page and one
 * finger scrolls it on touch screens; Ctrl/⌘ + wheel or two fingers move the map. A short hint says so.
 * On a page that cannot scroll (the map is the page) the map takes every gesture as usual.
 */

export interface CooperativeGestureOptions {
  /** True while the page around the map can scroll. */
  pageScrolls: () => boolean;
}

/** How long the hint stays after the last gesture that needed it. */
const HINT_MS = 1500;

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Installs the capture-phase filters on the map container; returns the function that removes them. */
export function cooperativeGestures(container: HTMLElement, options: CooperativeGestureOptions): () => void {
  const hintElement = document.createElement('div');
  hintElement.className = 'frontier-gesture-hint';
  hintElement.setAttribute('aria-hidden', 'true');
  container.append(hintElement);
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const hint = (text: string) => {
    hintElement.textContent = text;
    hintElement.classList.add('is-visible');
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => hintElement.classList.remove('is-visible'), HINT_MS);
  };
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey || !options.pageScrolls()) return;
    // Leaflet listens in the bubble phase: stopping here leaves the default, the page scroll.
    event.stopPropagation();
    hint(isMac() ? 'Use ⌘ + scroll to zoom the map' : 'Use Ctrl + scroll to zoom the map');
  };
  const onTouchStart = (event: TouchEvent) => {
    if (event.touches.length !== 1 || !options.pageScrolls()) return;
    event.stopPropagation();
    hint('Use two fingers to move the map');
  };
  container.addEventListener('wheel', onWheel, { capture: true, passive: true });
  container.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  const previousTouchAction = container.style.touchAction;
  // Let one finger pan the page; two-finger gestures still reach Leaflet.
  container.style.touchAction = 'pan-x pan-y';
  return () => {
    clearTimeout(hintTimer);
    hintElement.remove();
    container.removeEventListener('wheel', onWheel, { capture: true });
    container.removeEventListener('touchstart', onTouchStart, { capture: true });
    container.style.touchAction = previousTouchAction;
  };
}

/** True when the document is taller or wider than the window, so a wheel over the map may mean "scroll". */
export function documentScrolls(): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  return root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1;
}
