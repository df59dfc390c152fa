/**
 * How a cluster looks and reads: a ring split by layer in the layers' colours (so a cluster of
 * mostly air strikes looks red even before its count is read), the count in the middle, and an
 * accessible name that lists the layers. Built with DOM calls; every text is a text node.
 */
import type { FeatureLayerName } from '../data/schema.ts';
import { FEATURE_LAYERS } from '../data/time-index.ts';
import { LAYER_STYLE } from './kind-style.ts';

/** One arc of a cluster's ring: a layer's share, from `start` (0–1, clockwise from the top). */
export interface RingSegment {
  layer: FeatureLayerName;
  start: number;
  share: number;
}

/** Arcs per layer, in legend order; layers without points are left out. `counts` is by FEATURE_LAYERS index. */
export function ringSegments(counts: ArrayLike<number>): RingSegment[] {
  let total = 0;
  for (let i = 0; i < FEATURE_LAYERS.length; i++) total += counts[i] ?? 0;
  const segments: RingSegment[] = [];
  if (total === 0) return segments;
  let start = 0;
  FEATURE_LAYERS.forEach((layer, i) => {
    const count = counts[i] ?? 0;
    if (count === 0) return;
    segments.push({ layer, start, share: count / total });
    start += count / total;
  });
  return segments;
}

/** The layer with most points (the first in legend order on a tie), or null when empty. */
export function dominantLayer(counts: ArrayLike<number>): FeatureLayerName | null {
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < FEATURE_LAYERS.length; i++) {
    if ((counts[i] ?? 0) > bestCount) {
      best = i;
      bestCount = counts[i]!;
    }
  }
  return best < 0 ? null : FEATURE_LAYERS[best]!;
}

/** "7", "999", "1.2k", "12k", "120k". */
export function abbreviateCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.floor(count / 1000)}k`;
}

/** Diameter in px: grows with the order of magnitude of the count. */
export const clusterDiameter = (count: number): number => Math.round(28 + 7 * Math.log10(Math.max(count, 1)));

// One formatter, not one per call: clusters are relabelled on every time-window change.
const numberFormat = new Intl.NumberFormat('en-GB');
const number = (value: number) => numberFormat.format(value);

/** "1,234 events: Air strikes 600, Militant attacks 400, … Press Enter to zoom in." */
export function describeCluster(count: number, counts: ArrayLike<number>): string {
  const parts = [...ringSegments(counts)]
    .map((segment) => ({ segment, count: counts[FEATURE_LAYERS.indexOf(segment.layer)]! }))
    .sort((a, b) => b.count - a.count)
    .map(({ segment, count }) => `${LAYER_STYLE[segment.layer].label} ${number(count)}`);
  return `${number(count)} events: ${parts.join(', ')}. Press Enter to zoom in.`;
}

/** A cluster as the canvas draws it: position in canvas px, count and points per layer. */
export interface ClusterGlyph {
  x: number;
  y: number;
  count: number;
  counts: ArrayLike<number>;
}

/**
 * Draws a cluster: a white disc, a ring split by layer in the layers' colours, and the count.
 * On the canvas, not in the DOM: a few hundred DOM rings, each its own composited layer, cost more
 * to rasterise on every pan and zoom than the whole canvas does.
 */
export function drawCluster(
  context: CanvasRenderingContext2D,
  { x, y, count, counts }: ClusterGlyph,
  colorOf: (layer: FeatureLayerName) => string,
): void {
  const diameter = clusterDiameter(count);
  const ring = Math.max(5, Math.round(diameter * 0.2));
  const radius = diameter / 2;
  // A soft edge from two plain discs: canvas shadows blur, and blurring is slow in software.
  context.beginPath();
  context.arc(x, y + 0.5, radius + 2.5, 0, 2 * Math.PI);
  context.fillStyle = 'rgba(0, 0, 0, 0.18)';
  context.fill();
  context.beginPath();
  context.arc(x, y, radius + 1.5, 0, 2 * Math.PI);
  context.fillStyle = '#fff';
  context.fill();
  context.lineWidth = ring;
  for (const { layer, start, share } of ringSegments(counts)) {
    const from = -Math.PI / 2 + start * 2 * Math.PI;
    context.beginPath();
    context.arc(x, y, radius - ring / 2, from, from + share * 2 * Math.PI);
    context.strokeStyle = colorOf(layer);
    context.stroke();
  }
  context.fillStyle = '#1d2330';
  context.font = `600 ${Math.max(10, Math.round(diameter * 0.28))}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(abbreviateCount(count), x, y + 0.5);
}
