/**
 * Printing `<frontier-map>`: Leaflet 1.9 only listens to window resize, so when the page is laid out
 * for paper the map would keep its screen size, cut off or with blank edges. This controller saves
 * the view on `beforeprint`; when print media applies (Chromium reports the change while it lays
 * out the pages, with the page size already in place; emulated print media does too) it gives
 * Leaflet the new size and fits the saved bounds into it; on `afterprint` it puts the view back.
 * It also keeps the "sources in view" list current while printing or in static mode.
 */
import type * as L from 'leaflet';
import type { ReactiveController } from 'lit';
import { visibleFeatures } from '../data/filter.ts';
import type { FrontierMapElement } from '../frontier-map.ts';
import { type SourceEntry, sourcesInView } from '../print/sources-in-view.ts';

interface SavedView {
  center: L.LatLng;
  zoom: number;
  bounds: L.LatLngBounds;
  size: L.Point;
  legendOpen: boolean;
}

/** Bounds of the view, or null while Leaflet has no view yet (it throws then). */
function boundsOf(map: L.Map): L.LatLngBounds | null {
  try {
    const bounds = map.getBounds();
    return bounds.isValid() ? bounds : null;
  } catch {
    return null;
  }
}

export class PrintController implements ReactiveController {
  /** Print media applies: a print is being laid out, or print media is emulated. */
  printing = false;
  private media: MediaQueryList | null = null;
  private saved: SavedView | null = null;

  constructor(private readonly host: FrontierMapElement) {
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
   * The sources of the features drawn inside the map's bounds, numbered; empty unless printing or
   * static (the list is not shown otherwise, so it is not worked out).
   */
  sourcesInView(): SourceEntry[] {
    if (!this.printing && !this.host.static) return [];
    const map = this.host.map;
    const bounds = map && boundsOf(map);
    if (!bounds) return [];
    const { from, to } = this.host;
    const window = { from: from ?? undefined, to: to ?? undefined };
    const shown = visibleFeatures(this.host.features, this.host.visibleLayers, window);
    return sourcesInView(shown, [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
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
    this.fitSaved();
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
    const map = this.host.map;
    const bounds = map && boundsOf(map);
    if (!map || !bounds) return;
    const legend = this.legend;
    this.saved = {
      center: map.getCenter(),
      zoom: map.getZoom(),
      bounds,
      size: map.getSize(),
      legendOpen: legend?.open ?? true,
    };
    // A sheet must explain itself: the legend prints open even if it was folded on screen.
    if (legend) legend.open = true;
  }

  /** Gives Leaflet the print size and shows at least the saved view in it. */
  private fitSaved(): void {
    const map = this.host.map;
    const saved = this.saved;
    if (!map || !saved) return;
    map.invalidateSize({ pan: false });
    if (map.getSize().equals(saved.size)) return;
    map.fitBounds(saved.bounds, { animate: false });
  }

  private restore(): void {
    const saved = this.saved;
    this.saved = null;
    this.printing = this.media?.matches ?? false;
    this.host.requestUpdate();
    if (!saved) return;
    const legend = this.legend;
    if (legend) legend.open = saved.legendOpen;
    const map = this.host.map;
    if (!map) return;
    map.invalidateSize({ pan: false });
    map.setView(saved.center, saved.zoom, { animate: false });
  }
}
