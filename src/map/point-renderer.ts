/**
 * Draws the point features of a large data set: all of them on one canvas (`canvas` mode), or as
 * clusters with the lone points on the canvas (`clusters` mode). The features are indexed once per
 * data set; a time-window or layer change re-filters typed arrays and redraws, touching no Leaflet
 * object per feature.
 */
import * as L from 'leaflet';
import type { TimeWindow } from '../data/filter.ts';
import type { FrontierFeature, LayerName } from '../data/schema.ts';
import { FEATURE_LAYERS, TimeIndex } from '../data/time-index.ts';
import { ClusterCounts, type ClusterOptions, type ClusterView } from '../geo/cluster-hierarchy.ts';
import { CanvasPointLayer } from './canvas-points.ts';
import { type ClusterItem, ClusterMarkers } from './cluster-markers.ts';
import { clusterOffMainThread } from './cluster-source.ts';
import type { ClusterGlyph } from './cluster-style.ts';
import { KIND_LABEL, LAYER_STYLE } from './kind-style.ts';
import { PointTable } from './point-table.ts';

/**
 * Points within 60 px of each other cluster (symbols 30–55 px across, with room between them), up to
 * zoom 9: at the map's last zoom (10, where the data's detail runs out) every point is drawn alone, so
 * each can be chosen; a view there holds some thousands of 100,000 events, which the canvas draws
 * within a frame. A smaller radius put 400–500 clusters in and around a zoom-8 view, and redrawing
 * them cost 30 ms after each zoom (bench/RESULTS.md).
 */
export const CLUSTER_OPTIONS: ClusterOptions = { radius: 60, minZoom: 3, maxZoom: 9 };

export interface PointRendererOptions {
  /** Pane of the canvas and of the cluster markers. */
  pane: string;
  /** Where `--frontier-color-*` are read (the canvas cannot resolve `var()`). */
  styleRoot: HTMLElement;
  onChoose: (feature: FrontierFeature, latLng: L.LatLng) => void;
}

const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

export class PointRenderer {
  mode: 'canvas' | 'clusters' = 'canvas';
  private features: readonly FrontierFeature[] = [];
  private time = new TimeIndex([]);
  private table = new PointTable([]);
  private featureShown = new Uint8Array(0);
  private rowShown = new Uint8Array(0);
  private rows = new Uint32Array(0);
  private count = 0;
  private countByLayer = new Uint32Array(FEATURE_LAYERS.length);
  private filterKey: string | null = null;
  private readonly canvas: CanvasPointLayer;
  private readonly clusterMarkers: ClusterMarkers;
  private clusters: ClusterCounts | null = null;
  private summed: { counts: ClusterCounts; key: string; view: ClusterView } | null = null;
  private building: Promise<void> = Promise.resolve();
  private idIndex: Map<string, number> | null = null;
  /** What the last draw put on the canvas: lone points (rows) and cluster centres (mercator 0–1). */
  private drawn: { rows: Uint32Array; count: number; clusters: Array<{ x: number; y: number }> } = {
    rows: new Uint32Array(0),
    count: 0,
    clusters: [],
  };

  constructor(
    private readonly map: L.Map,
    private readonly options: PointRendererOptions,
  ) {
    // Registered before the canvas layer's own handler, so that it redraws with this view's points.
    map.on('moveend', this.onMoveEnd, this);
    this.canvas = new CanvasPointLayer({
      pane: options.pane,
      colorOf: (layer) =>
        getComputedStyle(options.styleRoot).getPropertyValue(`--frontier-color-${layer}`).trim() ||
        LAYER_STYLE[layer].color,
      describe: (row) => this.describe(row),
      onChoose: (row) => {
        const feature = this.features[this.table.featureOf[row]!]!;
        this.options.onChoose(feature, L.latLng(this.table.lat[row]!, this.table.lon[row]!));
      },
    }).addTo(map);
    this.clusterMarkers = new ClusterMarkers(map, options.pane, (node, latLng, byKeyboard) =>
      this.expand(node, latLng, byKeyboard),
    );
  }

  /** Resolves when the clusters of the current data are built and drawn. */
  get ready(): Promise<void> {
    return this.building;
  }

  /** Points painted on the canvas in the last redraw (in and near the view). */
  get painted(): number {
    return this.canvas.painted;
  }

  /** Cluster symbols on the map. */
  get clusterCount(): number {
    return this.clusterMarkers.size;
  }

  /** Indexes a new data set (nothing is done when it is the one already drawn). */
  setData(features: readonly FrontierFeature[], mode: 'canvas' | 'clusters'): void {
    if (features === this.features && mode === this.mode) return;
    const sameData = features === this.features;
    this.mode = mode;
    if (!sameData) {
      this.features = features;
      this.table = new PointTable(features);
    }
    this.clusters = null;
    this.clusterMarkers.clear();
    // Clustering starts first: its worker then runs while the rest is set up here.
    if (mode === 'clusters') this.building = this.buildClusters(this.table);
    else this.building = Promise.resolve();
    if (!sameData) {
      this.time = TimeIndex.of(features);
      this.featureShown = new Uint8Array(features.length);
      this.rowShown = new Uint8Array(this.table.size);
      this.rows = new Uint32Array(this.table.size);
      this.idIndex = null;
      this.filterKey = null;
    }
  }

  /** Shows the points of these layers inside the window (nothing is done when they are unchanged). */
  setFilter(window: TimeWindow, layers: Iterable<LayerName>): void {
    const shown = [...layers].sort();
    const key = `${window.from ?? ''}/${window.to ?? ''}/${shown.join()}`;
    if (key === this.filterKey) return;
    this.filterKey = key;
    this.time.filter(window, shown, this.featureShown);
    const { featureOf, layer } = this.table;
    this.countByLayer.fill(0);
    let count = 0;
    for (let row = 0; row < this.table.size; row++) {
      const on = this.featureShown[featureOf[row]!]!;
      this.rowShown[row] = on;
      if (!on) continue;
      this.rows[count++] = row;
      this.countByLayer[layer[row]!]!++;
    }
    this.count = count;
    // For tests and print: how many points the filters let through, drawn alone or in clusters.
    this.map.getContainer().dataset.shownPoints = String(count);
    this.draw(true);
  }

  /** Marks a feature selected; returns where it is, or null when it is not shown. */
  select(id: string | null): L.LatLng | null {
    // Built on the first selection, not with the data: most loads select nothing.
    if (id !== null) this.idIndex ??= new Map(this.features.map((feature, index) => [feature.id, index]));
    const index = id === null ? undefined : this.idIndex?.get(id);
    const rows = index === undefined ? [] : this.table.rowsOf(index).filter((row) => this.rowShown[row]);
    this.canvas.setSelected(rows);
    return rows.length ? L.latLng(this.table.lat[rows[0]!]!, this.table.lon[rows[0]!]!) : null;
  }

  /** Points shown on a layer (after the window), whether drawn alone or in a cluster. */
  shownCount(layer: string): number {
    const index = FEATURE_LAYERS.indexOf(layer as never);
    return index < 0 ? 0 : this.countByLayer[index]!;
  }

  /** Bounds of the points shown, or null. */
  bounds(): L.LatLngBounds | null {
    const extent = this.table.extent(this.rows, this.count);
    return extent ? L.latLngBounds([extent[1], extent[0]], [extent[3], extent[2]]) : null;
  }

  remove(): void {
    const { dataset } = this.map.getContainer();
    delete dataset.shownPoints;
    delete dataset.paintedPoints;
    this.map.off('moveend', this.onMoveEnd, this);
    this.canvas.remove();
    this.clusterMarkers.remove();
    // A cluster build still running then finds its table replaced and draws nothing.
    this.table = new PointTable([]);
  }

  private async buildClusters(table: PointTable): Promise<void> {
    // A live region in the map while it works, as the loading status is for data.
    const status = L.DomUtil.create('div', 'frontier-drawing-status', this.map.getContainer());
    status.setAttribute('role', 'status');
    status.textContent = `Clustering ${table.size.toLocaleString('en-GB')} points…`;
    try {
      const tree = await clusterOffMainThread(table.lon, table.lat, CLUSTER_OPTIONS);
      // A newer data set (or mode) replaced this one meanwhile.
      if (table !== this.table || this.mode !== 'clusters') return;
      this.clusters = new ClusterCounts(tree, FEATURE_LAYERS.length);
      this.draw(true);
    } finally {
      status.remove();
    }
  }

  private onMoveEnd(): void {
    if (this.mode === 'clusters') this.draw(false);
  }

  /** Hands the canvas its rows (and redraws it when `paint`), and updates the cluster markers. */
  private draw(paint: boolean): void {
    if (this.mode === 'canvas') {
      this.clusterMarkers.clear();
      this.canvas.setClusters([]);
      this.canvas.setPoints(this.table, this.rows, this.count, paint);
      this.drawn = { rows: this.rows, count: this.count, clusters: [] };
      return;
    }
    const clusters = this.clusters;
    if (!clusters) {
      this.canvas.setClusters([]);
      this.canvas.setPoints(this.table, this.rows, 0, paint);
      return;
    }
    const zoom = this.map.getZoom();
    const { x, y, layer } = this.table;
    // A pan keeps the zoom and the filter: the sums of the last redraw still hold.
    const sumKey = `${Math.floor(zoom)}|${this.filterKey}`;
    if (this.summed?.counts !== clusters || this.summed.key !== sumKey) {
      this.summed = {
        counts: clusters,
        key: sumKey,
        view: clusters.sum(zoom, this.rows, this.count, x, y, layer),
      };
    }
    const view = this.summed.view;
    const scale = this.map.options.crs!.scale(zoom);
    // The view and the canvas's margin around it: clusters beyond show after the next pan.
    const pixels = this.map.getPixelBounds().pad(0.1);
    const singles: number[] = [];
    const items: ClusterItem[] = [];
    const glyphs: ClusterGlyph[] = [];
    const groups = FEATURE_LAYERS.length;
    for (const node of view.nodes) {
      const count = view.count[node]!;
      if (count === 1) {
        singles.push(view.point[node]!);
        continue;
      }
      const px = view.x[node]! * scale;
      const py = view.y[node]! * scale;
      if (px < pixels.min!.x || px > pixels.max!.x || py < pixels.min!.y || py > pixels.max!.y) continue;
      const counts = view.byGroup.subarray(node * groups, (node + 1) * groups);
      items.push({ node, lat: latOf(view.y[node]!), lng: (view.x[node]! - 0.5) * 360, count, counts });
      glyphs.push({ x: view.x[node]!, y: view.y[node]!, count, counts });
    }
    this.clusterMarkers.update(items);
    this.canvas.setClusters(glyphs);
    const rows = Uint32Array.from(singles);
    this.canvas.setPoints(this.table, rows, singles.length, paint);
    this.drawn = { rows, count: rows.length, clusters: glyphs };
  }

  /**
   * Screen boxes (container pixels) of up to `max` points and clusters drawn in view, for labels to
   * keep clear of: plain arithmetic on the projected arrays, so 100,000 points cost a millisecond.
   */
  obstacleBoxes(max: number): Array<{ minX: number; minY: number; maxX: number; maxY: number }> {
    const map = this.map;
    const scale = map.options.crs!.scale(map.getZoom());
    const { min } = map.getPixelBounds();
    const size = map.getSize();
    const boxes: Array<{ minX: number; minY: number; maxX: number; maxY: number }> = [];
    const add = (mx: number, my: number, half: number) => {
      const x = mx * scale - min!.x;
      const y = my * scale - min!.y;
      if (x < -half || y < -half || x > size.x + half || y > size.y + half) return;
      boxes.push({ minX: x - half, minY: y - half, maxX: x + half, maxY: y + half });
    };
    for (const cluster of this.drawn.clusters) if (boxes.length < max) add(cluster.x, cluster.y, 22);
    const { rows, count } = this.drawn;
    for (let i = 0; i < count && boxes.length < max; i++)
      add(this.table.x[rows[i]!]!, this.table.y[rows[i]!]!, 5);
    return boxes;
  }

  private expand(node: number, latLng: L.LatLng, byKeyboard: boolean): void {
    const zoom = this.clusters?.expansionZoom(node, this.rowShown) ?? this.map.getZoom() + 2;
    // flyTo starts moving at once (whenIdle waits for it); setView's zoom starts a frame later.
    this.map.flyTo(latLng, Math.min(Math.max(zoom, this.map.getZoom() + 1), this.map.getMaxZoom()), {
      duration: 0.5,
    });
    // The cluster's marker is gone after the zoom: keep keyboard focus in the map, not on the page.
    if (byKeyboard) this.map.getContainer().focus({ preventScroll: true });
  }

  private describe(row: number): string {
    const { kind, title, date } = this.features[this.table.featureOf[row]!]!.properties;
    return `${KIND_LABEL[kind]}: ${title}${date ? `, ${date}` : ''}`;
  }
}
