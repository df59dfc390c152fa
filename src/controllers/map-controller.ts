/**
 * The reactive controller behind `<frontier-map>`: loads and validates every source, keeps the
 * valid features, and drives the one MapView (Leaflet) from the element's properties. Created on
 * connect, torn down on disconnect, so a moved element leaks no map and comes back at the same view.
 */
import type * as L from 'leaflet';
import type { ReactiveController } from 'lit';
import type { LegendRow } from '../components/legend/legend.ts';
import type { Notice } from '../components/notices/notices.ts';
import { formatDateSpan } from '../components/panel/feature-panel.ts';
import type { DefaultGeography } from '../data/default-data.ts';
import { layerOf } from '../data/filter.ts';
import type { FrontierFeature, LayerName } from '../data/schema.ts';
import { LAYER_NAMES } from '../data/schema.ts';
import { TimeIndex } from '../data/time-index.ts';
import {
  FrontierErrorEvent,
  FrontierFeaturesChangeEvent,
  FrontierReadyEvent,
  FrontierViewChangeEvent,
} from '../events.ts';
import type { FrontierMapElement } from '../frontier-map.ts';
import type { CountryFeature } from '../map/basemap.ts';
import { decodeCountries } from '../map/basemap.ts';
import { MapView } from '../map/map-view.ts';
import { parseRendererPreference } from '../map/renderer-choice.ts';
import { FrontierAnalysis, VENUE_KINDS } from '../sources/frontier-analysis.ts';
import { FrontierLineController } from '../sources/frontier-line-keeper.ts';
import { SourceRegistry } from '../sources/source-registry.ts';

const PROPERTIES_THAT_REDRAW = new Set(['layers', 'from', 'to']);

export class FrontierMapController implements ReactiveController {
  view: MapView | null = null;
  /** The user chose a feature but a listener called preventDefault(): no panel. */
  panelSuppressed = false;
  /** Problems shown in the notice, oldest first; one per `frontier-error`. */
  notices: Notice[] = [];
  private geography: DefaultGeography | null = null;
  private countries: CountryFeature[] = [];
  /** The view the default fit produced, to tell whether anyone has moved the map since. */
  private autoFitView: string | null = null;
  private quietMove = false;
  private geographyLoad: Promise<void> | null = null;
  private readonly sources: SourceRegistry;
  private readonly analysis = new FrontierAnalysis();
  private readonly frontier: FrontierLineController;
  private resizeObserver: ResizeObserver | null = null;
  private savedView: { center: L.LatLng; zoom: number } | null = null;
  private viewPlaced = false;

  constructor(private readonly host: FrontierMapElement) {
    host.addController(this);
    this.sources = new SourceRegistry(host, {
      onChange: () => this.featuresChanged(),
      onProblem: (source, message, featureIndex, key) =>
        this.reportProblem(source, message, featureIndex, key),
      onRetract: (key) => this.retractProblems(key),
      onLoading: () => this.host.requestUpdate(),
      onExpectFeatures: (count) => this.view?.expectPoints(this.features.length + count),
    });
    this.frontier = new FrontierLineController({
      host,
      analysis: this.analysis,
      override: () => this.sources.frontierOverride,
      defaultLine: () => this.geography?.frontier.features[0],
      view: () => this.view,
      features: () => this.features,
      reportProblem: (source, message) => this.reportProblem(source, message),
    });
  }

  get features(): readonly FrontierFeature[] {
    return this.sources.features;
  }

  featureById(id: string): FrontierFeature | undefined {
    return this.sources.byId(id);
  }

  hostConnected(): void {
    this.geographyLoad ??= this.loadGeography();
    this.sources.connect(!this.host.noDefaultData);
    // The shadow root exists from the first update on; on a re-insert it is already there.
    if (this.host.hasUpdated) this.createView();
  }

  hostDisconnected(): void {
    this.sources.disconnect();
    this.frontier.dispose();
    this.destroyView();
  }

  private async loadGeography(): Promise<void> {
    try {
      const { loadDefaultGeography } = await import('../data/default-data.ts');
      this.geography = await loadDefaultGeography();
      this.countries = decodeCountries(this.geography.basemap);
      this.analysis.setGeography(this.geography, this.countries);
      this.frontier.reset();
      this.frontier.apply();
      this.drawGeography();
    } catch (error) {
      this.reportProblem(
        'default',
        `the basemap could not be loaded: ${error instanceof Error ? error.message : error}`,
      );
    }
    this.host.requestUpdate();
  }

  /** Called from the element's `updated()`. */
  hostPropertiesChanged(changed: Map<string, unknown>): void {
    if (!this.view && this.host.isConnected) {
      this.createView();
      return;
    }
    if (!this.view) return;
    if (changed.has('static') && changed.get('static') !== undefined) {
      this.savedView = this.currentView();
      this.destroyView();
      this.createView();
      return;
    }
    if (changed.has('noDefaultData') && changed.get('noDefaultData') !== undefined) {
      this.sources.setDefaultData(!this.host.noDefaultData);
    }
    if (changed.has('tiles') || changed.has('attribution')) this.applyTiles();
    const redraw = [...changed.keys()].some((key) => PROPERTIES_THAT_REDRAW.has(key));
    if (redraw) this.drawFeatures();
    if ((changed.has('center') || changed.has('zoom')) && this.viewPlaced) this.placeView(true);
    if (changed.has('selected')) this.applySelection(true);
    // One event per update, whether the window, the layers or the selection (or all) changed.
    if (redraw || changed.has('selected')) this.emitViewChange();
    if (changed.has('bufferKm') && changed.get('bufferKm') !== undefined) this.frontier.drawBuffers();
    if (changed.has('renderer') && changed.get('renderer') !== undefined) this.drawFeatures();
  }

  private createView(): void {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.map');
    if (!container || this.view) return;
    this.view = new MapView(container, {
      static: this.host.static,
      rightInset: () => this.host.renderRoot.querySelector<HTMLElement>('[part="legend"]')?.offsetWidth ?? 0,
      onChoose: (feature) => this.host.select(feature.id),
      onViewChange: () => this.emitViewChange(),
      onToggleFullscreen: () => void this.host.toggleFullscreen(),
    });
    this.resizeObserver = new ResizeObserver(() => this.view?.invalidateSize());
    this.resizeObserver.observe(container);
    this.viewPlaced = false;
    this.applyTiles();
    this.drawGeography();
    this.drawFeatures();
    void this.announceReady();
  }

  private destroyView(): void {
    if (!this.view) return;
    this.savedView = this.currentView();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.view.destroy();
    this.view = null;
  }

  private currentView() {
    const map = this.view?.map;
    return map ? { center: map.getCenter(), zoom: map.getZoom() } : this.savedView;
  }

  private async announceReady(): Promise<void> {
    const view = this.view;
    await this.whenIdle();
    if (view && view === this.view) this.host.dispatchEvent(new FrontierReadyEvent());
  }

  /**
   * The first fit ran before the legend had its rows (and width): fit again once everything is
   * drawn, unless someone moved the map meanwhile (a permalink, the user, the page). Quietly: it is
   * still the initial placement, so no view-change event rewrites a permalink.
   */
  private settleInitialFit(): void {
    const view = this.view;
    if (!view || this.autoFitView === null) return;
    const untouched = this.autoFitView === view.map.getCenter().toString() + view.map.getZoom();
    this.autoFitView = null;
    if (!untouched) return;
    this.quietMove = true;
    try {
      view.fitFrontier(false);
    } finally {
      this.quietMove = false;
    }
  }

  /** Initial view: a saved one (re-insert), else the attributes, else the whole frontier. */
  private placeView(fromAttributes = false): void {
    const view = this.view;
    if (!view) return;
    const [lat, lng] = (this.host.center ?? '').split(',').map(Number);
    const zoom = this.host.zoom;
    if (this.savedView && !fromAttributes) {
      view.map.setView(this.savedView.center, this.savedView.zoom, { animate: false });
    } else if (Number.isFinite(lat) && Number.isFinite(lng) && this.host.center) {
      view.map.setView([lat!, lng!], zoom !== null && Number.isFinite(zoom) ? zoom : 7, { animate: false });
    } else if (zoom !== null && Number.isFinite(zoom) && this.geography) {
      view.fitFrontier(false);
      view.map.setZoom(zoom, { animate: false });
    } else {
      view.fitFrontier(false);
      this.autoFitView = view.map.getCenter().toString() + view.map.getZoom();
    }
    this.viewPlaced = true;
  }

  private drawGeography(): void {
    const view = this.view;
    if (!view || !this.geography) return;
    view.setBasemap(this.countries, this.geography.cities);
    this.frontier.draw();
    view.setVisibleLayers(this.host.visibleLayers);
    if (!this.viewPlaced) this.placeView();
  }

  private applyTiles(): void {
    const { tiles, attribution } = this.host;
    if (tiles && !attribution) {
      this.reportProblem('tiles', 'the tiles attribute needs an attribution attribute; tiles not shown');
      this.view?.setTiles(null);
      return;
    }
    this.view?.setTiles(tiles && attribution ? { url: tiles, attribution } : null);
  }

  private drawFeatures(): void {
    const view = this.view;
    if (!view) return;
    const { from, to } = this.host;
    const window = { from: from ?? undefined, to: to ?? undefined };
    view.rendererPreference = parseRendererPreference(this.host.renderer);
    // All features with the window: a canvas or cluster renderer filters its own typed arrays.
    view.setFeatures(this.features, window);
    view.setVisibleLayers(this.host.visibleLayers);
    this.applySelection(false);
  }

  private applySelection(fly: boolean): void {
    const id = this.host.selected;
    const position = this.view?.select(id) ?? null;
    const feature = id ? this.featureById(id) : undefined;
    const venue =
      feature && VENUE_KINDS.has(feature.properties.kind) && feature.geometry?.type === 'Point'
        ? feature.geometry.coordinates
        : null;
    this.view?.setVenueArcs(venue);
    if (fly && position) this.view?.flyToFeature(position);
    if (!id) this.panelSuppressed = false;
  }

  /** Legend label of the frontier row: the user's border name, or the Durand Line's. */
  get frontierLabel(): string | undefined {
    return this.frontier.label;
  }

  private featuresChanged(): void {
    this.frontier.apply();
    this.analysis.setFeatures(this.features);
    this.drawFeatures();
    this.host.requestUpdate();
    this.host.dispatchEvent(new FrontierFeaturesChangeEvent());
  }

  private reportProblem(source: string, message: string, featureIndex?: number, key?: object): void {
    // In place: a source with thousands of bad features must not copy the list once per problem.
    this.notices.push(key ? { source, message, key } : { source, message });
    const detail = featureIndex === undefined ? { source, message } : { source, message, featureIndex };
    this.host.dispatchEvent(new FrontierErrorEvent(detail));
    this.host.requestUpdate();
  }

  /** A source loads again or is gone: its earlier problems leave the notice. */
  private retractProblems(key: object): void {
    if (!this.notices.some((notice) => notice.key === key)) return;
    this.notices = this.notices.filter((notice) => notice.key !== key);
    this.host.requestUpdate();
  }

  /** Names of the user layers loading now. */
  get loadingNames(): string[] {
    return this.sources.loadingNames;
  }

  /** What the layers loading now are doing, by name, for those that say. */
  get loadingDetails(): Map<string, string> {
    return this.sources.loadingDetails;
  }

  dismissNotices(): void {
    this.notices = [];
    this.host.requestUpdate();
  }

  toggleLayer(layer: LayerName, on: boolean): void {
    const shown = new Set(this.host.visibleLayers);
    if (on) shown.add(layer);
    else shown.delete(layer);
    this.host.layers = LAYER_NAMES.filter((name) => shown.has(name)).join(',');
  }

  private emitViewChange(): void {
    const map = this.view?.map;
    if (!map || !this.viewPlaced || this.quietMove) return;
    const center = map.getCenter();
    this.host.dispatchEvent(
      new FrontierViewChangeEvent({
        center: [center.lng, center.lat],
        zoom: map.getZoom(),
        layers: [...this.host.visibleLayers],
        ...(this.host.from ? { from: this.host.from } : {}),
        ...(this.host.to ? { to: this.host.to } : {}),
        ...(this.host.selected ? { event: this.host.selected } : {}),
      }),
    );
  }

  async whenIdle(): Promise<void> {
    await this.geographyLoad;
    await this.sources.whenLoaded();
    await this.frontier.whenDrawn();
    await this.host.updateComplete;
    this.settleInitialFit();
    await this.view?.whenSettled();
  }

  /** Loads every user layer again; each one's earlier problems leave the notice as it starts. */
  async reloadUserLayers(): Promise<void> {
    await this.sources.reloadUserLayers();
  }

  legendRows(): LegendRow[] {
    const counts = this.analysis.countsInWindow(this.host.from, this.host.to);
    // A layer keeps its row (and its switch) when the window holds none of its events: count 0.
    const present = this.analysis.countsInWindow(null, null);
    const rows: LegendRow[] = [];
    for (const layer of LAYER_NAMES) {
      if (layer === 'frontier') {
        if (this.geography) rows.push({ layer });
      } else if (layer === 'buffers') {
        if (this.analysis.frontierLoaded) rows.push({ layer });
      } else if (present.has(layer)) rows.push({ layer, count: counts.get(layer) ?? 0 });
    }
    return rows;
  }

  get frontierNote(): string | undefined {
    return this.analysis.frontierNote;
  }

  get pressNote(): string | undefined {
    return this.analysis.pressNote;
  }

  get dateSpanText(): string {
    // Read on every render: the extent comes with the shared time index, built once per feature list.
    const extent = TimeIndex.of(this.features).dateExtent;
    return extent ? `Events ${formatDateSpan(extent[0], extent[1])}` : '';
  }

  distanceText(feature: FrontierFeature): string | undefined {
    return this.analysis.distanceText(feature);
  }

  venueText(feature: FrontierFeature): string | undefined {
    return this.analysis.venueText(feature);
  }

  /** Distance and side of a feature, for the event list's sort. */
  frontierDistance(feature: FrontierFeature) {
    return this.analysis.frontierDistance(feature);
  }

  /** Whether sides are known (the default frontier between Afghanistan and Pakistan). */
  get frontierHasSides(): boolean {
    return this.frontier.hasSides;
  }

  /** Events per distance band for what is shown now (layers and window), or null. */
  bandCounts() {
    return this.frontier.bandCounts();
  }

  distanceToFrontierKm(lngLat: [number, number]): number {
    return this.analysis.distanceToFrontierKm(lngLat);
  }

  /** Markers drawn per layer (tests and print read it). */
  markerCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const feature of this.features) counts[layerOf(feature)] = 0;
    for (const layer of Object.keys(counts)) {
      counts[layer] = this.view?.markerCount(layer as never) ?? 0;
    }
    return counts;
  }
}
