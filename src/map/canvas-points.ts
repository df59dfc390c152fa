/**
 * A Leaflet layer that draws any number of points on one canvas: every point of the shown layers in
 * one pass per redraw (stamped sprites, one `putImageData`), redrawn after each pan or zoom and
 * CSS-transformed during zoom animations, as Leaflet's own renderers are. Clicks and hover are
 * hit-tested through the table's spatial index; there is no Leaflet object per point.
 */
import * as L from 'leaflet';
import type { FeatureLayerName } from '../data/schema.ts';
import { drawSelected, drawUncertainty } from './canvas-overlays.ts';
import { type ClusterGlyph, drawCluster } from './cluster-style.ts';
import { HoverTips } from './hover-tips.ts';
import { LAYER_STYLE } from './kind-style.ts';
import { createSprite, type Sprite, StampBuffer } from './point-sprites.ts';
import type { PointTable } from './point-table.ts';

export interface CanvasPointsOptions {
  pane: string;
  /** CSS colour of a layer, custom properties resolved (a canvas cannot read `var()`). */
  colorOf: (layer: FeatureLayerName) => string;
  /** Text shown on hover (plain text). */
  describe: (row: number) => string;
  /** A drawn point was clicked. */
  onChoose: (row: number) => void;
}

/** Extra canvas around the view, as a share of its size, so short pans show points at once. */
const PADDING = 0.1;
/** Symbol side in CSS px: small at regional zooms, larger once few points are in view. */
const POINT_SIZE = 12;
const POINT_SIZE_CLOSE = 16;
const CLOSE_ZOOM = 9;
const SELECTED_SIZE = 22;
/** Up to this many points are drawn with drawImage; more are stamped into one ImageData. */
const DIRECT_LIMIT = 600;
/** Uncertainty circles are drawn only while this few points are painted (else they fog the map). */
const CIRCLE_LIMIT = 100;

export class CanvasPointLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private buffer: StampBuffer | null = null;
  private table: PointTable | null = null;
  private rows: Uint32Array = new Uint32Array(0);
  private count = 0;
  /** 1 for the rows that can be hit (drawn or selected). */
  private hittable = new Uint8Array(0);
  private selected: number[] = [];
  /** Clusters to draw over the points, positioned in Web Mercator (as the table's rows). */
  private clusters: readonly ClusterGlyph[] = [];
  private readonly sprites = new Map<string, Sprite>();
  /** Layer colours read from CSS once per data set (reading computed style per point is slow). */
  private readonly colors = new Map<FeatureLayerName, string>();
  private drawnCenter: L.LatLng | null = null;
  private drawnZoom = 0;
  private hovered = -1;
  private hoverFrame = 0;
  private tips: HoverTips | null = null;
  /** Points painted by the last redraw (inside the view and its margin). */
  painted = 0;

  constructor(private readonly config: CanvasPointsOptions) {
    super();
    L.setOptions(this, { pane: config.pane });
  }

  /** The rows to draw (the first `count` of `rows`); redraws unless `paint` is false. */
  setPoints(table: PointTable, rows: Uint32Array, count: number, paint = true): void {
    if (table !== this.table) {
      this.sprites.clear();
      this.colors.clear();
    }
    this.table = table;
    this.rows = rows;
    this.count = count;
    this.updateHittable();
    if (paint) this.redraw();
  }

  /** Clusters drawn over the points at the next redraw (`x`, `y` in Web Mercator). */
  setClusters(clusters: readonly ClusterGlyph[]): void {
    this.clusters = clusters;
  }

  /** Rows drawn highlighted, above the others (the selected feature). */
  setSelected(rows: readonly number[]): void {
    this.selected = [...rows];
    this.updateHittable();
    this.redraw();
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'frontier-points leaflet-zoom-animated');
    canvas.style.pointerEvents = 'none';
    this.getPane()!.append(canvas);
    this.canvas = canvas;
    map.on('click', this.onClick, this);
    map.on('mousemove', this.onMouseMove, this);
    map.on('mouseout', this.clearHover, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('click', this.onClick, this);
    map.off('mousemove', this.onMouseMove, this);
    map.off('mouseout', this.clearHover, this);
    cancelAnimationFrame(this.hoverFrame);
    this.clearHover();
    this.tips?.remove();
    this.tips = null;
    this.canvas?.remove();
    this.canvas = null;
    this.buffer = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      viewreset: this.redraw,
      moveend: this.redraw,
      zoom: () => this.transform(this._map.getCenter(), this._map.getZoom()),
      zoomanim: (event) => {
        const { center, zoom } = event as L.ZoomAnimEvent;
        this.transform(center, zoom);
      },
    };
  }

  /** Paints every drawn point in and around the view. Synchronous, so a change shows in its frame. */
  redraw(): void {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const margin = size.multiplyBy(PADDING).round();
    const topLeft = map.containerPointToLayerPoint(margin.multiplyBy(-1)).round();
    const cssWidth = size.x + 2 * margin.x;
    const cssHeight = size.y + 2 * margin.y;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const width = Math.round(cssWidth * ratio);
    const height = Math.round(cssHeight * ratio);
    L.DomUtil.setPosition(canvas, topLeft);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${cssWidth}px`;
      canvas.style.height = `${cssHeight}px`;
    }
    this.drawnCenter = map.getCenter();
    this.drawnZoom = map.getZoom();
    const context = canvas.getContext('2d')!;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    this.painted = 0;
    map.getContainer().dataset.paintedPoints = '0';
    const table = this.table;
    if (!table || width === 0 || height === 0) return;
    // Many points: stamped into one buffer, put in one call. Few: drawImage each, the same picture
    // without the fixed cost of a canvas-sized buffer.
    let buffer: StampBuffer | null = null;
    if (this.count > DIRECT_LIMIT) {
      if (this.buffer?.width !== width || this.buffer.height !== height)
        this.buffer = new StampBuffer(width, height);
      buffer = this.buffer;
      buffer.clear();
    }
    const scale = map.options.crs!.scale(this.drawnZoom);
    const origin = map.getPixelOrigin().add(topLeft);
    const pointSize = this.drawnZoom >= CLOSE_ZOOM ? POINT_SIZE_CLOSE : POINT_SIZE;
    const sprites = table.styles.map((style) => this.sprite(style.layer, style.color, pointSize, ratio));
    const placements = buffer ? sprites.map((sprite) => buffer.placement(sprite)) : [];
    const { x, y, style } = table;
    const rows = this.rows;
    let painted = 0;
    const few: number[] = [];
    for (let k = 0; k < this.count; k++) {
      const row = rows[k]!;
      const kind = style[row]!;
      const sprite = sprites[kind]!;
      const side = sprite.size;
      // Whole device pixels, and only symbols wholly inside the canvas (it reaches past the view).
      const left = Math.round((x[row]! * scale - origin.x) * ratio - side / 2);
      const top = Math.round((y[row]! * scale - origin.y) * ratio - side / 2);
      if (left < 0 || top < 0 || left + side > width || top + side > height) continue;
      if (buffer) buffer.stamp(sprite, placements[kind]!, left, top);
      else context.drawImage(sprite.canvas, left, top);
      painted++;
      if (few.length <= CIRCLE_LIMIT) few.push(row);
    }
    this.painted = painted;
    map.getContainer().dataset.paintedPoints = String(painted);
    if (buffer) context.putImageData(buffer.image, 0, 0);
    context.scale(ratio, ratio);
    const toCanvas = (row: number): [number, number] => [
      x[row]! * scale - origin.x,
      y[row]! * scale - origin.y,
    ];
    if (painted <= CIRCLE_LIMIT) {
      drawUncertainty(context, table, few, toCanvas, scale, (layer) => this.colorOf(layer));
    }
    const colorOf = (layer: FeatureLayerName) => this.colorOf(layer);
    for (const cluster of this.clusters) {
      const cx = cluster.x * scale - origin.x;
      const cy = cluster.y * scale - origin.y;
      drawCluster(context, { ...cluster, x: cx, y: cy }, colorOf);
    }
    for (const row of this.selected) {
      const { layer, color } = table.styles[style[row]!]!;
      drawSelected(context, toCanvas(row), this.sprite(layer, color, SELECTED_SIZE, ratio), SELECTED_SIZE);
    }
  }

  /** Keeps the drawn picture under the map during zoom animations (scaled, as L.Renderer does). */
  private transform(center: L.LatLng, zoom: number): void {
    const map = this._map;
    if (!map || !this.canvas || !this.drawnCenter) return;
    const scale = map.getZoomScale(zoom, this.drawnZoom);
    const size = map.getSize();
    const viewHalf = size.multiplyBy(0.5 + PADDING);
    const mapPanePos = map.containerPointToLayerPoint([0, 0]).multiplyBy(-1);
    const newPixelOrigin = map.project(center, zoom).subtract(size.divideBy(2)).add(mapPanePos).round();
    const offset = viewHalf
      .multiplyBy(-scale)
      .add(map.project(this.drawnCenter, zoom))
      .subtract(newPixelOrigin);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  private sprite(layer: FeatureLayerName, color: string | undefined, size: number, ratio: number): Sprite {
    const key = `${layer} ${color ?? ''} ${size} ${ratio}`;
    let sprite = this.sprites.get(key);
    if (!sprite) {
      sprite = createSprite(LAYER_STYLE[layer].shape, color ?? this.colorOf(layer), size, ratio);
      this.sprites.set(key, sprite);
    }
    return sprite;
  }

  private colorOf(layer: FeatureLayerName): string {
    let color = this.colors.get(layer);
    if (color === undefined) {
      color = this.config.colorOf(layer);
      this.colors.set(layer, color);
    }
    return color;
  }

  private updateHittable(): void {
    const size = this.table?.size ?? 0;
    if (this.hittable.length !== size) this.hittable = new Uint8Array(size);
    else this.hittable.fill(0);
    for (let k = 0; k < this.count; k++) this.hittable[this.rows[k]!] = 1;
    for (const row of this.selected) this.hittable[row] = 1;
  }

  /** The drawn point under a map position (within the symbol plus a few px), or −1. */
  rowAt(latLng: L.LatLng): number {
    const map = this._map;
    const table = this.table;
    if (!map || !table) return -1;
    const scale = map.options.crs!.scale(map.getZoom());
    const zoom = map.getZoom();
    const radius = ((zoom >= CLOSE_ZOOM ? POINT_SIZE_CLOSE : POINT_SIZE) / 2 + 3) / scale;
    const x = latLng.lng / 360 + 0.5;
    const y = map.project(latLng, zoom).y / scale;
    return table.nearest(x, y, radius, (row) => this.hittable[row] === 1);
  }

  private onClick(event: L.LeafletMouseEvent): void {
    const row = this.rowAt(event.latlng);
    if (row >= 0) this.config.onChoose(row);
  }

  private onMouseMove(event: L.LeafletMouseEvent): void {
    cancelAnimationFrame(this.hoverFrame);
    // At most one hit-test per frame, however fast the mouse moves.
    this.hoverFrame = requestAnimationFrame(() => this.hover(this.rowAt(event.latlng)));
  }

  private hover(row: number): void {
    const map = this._map;
    if (!map || row === this.hovered) return;
    if (row < 0) {
      this.clearHover();
      return;
    }
    this.hovered = row;
    map.getContainer().style.cursor = 'pointer';
    const text = document.createElement('span');
    text.textContent = this.config.describe(row);
    const latLng = L.latLng(this.table!.lat[row]!, this.table!.lon[row]!);
    this.tips ??= new HoverTips(map);
    this.tips.show(this, latLng, text, -8, 'frontier-point-tooltip');
  }

  private clearHover(): void {
    this.hovered = -1;
    if (!this._map) return;
    this._map.getContainer().style.cursor = '';
    this.tips?.hide(this);
  }
}
