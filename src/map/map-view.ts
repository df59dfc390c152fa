/**
 * The one owner of Leaflet state for a `<frontier-map>`: creates the map in its shadow root, draws
 * basemap, frontier, features and selection, follows the container's size, and removes it all again.
 * The controller pushes plain data in and moves the view through `camera`.
 */
import * as L from 'leaflet';
import { type TimeWindow, visibleFeatures } from '../data/filter.ts';
import { type FrontierFeature, LAYER_NAMES, type LayerName } from '../data/schema.ts';
import type { BufferBand } from '../geo/buffers.ts';
import { addViewControls, gestureWords, placeCornerControls } from './controls.ts';
import { MarkerKeys } from './marker-keys.ts';
import { PANES } from './panes.ts';
import { type TileOptions, TileSlot } from './tile-layer.ts';

export type { MapViewOptions } from './map-view-options.ts';
export type { TileOptions } from './tile-layer.ts';

import { cooperativeGestures, pageIsAround } from './cooperative-gestures.ts';
import { Credits } from './credits.ts';
import { createFeatureLayers, type FeatureLayerSet, highlightSelected } from './feature-layers.ts';
import type { FrontierLine } from './frontier-line.ts';
import { type BasemapPieces, GeographyLayers } from './geography-layers.ts';
import { HoverTips } from './hover-tips.ts';
import { LazyPoints } from './lazy-points.ts';
import { MapCamera } from './map-camera.ts';
import { leafletOptions } from './map-options.ts';
import type { MapViewOptions } from './map-view-options.ts';
import { MarkerStacks } from './marker-stacks.ts';
import { MeasureTool } from './measure-tool.ts';
import { createBufferBands, VenueArcs } from './overlays.ts';
import { coveredBoxes } from './place-label-layer.ts';
import { ReferenceBadges } from './reference-badges.ts';
import { chooseRenderer, countPoints, type RendererPreference } from './renderer-choice.ts';

/** Our own attribution: the basemap and frontier come from OpenStreetMap boundaries (ODbL). */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

export class MapView {
  readonly map: L.Map;
  /** The language it was made in (a new one makes a new view). */
  readonly language: string;
  /** Every move of the view goes through here. */
  readonly camera: MapCamera;
  /** Basemap, provinces, frontier and place names, by zoom band. */
  private readonly geography: GeographyLayers;
  /** Markers within a marker's width of each other, drawn as one stack that opens. */
  private readonly stacks: MarkerStacks;
  /** Printed source numbers beside the markers, placed before the names. */
  private readonly badges: ReferenceBadges;
  private readonly tiles: TileSlot;
  private readonly arcs: VenueArcs;
  private readonly tips: HoverTips; // title and date over the marker pointed at or focused
  /** Drawing that waits for code loaded on demand (tiles, a venue's arcs), until it is done. */
  private readonly drawing = new Set<Promise<void>>();
  private featureLayers?: FeatureLayerSet;
  /** Canvas or clusters, for data sets with many points (markers otherwise); loaded when needed. */
  private readonly large: LazyPoints;
  private window: TimeWindow = {};
  private counted: { features: readonly FrontierFeature[]; points: number } | null = null;
  /** `renderer` attribute: a fixed renderer, or `auto` (by number of points). */
  rendererPreference: RendererPreference = 'auto';
  private shownLayers = new Set<LayerName>();
  private selectedId: string | null = null;
  /** The selection the stacks were last told of. */
  private revealedId: string | null = null;
  private moving = false;
  private moveWaiters: Array<() => void> = [];
  private buffers?: L.LayerGroup;
  readonly measure: MeasureTool | null = null;
  private removeGestures?: () => void;
  private readonly resizeObserver: ResizeObserver;
  private readonly keys: MarkerKeys;

  constructor(
    container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    const interactive = !options.static;
    this.language = options.i18n.lang;
    this.map = L.map(container, leafletOptions(interactive));
    this.tiles = new TileSlot(this.map);
    this.arcs = new VenueArcs(this.map, 'frontier-line');
    this.tips = new HoverTips(this.map);
    for (const [pane, zIndex] of PANES) this.map.createPane(pane).style.zIndex = String(zIndex);
    const attribution = new Credits().addTo(this.map).addAttribution(OSM_ATTRIBUTION);
    this.keys = new MarkerKeys(this.map.getPane('markerPane') ?? container);
    this.stacks = new MarkerStacks(this.map, {
      pane: 'markerPane',
      describe: (count) => options.i18n.t('stack.label', count),
      tips: this.tips,
    });
    this.geography = new GeographyLayers(this.map, {
      linePane: 'frontier-line',
      credit: (text) => attribution.addAttribution(text),
      i18n: options.i18n,
      covered: options.covered,
      obstacles: () =>
        this.large.renderer?.obstacleBoxes(3000) ?? [...this.stacks.boxes, ...this.badges.boxes],
    });
    this.badges = new ReferenceBadges(this.map, {
      pane: 'frontier-ref-numbers',
      numbers: () => (this.large.renderer ? null : (options.referenceNumbers?.() ?? null)),
      groups: () => this.stacks.groups,
      obstacles: () => [...this.stacks.boxes, ...coveredBoxes(this.map, options.covered)],
      format: (n) => options.i18n.format.number(n),
    });
    this.large = new LazyPoints(this.map, {
      pane: 'frontier-points',
      styleRoot: this.map.getContainer(),
      // Canvas points are hit on the map's own click, which the measure tool takes while it is on.
      onChoose: (feature) => {
        if (!this.measure?.isActive) this.options.onChoose(feature);
      },
    });
    const { start } = placeCornerControls(this.map, attribution, options.i18n.dir);
    const { rightInset, topInset } = options;
    this.camera = new MapCamera(this.map, { static: options.static, rightInset, topInset });
    // Leaflet follows only window resizes: a container resized otherwise would keep its old size.
    this.resizeObserver = new ResizeObserver(() => this.camera.resize());
    this.resizeObserver.observe(container);
    if (interactive) {
      const fullscreen = options.onToggleFullscreen;
      addViewControls(this.map, options.i18n, start, {
        onFitFrontier: () => this.camera.fitFrontier(),
        onFitStory: () => this.fitStory(),
        ...(fullscreen ? { onToggleFullscreen: fullscreen } : {}),
      });
      this.measure = new MeasureTool(this.map, 'frontier-labels', options.i18n, start);
      const gestures = { active: options.cooperative ?? pageIsAround, words: gestureWords(options.i18n) };
      this.removeGestures = cooperativeGestures(container, gestures);
    }
    this.map.on('movestart', () => {
      this.moving = true;
    });
    this.map.on('moveend', () => {
      this.moving = false;
      this.layOut();
      for (const resolve of this.moveWaiters.splice(0)) resolve();
      options.onViewChange();
    });
  }

  /** The basemap pieces loaded so far (each band shown at its zooms), with the place names. */
  setBasemap(pieces: BasemapPieces): void {
    this.geography.setBasemap(pieces);
  }

  /**
   * The frontier line, with `caption` as its label (the Durand Line's caption when absent); `low`,
   * when given, is drawn in its place up to zoom 6, with the coarse basemap it was cut from.
   */
  setFrontier(line: FrontierLine | null, caption?: string, low?: FrontierLine | null): void {
    this.camera.frontierBounds = this.geography.setFrontier(line, low ?? null, caption) ?? undefined;
  }

  /** Optional raster tiles, credited as text. */
  setTiles(tiles: TileOptions | null): Promise<void> {
    return this.whileDrawing(this.tiles.set(tiles));
  }

  /**
   * About this many points are on their way (a large source is parsed): when they will be clustered,
   * the clustering worker starts now, while the page is still free to start it.
   */
  expectPoints(count: number): void {
    if (chooseRenderer(count, this.rendererPreference) === 'clusters') {
      void import('./cluster-source.ts').then(({ prepareClusterWorker }) => prepareClusterWorker());
    }
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
    this.stacks.setMarkers([]);
    if (mode !== 'markers') {
      this.large.show(
        features,
        mode,
        () => ({ window: this.window, layers: this.shownLayers }),
        () => this.highlight(),
      );
      return;
    }
    this.large.hide();
    this.featureLayers = createFeatureLayers(
      visibleFeatures(features, LAYER_NAMES, window),
      { markers: 'markerPane', areas: 'frontier-areas' },
      (feature, latLng) => {
        // While measuring, a marker is a point to measure to, not a selection.
        if (this.measure?.isActive) this.measure.addPoint(latLng);
        else this.options.onChoose(feature);
      },
      this.options.i18n,
      this.tips,
    );
    this.stacks.setMarkers(
      [...this.featureLayers.byId.values()]
        .flat()
        .filter((layer): layer is L.Marker => layer instanceof L.Marker),
    );
    this.applyVisibility();
    this.highlight();
  }

  setVisibleLayers(layers: readonly LayerName[]): void {
    this.shownLayers = new Set(layers);
    this.applyVisibility();
    this.large.renderer?.setFilter(this.window, this.shownLayers);
  }

  /** Distance bands along the frontier (null removes them). */
  setBuffers(bands: readonly BufferBand[] | null): void {
    this.buffers?.remove();
    this.buffers = bands ? createBufferBands(bands, 'frontier-buffers') : undefined;
    this.applyVisibility();
  }

  /** Great-circle arcs from a venue to both capitals (null removes them). */
  setVenueArcs(venue: GeoJSON.Position | null): void {
    this.whileDrawing(this.arcs.set(venue)).catch(() => {}); // offline: chosen, without its arcs
  }

  /** `whenSettled()` waits for `work` (and returns it: a failure to load is the caller's). */
  private whileDrawing(work: Promise<void>): Promise<void> {
    const settled = work.catch(() => {}).finally(() => this.drawing.delete(settled));
    this.drawing.add(settled);
    return work;
  }

  private applyVisibility(): void {
    if (this.buffers) {
      if (this.shownLayers.has('buffers')) this.buffers.addTo(this.map);
      else this.buffers.remove();
    }
    this.geography.setFrontierVisible(this.shownLayers.has('frontier'));
    for (const [name, group] of this.featureLayers?.groups ?? []) {
      if (this.shownLayers.has(name)) group.addTo(this.map);
      else group.remove();
    }
    this.layOut();
  }

  /**
   * Stacks, keys, printed numbers and names for the view now: the map came to rest, what it shows
   * changed, or print began or ended.
   */
  layOut(): void {
    this.stacks.update();
    this.keys.refresh();
    this.badges.update();
    this.geography.updateLabels();
  }

  /** Marks the selected feature's markers, flying to it when asked; false when it is not drawn. */
  select(id: string | null, fly = false): boolean {
    this.selectedId = id;
    const position = this.highlight();
    // A new selection folded into a stack is fanned out (and stays so through the flight).
    this.stacks.select(id, id !== this.revealedId);
    this.revealedId = id;
    if (fly && position) this.camera.flyTo(position);
    return position !== null;
  }

  private highlight(): L.LatLng | null {
    if (this.large.renderer) return this.large.renderer.select(this.selectedId);
    return this.featureLayers ? highlightSelected(this.featureLayers, this.selectedId) : null;
  }

  /** The frontier plus every feature, so distant talk venues (Doha, Istanbul) come into view. */
  fitStory(): void {
    const layers = [...(this.featureLayers?.groups.values() ?? [])].flatMap((group) => group.getLayers());
    const points = layers.flatMap((layer) => (layer instanceof L.Marker ? [layer.getLatLng()] : []));
    this.camera.fitStory(points, this.large.renderer?.bounds());
  }

  /** Resolves when no pan or zoom is under way (and clusters being built are drawn). */
  whenSettled(): Promise<void> {
    return Promise.all([this.large.ready, ...this.drawing]).then(() => this.moveSettled());
  }

  private moveSettled(): Promise<void> {
    if (!this.moving) return Promise.resolve();
    return new Promise((resolve) => this.moveWaiters.push(resolve));
  }

  destroy(): void {
    for (const resolve of this.moveWaiters.splice(0)) resolve();
    this.resizeObserver.disconnect();
    this.removeGestures?.();
    this.keys.remove();
    this.measure?.remove();
    this.tiles.remove();
    this.arcs.remove();
    this.tips.remove();
    this.stacks.remove();
    this.badges.remove();
    this.geography.remove();
    this.map.stop();
    // Leaflet ends a zoom animation from a 250 ms timer that touches panes remove() deletes; marking
    // the animation finished makes that timer a no-op (removing mid-zoom otherwise throws).
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.off();
    this.map.remove();
  }
}
