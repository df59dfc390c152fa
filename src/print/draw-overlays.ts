/**
 * What makes a snapshot explain itself, drawn over the map: the heading with the time window, the
 * legend (icons, labels, counts, the frontier's length), the scale and the attribution. Legend and
 * heading are read from the element's own DOM, so the image says what the element says.
 */
import { isShown, type Origin, wrapText } from './canvas-paint.ts';
import { drawIconPaths, paintTree } from './draw-map.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface LegendItem {
  label: string;
  count: string;
  icon: SVGSVGElement | null;
  swatch: Element | null;
}

const TEXT = '#1d2330';
const MUTED = '#555';
const PANEL = 'rgba(255, 255, 255, 0.95)';
const PANEL_BORDER = '#9a9385';

const textOf = (root: ParentNode, selector: string) =>
  (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

function readLegend(root: ParentNode): { items: LegendItem[]; notes: string[] } {
  // Layers switched off are not in the picture, so not in its legend either.
  const items = [...root.querySelectorAll('.legend-row:not(.is-off)')].map((row) => ({
    label: textOf(row, '.legend-label'),
    count: textOf(row, '.legend-count'),
    icon: row.querySelector('svg'),
    swatch: row.querySelector('.swatch'),
  }));
  const notes = [...root.querySelectorAll('.legend > .legend-note')]
    .map((note) => (note.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { items, notes };
}

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

function drawSwatch(ctx: CanvasRenderingContext2D, swatch: Element, x: number, y: number): void {
  const style = getComputedStyle(swatch);
  if (swatch.classList.contains('swatch-buffers')) {
    ctx.fillStyle = style.backgroundColor;
    ctx.fillRect(x, y + 2, 16, 12);
    ctx.strokeStyle = style.borderTopColor;
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, y + 2.5, 15, 11);
    return;
  }
  ctx.save();
  ctx.strokeStyle = style.borderTopColor || TEXT;
  ctx.lineWidth = 3;
  ctx.setLineDash([4, 2]);
  ctx.beginPath();
  ctx.moveTo(x, y + 8);
  ctx.lineTo(x + 16, y + 8);
  ctx.stroke();
  ctx.restore();
}

/** The legend as a panel in the top-right corner of `map`; returns its width (0 when empty). */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  root: ParentNode,
  map: Rect,
  font: string,
  dpr: number,
): number {
  const { items, notes } = readLegend(root);
  if (items.length === 0) return 0;
  const width = Math.min(300, Math.max(200, map.width * 0.4));
  const pad = 10;
  const rowHeight = 20;
  ctx.font = `11px ${font}`;
  const noteLines = notes.map((note) => wrapText(ctx, note, width - 2 * pad));
  const notesHeight = noteLines.reduce((sum, lines) => sum + lines.length * 14 + 4, 0);
  const height = pad + items.length * rowHeight + (notes.length ? 4 + notesHeight : 0) + pad - 4;
  const x = map.x + map.width - width - 10;
  const y = map.y + 10;
  panel(ctx, x, y, width, height);
  ctx.textBaseline = 'middle';
  items.forEach((item, index) => {
    const top = y + pad + index * rowHeight;
    ctx.save();
    if (item.icon) drawIconPaths(ctx, item.icon, { x: x + pad, y: top + 1, width: 16, height: 16 }, dpr);
    else if (item.swatch) drawSwatch(ctx, item.swatch, x + pad, top + 1);
    ctx.fillStyle = TEXT;
    ctx.font = `12.5px ${font}`;
    const countWidth = item.count ? ctx.measureText(item.count).width + 8 : 0;
    const label = wrapText(ctx, item.label, width - 2 * pad - 24 - countWidth)[0] ?? '';
    ctx.fillText(label, x + pad + 24, top + rowHeight / 2);
    ctx.restore();
    if (item.count) {
      ctx.fillStyle = MUTED;
      ctx.font = `12.5px ${font}`;
      ctx.textAlign = 'right';
      ctx.fillText(item.count, x + width - pad, top + rowHeight / 2);
      ctx.textAlign = 'left';
    }
  });
  ctx.font = `11px ${font}`;
  ctx.fillStyle = MUTED;
  ctx.textBaseline = 'top';
  let top = y + pad + items.length * rowHeight + 4;
  for (const lines of noteLines) {
    for (const line of lines) {
      ctx.fillText(line, x + pad, top);
      top += 14;
    }
    top += 4;
  }
  return width;
}

/**
 * The heading and time window: where the element shows them (static mode), else as a panel in the
 * top-left corner of the map, clear of the legend.
 */
export async function drawHeading(
  ctx: CanvasRenderingContext2D,
  root: ParentNode,
  map: Rect,
  legendWidth: number,
  origin: Origin,
  font: string,
): Promise<void> {
  const heading = root.querySelector('.heading');
  if (!heading) return;
  if (isShown(heading)) {
    await paintTree(ctx, heading, origin, 1);
    return;
  }
  const title = textOf(heading, 'h1');
  const window = textOf(heading, 'p');
  const width = Math.max(160, Math.min(520, map.width - legendWidth - 40));
  const pad = 10;
  const widths: number[] = [];
  ctx.font = `600 17px ${font}`;
  const titleLines = wrapText(ctx, title, width - 2 * pad);
  for (const line of titleLines) widths.push(ctx.measureText(line).width);
  ctx.font = `12px ${font}`;
  const windowLines = window ? wrapText(ctx, window, width - 2 * pad) : [];
  for (const line of windowLines) widths.push(ctx.measureText(line).width);
  const widest = Math.max(...widths);
  const height = pad + titleLines.length * 22 + windowLines.length * 16 + pad - 2;
  panel(ctx, map.x + 10, map.y + 10, Math.ceil(widest) + 2 * pad, height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = TEXT;
  ctx.font = `600 17px ${font}`;
  let top = map.y + 10 + pad;
  for (const line of titleLines) {
    ctx.fillText(line, map.x + 10 + pad, top);
    top += 22;
  }
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${font}`;
  for (const line of windowLines) {
    ctx.fillText(line, map.x + 10 + pad, top + 1);
    top += 16;
  }
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
 * What the element shows outside the map besides heading and legend: the timeline's chart and
 * window (without its buttons) and, in static mode, the sources credit.
 */
export async function drawOtherParts(
  ctx: CanvasRenderingContext2D,
  root: ParentNode,
  origin: Origin,
  dpr: number,
): Promise<void> {
  for (const element of root.querySelectorAll('.frame > frontier-timeline, .frame > .print-sources')) {
    await paintTree(ctx, element, origin, dpr);
  }
}
