/**
 * What the point canvas draws besides the points: the uncertainty circles of the few points in view,
 * beneath them, and the selected point, large and haloed, above everything.
 */
import type { FeatureLayerName } from '../data/schema.ts';
import type { Sprite } from './point-sprites.ts';
import type { PointTable } from './point-table.ts';

const AREA_PRECISIONS = new Set(['town', 'district', 'province']);
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;

/**
 * Circles of `uncertaintyKm` around the given rows located to a town or wider, under what is already
 * painted. `scale` is pixels per Web Mercator unit at the drawn zoom; the context is in CSS px.
 */
export function drawUncertainty(
  context: CanvasRenderingContext2D,
  table: PointTable,
  rows: readonly number[],
  toCanvas: (row: number) => [number, number],
  scale: number,
  colorOf: (layer: FeatureLayerName) => string,
): void {
  // In CSS px (the context is scaled by the pixel ratio).
  const largest = Math.min(context.canvas.width, context.canvas.height) / context.getTransform().a / 4;
  context.globalCompositeOperation = 'destination-over';
  context.lineWidth = 1;
  for (const row of rows) {
    const { precision, uncertaintyKm } = table.features[table.featureOf[row]!]!.properties;
    if (!precision || !AREA_PRECISIONS.has(precision) || !uncertaintyKm) continue;
    const metresPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((table.lat[row]! * Math.PI) / 180)) / scale;
    const radius = (uncertaintyKm * 1000) / metresPerPixel;
    // Too small to see, or so large it would wash over the view and tell nothing.
    if (radius < 4 || radius > largest) continue;
    const [cx, cy] = toCanvas(row);
    const { layer, color } = table.styles[table.style[row]!]!;
    context.beginPath();
    context.arc(cx, cy, radius, 0, 2 * Math.PI);
    context.strokeStyle = color ?? colorOf(layer);
    context.fillStyle = context.strokeStyle;
    context.globalAlpha = 0.45;
    context.stroke();
    context.globalAlpha = 0.07;
    context.fill();
  }
  context.globalAlpha = 1;
  context.globalCompositeOperation = 'source-over';
}

/** The selected point: its symbol at `size` CSS px on a white disc with a dark ring. */
export function drawSelected(
  context: CanvasRenderingContext2D,
  [x, y]: [number, number],
  sprite: Sprite,
  size: number,
): void {
  context.beginPath();
  context.arc(x, y, size / 2 + 5, 0, 2 * Math.PI);
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeStyle = '#1d2330';
  context.lineWidth = 2;
  context.fill();
  context.stroke();
  context.drawImage(sprite.canvas, x - size / 2, y - size / 2, size, size);
}
