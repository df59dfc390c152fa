/**
 * Which renderer draws the point features, by how many points there are. Decided on everything
 * loaded (not on the time window), so that moving the window never swaps renderers under the reader.
 *
 * Limits measured by `npm run bench` in headless Chromium (software raster, 2 cores, 1200×800);
 * see bench/RESULTS.md, section "Scale":
 * - MARKER_LIMIT: keyboard-focusable DOM markers (an SVG icon each, plus uncertainty circles) stay
 *   under ~0.5 s to first draw and keep pan/zoom frames within budget up to about 1,000 points; at
 *   2,000 a zoom costs several dropped frames as every marker is repositioned.
 * - CLUSTER_LIMIT: the batched canvas redraws all points in view after each pan or zoom; that one
 *   frame stays within budget up to about 15,000 points and passes 30 ms by 50,000, so beyond the
 *   limit points are clustered (supercluster) and only a few hundred items are ever drawn.
 */

/** How the points are drawn. */
export type RendererMode = 'markers' | 'canvas' | 'clusters';

/** The `renderer` attribute: a mode, or `auto` to choose by count. */
export type RendererPreference = 'auto' | RendererMode;

/** At or above this many points, the batched canvas replaces DOM markers. */
export const MARKER_LIMIT = 1_000;

/** At or above this many points, points are clustered. */
export const CLUSTER_LIMIT = 15_000;

const MODES: readonly string[] = ['markers', 'canvas', 'clusters'];

/** Reads a `renderer` attribute value; anything unknown means `auto`. */
export const parseRendererPreference = (value: string | null | undefined): RendererPreference =>
  value && MODES.includes(value) ? (value as RendererMode) : 'auto';

/**
 * @example
 * chooseRenderer(110);              // 'markers'
 * chooseRenderer(5_000);            // 'canvas'
 * chooseRenderer(100_000);          // 'clusters'
 * chooseRenderer(100_000, 'canvas'); // 'canvas'
 */
export function chooseRenderer(points: number, preference: RendererPreference = 'auto'): RendererMode {
  if (preference !== 'auto') return preference;
  if (points >= CLUSTER_LIMIT) return 'clusters';
  return points >= MARKER_LIMIT ? 'canvas' : 'markers';
}
