/**
 * What lies over the map, as the map view asks for it: the legend (fits keep the features clear of
 * it, beside it or below it) and, on paper, the insets and credits in the map's corners (names and
 * numbers are kept clear of them all).
 */
import type { MapViewOptions } from '../map/map-view.ts';

/** The legend, and on paper the insets and credits over the map's corners. */
const COVERING = '[part="legend"], .print-insets, .print-credits';

export function overlaysOver(
  root: HTMLElement | DocumentFragment,
  container: HTMLElement,
): Pick<MapViewOptions, 'rightInset' | 'topInset' | 'covered'> {
  const legend = () => root.querySelector<HTMLElement>('[part="legend"]');
  return {
    rightInset: () => legend()?.offsetWidth ?? 0,
    topInset: () => (legend()?.getBoundingClientRect().bottom ?? 0) - container.getBoundingClientRect().top,
    covered: () => [...root.querySelectorAll(COVERING)].map((part) => part.getBoundingClientRect()),
  };
}
