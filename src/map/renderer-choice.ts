/**
 * Which renderer draws the point features, by how many points there are. Decided on everything
 * loaded (not on the time window), so that moving the window never swaps renderers under the reader.
 *
 * The limits were measured with `npm run bench` (bench/scale.mjs forces each renderer across sizes) in
 * headless Chromium with software rendering on 2 cores, 1200×800, over the same scripted pans and
 * zooms; the figures are in bench/RESULTS.md, section "Scale". The empty map's frame p95 is 16.8 ms.
 * - MARKER_LIMIT: DOM markers (an SVG icon each, keyboard-focusable, plus uncertainty circles) hold
 *   that p95 at 110 to 200 points in some runs and not in others (33 ms); at 300 it is 33 ms, at 1,000
 *   100–117 ms, as every marker is moved and repainted on each zoom. The canvas keeps 16.8 ms at 300.
 * - CLUSTER_LIMIT: the canvas redraws every point after each pan or zoom (its `redraw()` timed in the
 *   test browser: 7 ms at 5,000 points, 19 ms at 15,000, 56 ms at 50,000; its p95: 16.8 ms up to
 *   15,000, 33 ms at 50,000). Clusters redraw in 2–5 ms whatever the count (p95 16.8 ms from 6,000 to
 *   100,000), so from the point where a canvas redraw outgrows half a frame, points are clustered.
 */

import type { FrontierFeature } from '../data/schema.ts';

/** How the points are drawn. */
export type RendererMode = 'markers' | 'canvas' | 'clusters';

/** The `renderer` attribute: a mode, or `auto` to choose by count. */
export type RendererPreference = 'auto' | RendererMode;

/** At or above this many points, the batched canvas replaces DOM markers. */
export const MARKER_LIMIT = 150;

/** At or above this many points, points are clustered. */
export const CLUSTER_LIMIT = 6_000;

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

/** Number of point positions among the features (what the renderer choice counts). */
export function countPoints(features: readonly FrontierFeature[]): number {
  let count = 0;
  for (const { geometry } of features) {
    if (geometry?.type === 'Point') count++;
    else if (geometry?.type === 'MultiPoint') count += geometry.coordinates.length;
  }
  return count;
}
