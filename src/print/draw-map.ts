/**
 * Draws what Leaflet shows onto a canvas, pane by pane in stacking order: tiles, the SVG renderers
 * (basemap, buffers, uncertainty circles, frontier), text labels, marker icons and tooltips. SVG is
 * serialised with its computed styles inlined (the shadow root's stylesheet does not travel with
 * it) and decoded as an image; icons are drawn from their SVG paths; text is drawn as text.
 */
import { type Origin, paintBeforeDot, paintBox, paintText } from './canvas-paint.ts';

const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'display',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
];

/** The SVG as standalone markup: computed styles inlined, positioned by the caller. */
export function serializeSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index] as SVGElement;
    const computed = getComputedStyle(original);
    copy.removeAttribute('class');
    copy.setAttribute(
      'style',
      SVG_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'),
    );
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(clone);
}

async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function drawSvg(ctx: CanvasRenderingContext2D, svg: SVGSVGElement, origin: Origin): Promise<void> {
  const rect = svg.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const image = await svgImage(serializeSvg(svg, rect.width, rect.height));
  ctx.drawImage(image, rect.left - origin.x, rect.top - origin.y, rect.width, rect.height);
}

/**
 * An icon made of paths, drawn as vector paths into the box `x, y, width, height` (no image decode
 * per marker); fill and stroke come from the computed style, so themes and selection show.
 */
export function drawIconPaths(
  ctx: CanvasRenderingContext2D,
  svg: SVGSVGElement,
  box: { x: number; y: number; width: number; height: number },
  dpr: number,
): void {
  const view = svg.viewBox.baseVal;
  const vb = view && view.width > 0 ? view : { x: 0, y: 0, width: box.width, height: box.height };
  ctx.save();
  ctx.translate(box.x, box.y);
  ctx.scale(box.width / vb.width, box.height / vb.height);
  ctx.translate(-vb.x, -vb.y);
  // The markers' CSS drop-shadow, approximated; canvas shadow offsets are in device pixels.
  if (getComputedStyle(svg).filter !== 'none') {
    ctx.shadowColor = 'rgba(0, 0, 0, 0.35)';
    ctx.shadowOffsetY = dpr;
    ctx.shadowBlur = dpr;
  }
  for (const path of svg.querySelectorAll('path')) {
    const style = getComputedStyle(path);
    const shape = new Path2D(path.getAttribute('d') ?? '');
    if (style.fill !== 'none') {
      ctx.fillStyle = style.fill;
      ctx.globalAlpha = Number(style.fillOpacity) * Number(style.opacity);
      ctx.fill(shape, style.fillRule === 'evenodd' ? 'evenodd' : 'nonzero');
    }
    const width = Number.parseFloat(style.strokeWidth);
    if (style.stroke !== 'none' && width > 0) {
      ctx.shadowColor = 'transparent';
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = width;
      ctx.lineJoin = style.strokeLinejoin as CanvasLineJoin;
      ctx.globalAlpha = Number(style.strokeOpacity) * Number(style.opacity);
      ctx.stroke(shape);
    }
  }
  ctx.restore();
}

const onlyPaths = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('*')].every((node) => node.localName === 'path' || node.localName === 'g');

/**
 * A loaded tile at the opacity of its layer. Leaflet fades new tiles in over 200 ms; a snapshot taken
 * during the fade shows them as they will be, not half transparent.
 */
function drawTile(
  ctx: CanvasRenderingContext2D,
  image: HTMLImageElement,
  origin: Origin,
  opacity: number,
): void {
  if (!image.complete || image.naturalWidth === 0) return;
  const rect = image.getBoundingClientRect();
  ctx.save();
  ctx.globalAlpha = opacity;
  ctx.drawImage(image, rect.left - origin.x, rect.top - origin.y, rect.width, rect.height);
  ctx.restore();
}

const CONTROLS = 'button, input, select, textarea, [role="slider"]';

/** Nothing of an element with this style shows in a picture. */
const isUnseen = (style: CSSStyleDeclaration) =>
  style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0;

/**
 * An element and what it contains, through shadow roots: boxes, icons and SVG, text. Interactive
 * controls are left out, as in static mode: a picture has nothing to press.
 */
export async function paintTree(
  ctx: CanvasRenderingContext2D,
  element: Element,
  origin: Origin,
  dpr: number,
): Promise<void> {
  const style = getComputedStyle(element);
  if (isUnseen(style)) return;
  if (element.matches(CONTROLS)) return;
  if (element instanceof SVGSVGElement) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    const box = { x: rect.left - origin.x, y: rect.top - origin.y, width: rect.width, height: rect.height };
    if (onlyPaths(element)) drawIconPaths(ctx, element, box, dpr);
    else await drawSvg(ctx, element, origin);
    return;
  }
  const children =
    element instanceof HTMLSlotElement
      ? element.assignedElements()
      : [...(element.shadowRoot ?? element).children];
  if (style.display !== 'contents') {
    paintBox(ctx, element, origin);
    paintBeforeDot(ctx, element, origin);
    paintText(ctx, element, origin);
  }
  for (const child of children) await paintTree(ctx, child, origin, dpr);
}

async function drawPaneChild(
  ctx: CanvasRenderingContext2D,
  child: Element,
  origin: Origin,
  dpr: number,
): Promise<void> {
  const style = getComputedStyle(child);
  if (isUnseen(style)) return;
  if (child instanceof SVGSVGElement) return drawSvg(ctx, child, origin);
  if (child instanceof HTMLCanvasElement) {
    const rect = child.getBoundingClientRect();
    ctx.drawImage(child, rect.left - origin.x, rect.top - origin.y, rect.width, rect.height);
    return;
  }
  if (child instanceof HTMLImageElement) return drawTile(ctx, child, origin, 1);
  if (child.classList.contains('leaflet-layer')) {
    for (const image of child.querySelectorAll('img')) drawTile(ctx, image, origin, Number(style.opacity));
    return;
  }
  await paintTree(ctx, child, origin, dpr);
}

/** Every pane of the map inside `container`, lowest first, drawn relative to `origin`. */
export async function drawMapPanes(
  ctx: CanvasRenderingContext2D,
  container: HTMLElement,
  origin: Origin,
  dpr: number,
): Promise<void> {
  const panes = [...container.querySelectorAll<HTMLElement>('.leaflet-map-pane > .leaflet-pane')];
  const z = (pane: HTMLElement) => Number(getComputedStyle(pane).zIndex) || 0;
  panes.sort((a, b) => z(a) - z(b));
  for (const pane of panes) {
    if (getComputedStyle(pane).display === 'none') continue;
    for (const child of pane.children) await drawPaneChild(ctx, child, origin, dpr);
  }
}
