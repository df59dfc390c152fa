/**
 * `snapshot()`: a PNG of what a `<frontier-map>` shows, at its size × devicePixelRatio, with the
 * heading, legend, scale and attribution drawn in. The map is redrawn onto a canvas from its own
 * layers (no screenshot API exists in a page). With the offline vector basemap everything is
 * same-origin, so the canvas stays readable; raster tiles must come from a server that allows
 * copying (CORS), else the promise rejects with an error that says so.
 */
import type { HeadingModel } from '../components/heading/heading.ts';
import type { LegendModel } from '../components/legend/legend-model.ts';
import { drawMapPanes } from './draw-map.ts';
import {
  drawControls,
  drawHeading,
  drawLegend,
  drawOtherParts,
  headingLayout,
  legendColoursOf,
} from './draw-overlays.ts';

/** What a snapshot needs of a map element: its parts, its readiness and what its legend and heading say. */
export interface SnapshotSource {
  /** The element: its size, fonts and colours. */
  element: HTMLElement;
  root: ParentNode;
  /** The Leaflet container, when the map exists. */
  container: HTMLElement | null;
  whenIdle: () => Promise<void>;
  legend: () => LegendModel;
  heading: () => HeadingModel;
}

export interface SnapshotOptions {
  /** The image format; PNG is the only one. */
  type?: 'image/png';
  /** Pixels per CSS pixel; default the screen's `devicePixelRatio` (2 gives a sharp print-size image). */
  scale?: number;
  /** Keep the selected feature's highlight (default: an image shows no selection). */
  selected?: boolean;
  /**
   * Write beside each marker the numbers its sources have in the printed source list (default: off,
   * as the image carries no numbered list; print has them unless `no-print-numbers`).
   */
  numbers?: boolean;
}

/** Longest wait for tiles still loading; a snapshot should not hang on a dead tile server. */
const TILE_WAIT_MS = 15_000;

const corsError = (host: string) =>
  new Error(
    `the tile server at ${host} does not allow its tiles to be copied (no CORS); ` +
      'remove tiles or use a server that sends Access-Control-Allow-Origin',
  );

function settled(image: HTMLImageElement): Promise<void> {
  if (image.complete) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, TILE_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    image.addEventListener('load', done, { once: true });
    image.addEventListener('error', done, { once: true });
  });
}

/**
 * Waits for the tiles in view; when one failed, finds out why. Leaflet asks for tiles with
 * `crossOrigin`, so a server without CORS headers makes them fail rather than taint the canvas.
 */
async function checkTiles(container: HTMLElement): Promise<void> {
  const tiles = [...container.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
  await Promise.all(tiles.map(settled));
  const failed = tiles.find((tile) => tile.src && tile.complete && tile.naturalWidth === 0);
  if (!failed) return;
  const { host } = new URL(failed.src);
  try {
    await fetch(failed.src, { mode: 'cors', credentials: 'omit' });
    return; // The server answers with CORS: that tile is merely missing (404 beyond the data, say).
  } catch {
    // Either no CORS or no server; an opaque request tells them apart.
  }
  try {
    await fetch(failed.src, { mode: 'no-cors', credentials: 'omit' });
  } catch {
    throw new Error(`the tile server at ${host} could not be reached; remove tiles or try again`);
  }
  throw corsError(host);
}

function toPng(canvas: HTMLCanvasElement, tilesHost: string | null): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the browser could not encode the PNG (is the map too large?)'));
      }, 'image/png');
    } catch (error) {
      // A tainted canvas: some image came from a server that did not allow copying.
      if (error instanceof DOMException && error.name === 'SecurityError' && tilesHost)
        reject(corsError(tilesHost));
      else reject(error);
    }
  });
}

/** Draws `host` onto a canvas and encodes it; see `FrontierMapElement.snapshot()`. */
export async function snapshotElement(source: SnapshotSource, options: SnapshotOptions = {}): Promise<Blob> {
  const type = options.type ?? 'image/png';
  if (type !== 'image/png')
    throw new Error(`snapshot() writes PNG only: use type 'image/png', not '${type}'`);
  await source.whenIdle();
  const container = source.container;
  if (!container) throw new Error('snapshot() needs the element on the page, with its map');
  // The credits sit just above the attribution, however many lines a long attribution wraps to.
  const credits = source.root.querySelector<HTMLElement>('.print-credits.is-exporting');
  const attribution = container.querySelector<HTMLElement>('.leaflet-control-attribution');
  if (credits && attribution) credits.style.marginTop = `${-2 - attribution.offsetHeight}px`;
  const hostRect = source.element.getBoundingClientRect();
  if (hostRect.width < 1 || hostRect.height < 1)
    throw new Error('snapshot() needs a visible element (it has no size)');
  await checkTiles(container);
  const tile = container.querySelector<HTMLImageElement>('img.leaflet-tile');
  const tilesHost = tile?.src ? new URL(tile.src).host : null;

  const scale = options.scale ?? window.devicePixelRatio ?? 1;
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 8))
    throw new Error(`snapshot() takes a scale from above 0 to 8 (got ${scale})`);
  const dpr = scale;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(hostRect.width * dpr);
  canvas.height = Math.round(hostRect.height * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser gave no 2D canvas');
  ctx.scale(dpr, dpr);
  const origin = { x: hostRect.left, y: hostRect.top };
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, hostRect.width, hostRect.height);

  const mapRect = container.getBoundingClientRect();
  const map = {
    x: mapRect.left - origin.x,
    y: mapRect.top - origin.y,
    width: mapRect.width,
    height: mapRect.height,
  };
  ctx.save();
  ctx.beginPath();
  ctx.rect(map.x, map.y, map.width, map.height);
  ctx.clip();
  ctx.fillStyle = getComputedStyle(container).backgroundColor;
  ctx.fillRect(map.x, map.y, map.width, map.height);
  await drawMapPanes(ctx, container, origin, dpr);
  await drawControls(ctx, container, origin);
  ctx.restore();

  await drawOtherParts(ctx, source.root, origin, dpr);
  const font = getComputedStyle(source.element).fontFamily;
  const legendWidth = drawLegend(ctx, source.legend(), legendColoursOf(source.element), map, font);
  drawHeading(ctx, source.heading(), headingLayout(source.root, origin), map, legendWidth, font);
  return toPng(canvas, tilesHost);
}
