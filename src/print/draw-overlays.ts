/**
 * What makes a snapshot explain itself, drawn over the map: the heading with the time window, the
 * legend (icons, labels, counts, the frontier's length), the scale and the attribution. Legend and
 * heading are painted from the same models the element renders, so the image says what it says.
 */
import type { HeadingModel } from '../components/heading/heading.ts';
import type { LegendModel, LegendRow } from '../components/legend/legend-model.ts';
import type { FeatureLayerName } from '../data/schema.ts';
import { LAYER_STYLE } from '../map/kind-style.ts';
import { fitText, isShown, type Origin, wrapText } from './canvas-paint.ts';
import { paintTree } from './draw-map.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Colours the element resolves for the legend's icons and swatches (custom properties included). */
export interface LegendColours {
  layer: (layer: FeatureLayerName) => string;
  frontier: string;
}

/** The legend's colours as `element` resolves them, its `--frontier-*` custom properties included. */
export function legendColoursOf(element: Element): LegendColours {
  const style = getComputedStyle(element);
  const resolve = (variable: string, fallback: string) => style.getPropertyValue(variable).trim() || fallback;
  return {
    layer: (layer) => resolve(`--frontier-color-${layer}`, LAYER_STYLE[layer].color),
    frontier: resolve('--frontier-line-color', TEXT),
  };
}

const TEXT = '#1d2330';
const MUTED = '#555';
const PANEL = 'rgba(255, 255, 255, 0.95)';
const PANEL_BORDER = '#9a9385';

/** The viewBox of the layer icons (see `createLayerIcon`). */
const ICON_VIEWBOX = { x: -1, y: -1, size: 26 };

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.2)';
  ctx.shadowBlur = 4;
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, 6);
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = PANEL_BORDER;
  ctx.lineWidth = 0.5;
  ctx.beginPath();
  ctx.roundRect(x + 0.25, y + 0.25, width - 0.5, height - 0.5, 6);
  ctx.stroke();
}

function drawIcon(
  ctx: CanvasRenderingContext2D,
  row: LegendRow,
  colours: LegendColours,
  x: number,
  y: number,
) {
  ctx.save();
  if (row.layer === 'buffers') {
    ctx.fillStyle = 'rgba(244, 162, 97, 0.35)';
    ctx.fillRect(x, y + 2, 16, 12);
    ctx.strokeStyle = '#d08c3a';
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, y + 2.5, 15, 11);
  } else if (row.layer === 'frontier') {
    ctx.strokeStyle = colours.frontier;
    ctx.lineWidth = 3;
    ctx.setLineDash([4, 2]);
    ctx.beginPath();
    ctx.moveTo(x, y + 8);
    ctx.lineTo(x + 16, y + 8);
    ctx.stroke();
  } else {
    const scale = 16 / ICON_VIEWBOX.size;
    ctx.translate(x, y);
    ctx.scale(scale, scale);
    ctx.translate(-ICON_VIEWBOX.x, -ICON_VIEWBOX.y);
    const shape = new Path2D(LAYER_STYLE[row.layer].shape);
    ctx.fillStyle = colours.layer(row.layer);
    ctx.fill(shape);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1.5;
    ctx.stroke(shape);
  }
  ctx.restore();
}

/** The legend as a panel in the top-right corner of `map`; returns its width (0 when empty). */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  model: LegendModel,
  colours: LegendColours,
  map: Rect,
  font: string,
): number {
  // Layers switched off are not in the picture, so not in its legend either.
  const items = model.rows.filter((row) => row.on);
  const notes = model.notes;
  if (items.length === 0) return 0;
  const width = Math.min(300, Math.max(200, map.width * 0.4));
  const pad = 10;
  const rowHeight = 20;
  ctx.font = `11px ${font}`;
  const noteLines = notes.map((note) => wrapText(ctx, note, width - 2 * pad));
  const notesHeight = noteLines.reduce((sum, lines) => sum + lines.length * 14 + 4, 0);
  const keyRows = model.uncertainty ? 1 : 0;
  const height = pad + (items.length + keyRows) * rowHeight + (notes.length ? 4 + notesHeight : 0) + pad - 4;
  const x = map.x + map.width - width - 10;
  const y = map.y + 10;
  panel(ctx, x, y, width, height);
  ctx.textBaseline = 'middle';
  items.forEach((item, index) => {
    const top = y + pad + index * rowHeight;
    drawIcon(ctx, item, colours, x + pad, top + 1);
    ctx.save();
    ctx.fillStyle = TEXT;
    ctx.font = `12.5px ${font}`;
    const countText = item.countText ?? '';
    const countWidth = countText ? ctx.measureText(countText).width + 8 : 0;
    const label = fitText(ctx, item.label.text, width - 2 * pad - 24 - countWidth);
    ctx.fillText(label, x + pad + 24, top + rowHeight / 2);
    ctx.restore();
    const count = item.countText ?? '';
    if (count) {
      ctx.fillStyle = MUTED;
      ctx.font = `12.5px ${font}`;
      ctx.textAlign = 'right';
      ctx.fillText(count, x + width - pad, top + rowHeight / 2);
      ctx.textAlign = 'left';
    }
  });
  if (model.uncertainty)
    drawUncertaintyKey(
      ctx,
      model.uncertainty,
      x + pad,
      y + pad + items.length * rowHeight,
      width - 2 * pad,
      font,
    );
  ctx.font = `11px ${font}`;
  ctx.fillStyle = MUTED;
  ctx.textBaseline = 'top';
  let top = y + pad + (items.length + keyRows) * rowHeight + 4;
  for (const lines of noteLines) {
    for (const line of lines) {
      ctx.fillText(line, x + pad, top);
      top += 14;
    }
    top += 4;
  }
  return width;
}

/** The legend's key of the uncertainty circles: a dashed circle and what it means. */
function drawUncertaintyKey(
  ctx: CanvasRenderingContext2D,
  label: string,
  x: number,
  top: number,
  width: number,
  font: string,
) {
  ctx.save();
  ctx.strokeStyle = '#c62828';
  ctx.lineWidth = 1.5;
  ctx.setLineDash([3, 2]);
  ctx.beginPath();
  ctx.arc(x + 8, top + 10, 7, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.fillStyle = MUTED;
  ctx.font = `11px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fitText(ctx, label, width - 24), x + 24, top + 10);
  ctx.restore();
}

/** Where the element lays out its heading's two lines (static mode, print), in snapshot pixels. */
export interface HeadingLayout {
  x: number;
  width: number;
  /** Vertical centres of the title and subtitle lines' boxes. */
  titleMiddle: number;
  subtitleMiddle: number;
}

/**
 * The heading and time window: where the element lays them out (static mode and print show them
 * above the map), else as a panel in the top-left corner of the map, clear of the legend.
 */
export function drawHeading(
  ctx: CanvasRenderingContext2D,
  model: HeadingModel,
  laidOut: HeadingLayout | null,
  map: Rect,
  legendWidth: number,
  font: string,
): void {
  ctx.textAlign = 'left';
  if (laidOut) {
    // One line each, as the element shows them (its heading does not wrap in a snapshot's width).
    ctx.textBaseline = 'middle';
    ctx.fillStyle = TEXT;
    ctx.font = `600 18px ${font}`;
    ctx.fillText(model.title, laidOut.x, laidOut.titleMiddle, laidOut.width);
    ctx.fillStyle = MUTED;
    ctx.font = `12px ${font}`;
    ctx.fillText(model.subtitle, laidOut.x, laidOut.subtitleMiddle, laidOut.width);
    return;
  }
  const pad = 10;
  const width = Math.max(160, Math.min(520, map.width - legendWidth - 40));
  ctx.font = `600 17px ${font}`;
  const titleLines = wrapText(ctx, model.title, width - 2 * pad);
  const widths = titleLines.map((line) => ctx.measureText(line).width);
  ctx.font = `12px ${font}`;
  const windowLines = model.subtitle ? wrapText(ctx, model.subtitle, width - 2 * pad) : [];
  for (const line of windowLines) widths.push(ctx.measureText(line).width);
  const x = map.x + 10;
  let top = map.y + 10;
  const height = pad + titleLines.length * 22 + windowLines.length * 16 + pad - 2;
  panel(ctx, x, top, Math.ceil(Math.max(...widths)) + 2 * pad, height);
  top += pad;
  ctx.textBaseline = 'top';
  ctx.fillStyle = TEXT;
  ctx.font = `600 17px ${font}`;
  for (const line of titleLines) {
    ctx.fillText(line, x + pad, top);
    top += 22;
  }
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${font}`;
  for (const line of windowLines) {
    ctx.fillText(line, x + pad, top + 1);
    top += 16;
  }
}

/** Where the element lays out its heading (static mode, print), or null when it is hidden. */
export function headingLayout(root: ParentNode, origin: Origin): HeadingLayout | null {
  const heading = root.querySelector('.heading');
  const title = heading?.querySelector('h1');
  const subtitle = heading?.querySelector('p');
  if (!heading || !title || !subtitle || !isShown(heading)) return null;
  const box = heading.getBoundingClientRect();
  const middle = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.top + rect.height / 2 - origin.y;
  };
  return {
    x: box.left - origin.x,
    width: box.width,
    titleMiddle: middle(title),
    subtitleMiddle: middle(subtitle),
  };
}

/** Leaflet's scale bar and attribution, where Leaflet put them. */
export async function drawControls(
  ctx: CanvasRenderingContext2D,
  container: Element,
  origin: Origin,
): Promise<void> {
  const parts = container.querySelectorAll('.leaflet-control-scale, .leaflet-control-attribution');
  for (const part of parts) await paintTree(ctx, part, origin, 1);
}

/**
 * What the element shows besides map, heading and legend: the timeline's chart and window (without
 * its buttons), the sources credit, the insets and the credits line.
 */
export async function drawOtherParts(
  ctx: CanvasRenderingContext2D,
  root: ParentNode,
  origin: Origin,
  dpr: number,
): Promise<void> {
  const parts =
    '.frame > frontier-timeline, .frame > .print-sources, .frame > .print-insets, .frame > .print-credits';
  for (const element of root.querySelectorAll(parts)) {
    await paintTree(ctx, element, origin, dpr);
  }
}
