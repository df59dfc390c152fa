/**
 * Printing `<frontier-map>`: Leaflet 1.9 only listens to window resize, so when the page is laid out
 * for paper the map would keep its screen size, cut off or with blank edges. This controller saves
 * the view on `beforeprint`; when print media applies (Chromium reports the change while it lays
 * out the pages, with the page size already in place; emulated print media does too) it asks the
 * camera to take the new size and show the saved bounds; on `afterprint` the view comes back. It
 * also keeps the "sources in view" list current while printing or in static mode.
 */
import type { ReactiveController } from 'lit';
import type { HeadingModel } from '../components/heading/heading.ts';
import type { LegendModel } from '../components/legend/legend-model.ts';
import type { MapState } from '../data/map-state.ts';
import type { MapCamera, SavedView } from '../map/map-camera.ts';
import type { SnapshotOptions } from '../print/snapshot.ts';
import { type SourceEntry, sourcesInView } from '../print/sources-in-view.ts';
import type { FrontierMapHost } from './host.ts';

/** What printing asks of the map besides its settings. */
export interface PrintMap {
  camera: () => MapCamera | null;
  state: () => MapState;
  whenIdle: () => Promise<void>;
  legend: () => LegendModel;
  heading: () => HeadingModel;
}

export class PrintController implements ReactiveController {
  /** Print media applies: a print is being laid out, or print media is emulated. */
  printing = false;
  private media: MediaQueryList | null = null;
  private saved: { view: SavedView; legendOpen: boolean } | null = null;

  constructor(
    private readonly host: FrontierMapHost,
    private readonly map: PrintMap,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = window.matchMedia('print');
    this.printing = this.media.matches;
    this.media.addEventListener('change', this.onMediaChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.host.addEventListener('frontier-view-change', this.onViewChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onMediaChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.host.removeEventListener('frontier-view-change', this.onViewChange);
    this.saved = null;
  }

  /**
   * The sources of the features shown inside the map's bounds, numbered; empty unless printing or
   * static (the list is not shown otherwise, so it is not worked out).
   */
  sourcesInView(): SourceEntry[] {
    if (!this.printing && !this.host.static) return [];
    const bounds = this.map.camera()?.bounds();
    return bounds ? sourcesInView(this.map.state().shown, bounds) : [];
  }

  /** A PNG of the element as it is now, its legend and heading painted from their models. */
  async snapshot(options: SnapshotOptions): Promise<Blob> {
    const { host, map } = this;
    const container = map.camera() ? host.renderRoot.querySelector<HTMLElement>('.map') : null;
    const { whenIdle, legend, heading } = map;
    // Painting a picture is rare: its code loads when first asked for, not with the page.
    const { snapshotElement } = await import('../print/snapshot.ts');
    return snapshotElement(
      { element: host, root: host.renderRoot, container, whenIdle, legend, heading },
      options,
    );
  }

  private readonly onViewChange = () => {
    if (this.printing || this.host.static) this.host.requestUpdate();
  };

  private readonly onBeforePrint = () => {
    // Already laid out for print (emulated print media): the map has its print size.
    if (this.media?.matches) return;
    this.save();
    this.printing = true;
    // Lit renders in a microtask, which runs before the browser lays out the pages.
    this.host.requestUpdate();
  };

  private readonly onMediaChange = (event: MediaQueryListEvent) => {
    if (!event.matches) {
      this.restore();
      return;
    }
    // Without a beforeprint (emulated media), Leaflet still holds the screen size: save it now.
    if (!this.saved) this.save();
    this.printing = true;
    if (this.saved) this.map.camera()?.resizeAndFit(this.saved.view);
    this.host.requestUpdate();
  };

  private readonly onAfterPrint = () => {
    // Chromium may still report print media here; its change event restores then.
    if (!this.media?.matches) this.restore();
  };

  private get legend(): HTMLDetailsElement | null {
    return this.host.renderRoot.querySelector<HTMLDetailsElement>('details.legend');
  }

  private save(): void {
    const view = this.map.camera()?.save();
    if (!view) return;
    const legend = this.legend;
    this.saved = { view, legendOpen: legend?.open ?? true };
    // A sheet must explain itself: the legend prints open even if it was folded on screen.
    if (legend) legend.open = true;
  }

  private restore(): void {
    const saved = this.saved;
    this.saved = null;
    this.printing = this.media?.matches ?? false;
    this.host.requestUpdate();
    if (!saved) return;
    const legend = this.legend;
    if (legend) legend.open = saved.legendOpen;
    this.map.camera()?.restore(saved.view);
  }
}
