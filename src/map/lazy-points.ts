/**
 * The canvas and cluster renderer of large data sets, with its code (supercluster, the cluster
 * worker, the canvas layer) loaded the first time a data set needs it: most pages draw a few hundred
 * markers and never load it. Only the latest data set handed in is drawn.
 */
import type * as L from 'leaflet';
import type { TimeWindow } from '../data/filter.ts';
import type { FrontierFeature, LayerName } from '../data/schema.ts';
import type { PointRenderer, PointRendererOptions } from './point-renderer.ts';

export class LazyPoints {
  /** The renderer, once loaded and while a large data set is shown; null otherwise. */
  renderer: PointRenderer | null = null;
  private code: Promise<typeof import('./point-renderer.ts')> | null = null;
  private latest = 0;
  /** Resolves when the latest data set is drawn (its clusters built). */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly map: L.Map,
    private readonly options: PointRendererOptions,
  ) {}

  /** Draws `features` as `mode`, filtered; `drawn` runs once they are (not when overtaken). */
  show(
    features: readonly FrontierFeature[],
    mode: 'canvas' | 'clusters',
    /** The window and layers when the code is there (they may change while it loads). */
    filter: () => { window: TimeWindow; layers: Iterable<LayerName> },
    drawn: () => void,
  ): void {
    const token = ++this.latest;
    this.code ??= import('./point-renderer.ts');
    this.ready = this.code.then(({ PointRenderer }) => {
      if (token !== this.latest) return;
      this.renderer ??= new PointRenderer(this.map, this.options);
      this.renderer.setData(features, mode);
      const { window, layers } = filter();
      this.renderer.setFilter(window, layers);
      drawn();
      return this.renderer.ready;
    });
  }

  /** Removes the renderer (the data set is small again, or the map goes). */
  hide(): void {
    this.latest++;
    this.renderer?.remove();
    this.renderer = null;
  }
}
