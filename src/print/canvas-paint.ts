/**
 * A small painter from laid-out DOM to a 2D canvas: an element's box (background, borders) and its
 * text, at the place and in the font the browser gave them. Enough for labels, tooltips, the scale
 * and the attribution; the snapshot needs nothing richer. Coordinates are CSS pixels relative to
 * `origin` (the snapshot's top-left); the context carries the device-pixel scale.
 */

export interface Origin {
  x: number;
  y: number;
}

const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

export const isPainted = (color: string) => color !== '' && !TRANSPARENT.test(color);

/** The canvas font shorthand of an element's computed style. */
export function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

/** True when the element takes part in rendering (not `display: none`, hidden or transparent). */
export function isShown(element: Element): boolean {
  const style = getComputedStyle(element);
  return (
    style.display !== 'none' &&
    style.visibility !== 'hidden' &&
    Number(style.opacity) > 0 &&
    element.getClientRects().length > 0
  );
}

/** Greedy word wrap of `text` to `width` with the context's current font; `Infinity` keeps one line. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Background and per-side borders of an element's border box (radius drawn for the background). */
export function paintBox(ctx: CanvasRenderingContext2D, element: Element, origin: Origin): void {
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  const x = rect.left - origin.x;
  const y = rect.top - origin.y;
  if (isPainted(style.backgroundColor)) {
    ctx.fillStyle = style.backgroundColor;
    ctx.beginPath();
    ctx.roundRect(x, y, rect.width, rect.height, Number.parseFloat(style.borderTopLeftRadius) || 0);
    ctx.fill();
  }
  const sides = [
    ['Top', x, y, x + rect.width, y],
    ['Right', x + rect.width, y, x + rect.width, y + rect.height],
    ['Bottom', x, y + rect.height, x + rect.width, y + rect.height],
    ['Left', x, y, x, y + rect.height],
  ] as const;
  for (const [side, x0, y0, x1, y1] of sides) {
    const width = Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (
      width <= 0 ||
      !isPainted(color) ||
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none'
    )
      continue;
    // Borders lie inside the border box: move the line half its width inwards.
    const inset = width / 2;
    const dx = side === 'Left' ? inset : side === 'Right' ? -inset : 0;
    const dy = side === 'Top' ? inset : side === 'Bottom' ? -inset : 0;
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(x0 + dx, y0 + dy);
    ctx.lineTo(x1 + dx, y1 + dy);
    ctx.stroke();
  }
}

const transformText = (text: string, transform: string) =>
  transform === 'uppercase' ? text.toUpperCase() : transform === 'lowercase' ? text.toLowerCase() : text;

/**
 * One text node, line by line where the browser broke it: a Range gives each line's box (after
 * transforms), the words are dealt out to the lines by width. Drawn in the parent's font, colour,
 * letter spacing and text transform; a white text-shadow becomes a halo.
 */
export function paintTextNode(ctx: CanvasRenderingContext2D, node: Text, origin: Origin): void {
  const parent = node.parentElement;
  const content = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!parent || !content) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0) return;
  const style = getComputedStyle(parent);
  ctx.save();
  ctx.font = fontOf(style);
  ctx.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  ctx.fillStyle = style.color;
  ctx.textBaseline = 'alphabetic';
  const metrics = ctx.measureText('Hg');
  const ascent = metrics.fontBoundingBoxAscent;
  const fontHeight = ascent + metrics.fontBoundingBoxDescent;
  const halo = style.textShadow !== 'none' && style.textShadow.includes('255, 255, 255');
  const words = transformText(content, style.textTransform).split(' ');
  rects.forEach((rect, index) => {
    let line = words.shift() ?? '';
    const last = index === rects.length - 1;
    while (words.length && (last || ctx.measureText(`${line} ${words[0]}`).width <= rect.width + 1)) {
      line = `${line} ${words.shift()}`;
    }
    // A leading space kept by the browser (after an inline element) takes room before the first word.
    const lead = index === 0 && /^\s/.test(node.textContent ?? '') ? ctx.measureText(' ').width : 0;
    const spare = rect.width - ctx.measureText(line).width;
    const x = rect.left - origin.x + (spare >= lead * 0.5 ? lead : 0);
    const y = rect.top - origin.y + (rect.height - fontHeight) / 2 + ascent;
    if (halo) {
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeText(line, x, y);
    }
    ctx.fillText(line, x, y);
  });
  ctx.restore();
}

/** The text directly inside an element (not that of its child elements). */
export function paintText(ctx: CanvasRenderingContext2D, element: Element, origin: Origin): void {
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) paintTextNode(ctx, child as Text, origin);
  }
}

/** A `::before` drawn as a small filled box or dot (the city markers of the basemap labels). */
export function paintBeforeDot(ctx: CanvasRenderingContext2D, element: Element, origin: Origin): void {
  const style = getComputedStyle(element, '::before');
  if (style.content === 'none' || !isPainted(style.backgroundColor)) return;
  const width = Number.parseFloat(style.width);
  const height = Number.parseFloat(style.height);
  if (!(width > 0 && height > 0)) return;
  const rect = element.getBoundingClientRect();
  const x =
    rect.left - origin.x + (Number.parseFloat(style.left) || 0) + (Number.parseFloat(style.marginLeft) || 0);
  const y =
    rect.top - origin.y + (Number.parseFloat(style.top) || 0) + (Number.parseFloat(style.marginTop) || 0);
  ctx.fillStyle = style.backgroundColor;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, Number.parseFloat(style.borderTopLeftRadius) > 0 ? width / 2 : 0);
  ctx.fill();
}

/** `text` on one line of `width`: whole when it fits, else cut at a character and ended with "…". */
export function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 0 && ctx.measureText(`${text.slice(0, end).trimEnd()}…`).width > width) end--;
  return end > 0 ? `${text.slice(0, end).trimEnd()}…` : '';
}
