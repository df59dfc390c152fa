/**
 * The clusters' keyboard and pointer targets: one transparent `<button>` per cluster in view, named
 * ("1,234 events: Air strikes 600, …"), over the ring the canvas draws. Placed with left/top in the
 * points pane — not as Leaflet markers, whose 3D transforms make each one a composited layer — and
 * reused across redraws, so a redraw writes a few properties per cluster and creates DOM only when
 * more clusters are in view than before.
 */
import * as L from 'leaflet';
import { clusterDiameter, describeCluster } from './cluster-style.ts';

/** A cluster to show. */
export interface ClusterItem {
  node: number;
  lat: number;
  lng: number;
  count: number;
  /** Points per layer, by FEATURE_LAYERS index. */
  counts: ArrayLike<number>;
}

interface Shown {
  button: HTMLButtonElement;
  /** The cluster the button stands for now (buttons are reused). */
  node: number;
  latLng: L.LatLng;
  /** Layer point last written. */
  x: number;
  y: number;
  key: string;
}

export class ClusterMarkers {
  private readonly shown = new Map<number, Shown>();
  private readonly holder: HTMLElement;

  constructor(
    private readonly map: L.Map,
    pane: string,
    /** A cluster was clicked or activated with Enter or Space. */
    private readonly onExpand: (node: number, latLng: L.LatLng, byKeyboard: boolean) => void,
  ) {
    this.holder = L.DomUtil.create('div', 'frontier-cluster-targets', map.getPane(pane));
  }

  /** Number of clusters on the map. */
  get size(): number {
    return this.shown.size;
  }

  /** Targets exactly these clusters, reusing the buttons already there. */
  update(items: readonly ClusterItem[]): void {
    const wanted = new Set(items.map((item) => item.node));
    const free: Shown[] = [];
    for (const [node, shown] of this.shown) {
      if (wanted.has(node)) continue;
      free.push(shown);
      this.shown.delete(node);
    }
    for (const item of items) {
      let shown = this.shown.get(item.node);
      if (!shown) {
        shown = free.pop() ?? this.create();
        shown.node = item.node;
        this.shown.set(item.node, shown);
      }
      shown.latLng = L.latLng(item.lat, item.lng);
      const point = this.map.latLngToLayerPoint(shown.latLng);
      // A pan leaves layer points as they were: write only what moved.
      if (point.x !== shown.x || point.y !== shown.y) {
        shown.x = point.x;
        shown.y = point.y;
        shown.button.style.left = `${point.x}px`;
        shown.button.style.top = `${point.y}px`;
      }
      const key = `${item.count}|${Array.from(item.counts).join(',')}`;
      if (key === shown.key) continue;
      shown.key = key;
      const diameter = clusterDiameter(item.count);
      shown.button.style.width = `${diameter}px`;
      shown.button.style.height = `${diameter}px`;
      shown.button.style.margin = `${-diameter / 2}px 0 0 ${-diameter / 2}px`;
      shown.button.setAttribute('aria-label', describeCluster(item.count, item.counts));
      shown.button.dataset.count = String(item.count);
    }
    for (const { button } of free) button.remove();
  }

  clear(): void {
    this.holder.replaceChildren();
    this.shown.clear();
  }

  remove(): void {
    this.clear();
    this.holder.remove();
  }

  private create(): Shown {
    const button = L.DomUtil.create('button', 'frontier-cluster', this.holder) as HTMLButtonElement;
    button.type = 'button';
    const shown: Shown = { button, node: -1, latLng: L.latLng(0, 0), x: Number.NaN, y: Number.NaN, key: '' };
    // The map must not also take the click (it would hit-test the canvas) or the double-click (zoom).
    L.DomEvent.on(button, 'click dblclick', L.DomEvent.stopPropagation);
    button.addEventListener('click', (event) => {
      // A drag of the map that started on a cluster ends with a click on it: not a choice.
      if ((this.map.dragging as L.Handler & { moved?(): boolean })?.moved?.()) return;
      this.onExpand(shown.node, shown.latLng, event.detail === 0);
    });
    return shown;
  }
}
