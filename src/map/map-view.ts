/**
 * The one owner of Leaflet state for a `<frontier-map>`: creates the map in the element's shadow
 * root, draws basemap, frontier, features and selection, follows the container's size, and removes
 * it all again. The controller pushes plain data in and moves the view through `camera`; nothing
 * outside `src/map/` touches Leaflet.
 */
import type { FeatureCollection, Point } from 'geojson';
import * as L from 'leaflet';
import { type TimeWindow, visibleFeatures } from '../data/filter.ts';
import { type FrontierFeature, LAYER_NAMES, type LayerName } from '../data/schema.ts';
import type { BufferBand } from '../geo/buffers.ts';
import type { CountryFeature } from './basemap.ts';
import { createBasemapLayer, createCityLabels } from './basemap.ts';
import { prepareClusterWorker } from './cluster-source.ts';
import { createStoryControl } from './controls.ts';
import { cooperativeGestures, pageIsAround } from './cooperative-gestures.ts';
import { createFeatureLayers, type FeatureLayerSet } from './feature-layers.ts';
import { createFrontierLayer, type FrontierLine, toLatLngLines } from './frontier-line.ts';
import { MapCamera } from './map-camera.ts';
import { MeasureTool } from './measure-tool.ts';
import { createBufferBands, createVenueArcs } from './overlays.ts';
import { PointRenderer } from './point-renderer.ts';
import { countPoints } from './point-table.ts';
import { chooseRenderer, type RendererPreference } from './renderer-choice.ts';

export interface MapViewOptions {
  static: boolean;
  /** Width in px that overlays (the legend) cover on the right, so fitting keeps features clear of it. */
  rightInset?: () => number;
  onChoose: (feature: FrontierFeature) => void;
  /** The map came to rest after a move (any: the user's, a fit, a fly to a selection). */
  onViewChange: () => void;
  /** Adds the fullscreen button; it calls this. */
  onToggleFullscreen?: () => void;
  /** Whether the wheel and one finger are left to the page now (default: in an iframe or a page that scrolls). */
  cooperative?: () => boolean;
}

export interface TileOptions {
  url: string;
  attribution: string;
}

/** Our own attribution: the basemap and frontier come from OpenStreetMap boundaries (ODbL). */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class MapView {
  readonly map: L.Map;
  /** Every move of the view goes through here. */
  readonly camera: MapCamera;
  private basemap?: L.LayerGroup;
  private cities?: L.LayerGroup;
  private frontier?: L.LayerGroup;
  private tiles?: L.TileLayer;
  private featureLayers?: FeatureLayerSet;
  /** Canvas or clusters, for data sets with many points (markers otherwise). */
  private points?: PointRenderer;
  private window: TimeWindow = {};
  private counted: { features: readonly FrontierFeature[]; points: number } | null = null;
  /** `renderer` attribute: a fixed renderer, or `auto` (by number of points). */
  rendererPreference: RendererPreference = 'auto';
  private shownLayers = new Set<LayerName>();
  private selectedId: string | null = null;
  private moving = false;
  private moveWaiters: Array<() => void> = [];
  private buffers?: L.LayerGroup;
  private arcs?: L.LayerGroup;
  readonly measure: MeasureTool | null = null;
  private removeGestures?: () => void;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    const interactive = !options.static;
    this.map = L.map(container, {
      zoomSnap: 0.25,
      zoomControl: interactive,
      attributionControl: false,
      dragging: interactive,
      scrollWheelZoom: interactive,
      doubleClickZoom: interactive,
      boxZoom: interactive,
      touchZoom: interactive,
      keyboard: interactive,
      zoomAnimation: interactive,
      fadeAnimation: interactive,
      markerZoomAnimation: interactive,
      inertia: interactive,
      worldCopyJump: false,
      minZoom: 3,
      maxZoom: 14,
    });
    this.map.createPane('frontier-buffers').style.zIndex = '405';
    this.map.createPane('frontier-areas').style.zIndex = '410';
    this.map.createPane('frontier-line').style.zIndex = '420';
    this.map.createPane('frontier-labels').style.zIndex = '430';
    // Canvas points and clusters: above Leaflet's marker pane (600), below tooltips (650).
    this.map.createPane('frontier-points').style.zIndex = '610';
    const attribution = L.control.attribution({ prefix: false }).addTo(this.map);
    attribution.addAttribution(OSM_ATTRIBUTION);
    L.control.scale({ metric: true, imperial: true, position: 'bottomleft' }).addTo(this.map);
    this.camera = new MapCamera(this.map, { static: options.static, rightInset: options.rightInset });
    // Leaflet 1.9 follows only window resizes: a container resized by the page, full screen or
    // print would keep its old size (and a map created at 0×0 would stay empty).
    this.resizeObserver = new ResizeObserver(() => this.camera.resize());
    this.resizeObserver.observe(container);
    if (interactive) {
      createStoryControl({
        onFitFrontier: () => this.camera.fitFrontier(),
        onFitStory: () => this.fitStory(),
        ...(options.onToggleFullscreen ? { onToggleFullscreen: options.onToggleFullscreen } : {}),
      }).addTo(this.map);
      this.measure = new MeasureTool(this.map, 'frontier-labels');
      this.removeGestures = cooperativeGestures(container, { active: options.cooperative ?? pageIsAround });
    }
    this.map.on('movestart', () => {
      this.moving = true;
    });
    this.map.on('moveend', () => {
      this.moving = false;
      for (const resolve of this.moveWaiters.splice(0)) resolve();
      options.onViewChange();
    });
  }

  setBasemap(countries: CountryFeature[], cities?: FeatureCollection<Point, { name: string }>): void {
    this.basemap?.remove();
    this.cities?.remove();
    this.basemap = createBasemapLayer(countries, 'frontier-labels').addTo(this.map);
    if (cities) this.cities = createCityLabels(cities, 'frontier-labels').addTo(this.map);
  }

  /** The frontier line, with `caption` as its label (the Durand Line's caption when absent). */
  setFrontier(line: FrontierLine | null, caption?: string): void {
    this.frontier?.remove();
    this.frontier = undefined;
    this.camera.frontierBounds = undefined;
    if (!line) return;
    this.frontier = createFrontierLayer(line, {
      pane: 'frontier-line',
      labelPane: 'frontier-labels',
      ...(caption ? { caption } : {}),
    });
    this.camera.frontierBounds = L.latLngBounds(toLatLngLines(line).flat());
    this.applyVisibility();
  }

  /** Optional raster tiles; the attribution is escaped because Leaflet writes it as HTML. */
  setTiles(tiles: TileOptions | null): void {
    if (this.tiles) {
      this.map.attributionControl?.removeAttribution(this.tiles.getAttribution?.() ?? '');
      this.tiles.remove();
      this.tiles = undefined;
    }
    if (!tiles) return;
    this.tiles = L.tileLayer(tiles.url, {
      attribution: escapeHtml(tiles.attribution),
      crossOrigin: 'anonymous',
      maxZoom: 18,
    }).addTo(this.map);
  }

  /**
   * About this many points are on their way (a large source is parsed): when they will be clustered,
   * the clustering worker starts now, while the page is still free to start it.
   */
  expectPoints(count: number): void {
    if (chooseRenderer(count, this.rendererPreference) === 'clusters') prepareClusterWorker();
  }

  /**
   * Draws the features inside the time window: DOM markers for few points; for many, a canvas or
   * clusters that re-filter typed arrays on a window change instead of rebuilding Leaflet layers.
   */
  setFeatures(features: readonly FrontierFeature[], window: TimeWindow = {}): void {
    if (this.counted?.features !== features) this.counted = { features, points: countPoints(features) };
    const mode = chooseRenderer(this.counted.points, this.rendererPreference);
    this.map.getContainer().dataset.renderer = mode;
    this.window = window;
    for (const group of this.featureLayers?.groups.values() ?? []) group.remove();
    this.featureLayers = undefined;
    if (mode !== 'markers') {
      this.points ??= new PointRenderer(this.map, {
        pane: 'frontier-points',
        styleRoot: this.map.getContainer(),
        // Canvas points are hit on the map's own click, which the measure tool takes while it is on.
        onChoose: (feature) => {
          if (!this.measure?.isActive) this.options.onChoose(feature);
        },
      });
      this.points.setData(features, mode);
      this.points.setFilter(window, this.shownLayers);
      this.highlight();
      return;
    }
    this.points?.remove();
    this.points = undefined;
    this.featureLayers = createFeatureLayers(
      visibleFeatures(features, LAYER_NAMES, window),
      { markers: 'markerPane', areas: 'frontier-areas' },
      (feature, latLng) => {
        // While measuring, a marker is a point to measure to, not a selection.
        if (this.measure?.isActive) this.measure.addPoint(latLng);
        else this.options.onChoose(feature);
      },
    );
    this.applyVisibility();
    this.highlight();
  }

  setVisibleLayers(layers: readonly LayerName[]): void {
    this.shownLayers = new Set(layers);
    this.applyVisibility();
    this.points?.setFilter(this.window, this.shownLayers);
  }

  /** Distance bands along the frontier (null removes them). */
  setBuffers(bands: readonly BufferBand[] | null): void {
    this.buffers?.remove();
    this.buffers = bands ? createBufferBands(bands, 'frontier-buffers') : undefined;
    this.applyVisibility();
  }

  /** Great-circle arcs from a venue to both capitals (null removes them). */
  setVenueArcs(venue: GeoJSON.Position | null): void {
    this.arcs?.remove();
    this.arcs = venue ? createVenueArcs(venue, 'frontier-line').addTo(this.map) : undefined;
  }

  private applyVisibility(): void {
    if (this.buffers) {
      if (this.shownLayers.has('buffers')) this.buffers.addTo(this.map);
      else this.buffers.remove();
    }
    if (this.frontier) {
      if (this.shownLayers.has('frontier')) this.frontier.addTo(this.map);
      else this.frontier.remove();
    }
    for (const [name, group] of this.featureLayers?.groups ?? []) {
      if (this.shownLayers.has(name)) group.addTo(this.map);
      else group.remove();
    }
  }

  /** Marks the selected feature's markers, flying to it when asked; false when it is not drawn. */
  select(id: string | null, fly = false): boolean {
    this.selectedId = id;
    const position = this.highlight();
    if (fly && position) this.camera.flyTo(position);
    return position !== null;
  }

  private highlight(): L.LatLng | null {
    if (this.points) return this.points.select(this.selectedId);
    let position: L.LatLng | null = null;
    for (const [id, layers] of this.featureLayers?.byId ?? []) {
      for (const layer of layers) {
        if (!(layer instanceof L.Marker)) continue;
        const element = layer.getElement();
        const selected = id === this.selectedId;
        element?.classList.toggle('is-selected', selected);
        element?.setAttribute('aria-pressed', String(selected));
        if (selected) {
          layer.setZIndexOffset(1000);
          position ??= layer.getLatLng();
        } else layer.setZIndexOffset(0);
      }
    }
    return position;
  }

  /** The frontier plus every feature, so distant talk venues (Doha, Istanbul) come into view. */
  fitStory(): void {
    const bounds = L.latLngBounds([]);
    if (this.camera.frontierBounds) bounds.extend(this.camera.frontierBounds);
    for (const group of this.featureLayers?.groups.values() ?? []) {
      for (const layer of group.getLayers()) if (layer instanceof L.Marker) bounds.extend(layer.getLatLng());
    }
    const points = this.points?.bounds();
    if (points) bounds.extend(points);
    this.camera.fitBounds(bounds);
  }

  /** Resolves when no pan or zoom is under way (and clusters being built are drawn). */
  whenSettled(): Promise<void> {
    const drawn = this.points?.ready;
    if (drawn) return drawn.then(() => this.moveSettled());
    return this.moveSettled();
  }

  private moveSettled(): Promise<void> {
    if (!this.moving) return Promise.resolve();
    return new Promise((resolve) => this.moveWaiters.push(resolve));
  }

  destroy(): void {
    for (const resolve of this.moveWaiters.splice(0)) resolve();
    this.resizeObserver.disconnect();
    this.removeGestures?.();
    this.measure?.remove();
    this.map.stop();
    // Leaflet ends a zoom animation from a 250 ms timer that touches panes remove() deletes; marking
    // the animation finished makes that timer a no-op (removing mid-zoom otherwise throws).
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.off();
    this.map.remove();
  }
}
