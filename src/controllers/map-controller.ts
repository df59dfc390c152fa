/**
 * The reactive controller behind `<frontier-map>`: the one owner of the map's state. It loads and
 * validates every source, keeps the valid features, derives the `MapState` once per update, and
 * drives the one MapView (Leaflet) from it. Created on connect, torn down on disconnect, so a moved
 * element leaks no map and comes back at the same view.
 */
import type { ReactiveController } from 'lit';
import { deriveMapState, type MapState, viewChangeState, withView } from '../data/map-state.ts';
import type { FrontierFeature } from '../data/schema.ts';
import { parseCenter } from '../data/view-state.ts';
import {
  FrontierFeaturesChangeEvent,
  FrontierReadyEvent,
  FrontierSelectEvent,
  FrontierViewChangeEvent,
} from '../events.ts';
import { cooperativeActive, isFullscreen, pageIsAround } from '../map/cooperative-gestures.ts';
import type { CameraView, MapCamera } from '../map/map-camera.ts';
import { MapView } from '../map/map-view.ts';
import { parseRendererPreference } from '../map/renderer-choice.ts';
import { venuePosition } from '../sources/frontier-analysis.ts';
import { FrontierLineKeeper } from '../sources/frontier-line-keeper.ts';
import { GeographySource } from '../sources/geography-source.ts';
import { ProblemLog } from '../sources/problem-log.ts';
import { SourceRegistry } from '../sources/source-registry.ts';
import { GeographyKeeper } from './geography-keeper.ts';
import type { FrontierMapHost } from './host.ts';
import { overlaysOver } from './map-overlays.ts';

/** Settings whose change redraws the features (and is a view change). */
const DRAWN_SETTINGS = ['layers', 'from', 'to'];

export class MapController implements ReactiveController {
  /** The Leaflet view; null while disconnected. */
  view: MapView | null = null;
  /** The source numbers to print beside the markers (the print controller's; none by default). */
  referenceNumbers: () => ReadonlyMap<string, readonly number[]> | null = () => null;
  /** The user chose a feature but a listener called preventDefault(): no panel. */
  panelSuppressed = false;
  /** Problems shown in the notice, oldest first; one per `frontier-error`. */
  readonly problems: ProblemLog;
  /** The built-in basemap, frontier and labels. */
  readonly geography = new GeographySource();
  readonly frontier: FrontierLineKeeper;
  private mapState: MapState | null = null;
  private quietMove = false;
  /** Resolves once the view is placed for good (the first fit re-done when all is drawn). */
  private placed: Promise<void> = Promise.resolve();
  /** Every source of features: the default data and each `<frontier-layer>`. */
  readonly sources: SourceRegistry;
  private savedView: CameraView | null = null;
  /** Loads and draws the built-in geography the view needs. */
  private readonly geographyKeeper: GeographyKeeper;

  constructor(private readonly host: FrontierMapHost) {
    host.addController(this);
    this.problems = new ProblemLog(host, () => host.requestUpdate());
    this.sources = new SourceRegistry(host, {
      onChange: () => this.featuresChanged(),
      onProblem: (source, message, featureIndex, key) =>
        this.problems.report(source, message, featureIndex, key),
      onRetract: (key) => this.problems.retract(key),
      onLoading: () => this.host.requestUpdate(),
      onExpectFeatures: (count) => this.view?.expectPoints(this.sources.features.length + count),
    });
    this.frontier = new FrontierLineKeeper({
      bufferKm: () => this.host.bufferKm ?? '',
      viewFixed: () => parseCenter(this.host.center) !== null,
      withDefaults: () => !this.host.noDefaultData,
      override: () => this.sources.frontierOverride,
      view: () => this.view,
      state: () => this.state,
      reportProblem: (source, message) => this.problems.report(source, message),
    });
    this.geographyKeeper = new GeographyKeeper({
      source: this.geography,
      frontier: this.frontier,
      view: () => this.view,
      zoom: () =>
        this.camera?.placed ? this.camera.current().zoom : (this.savedView?.zoom ?? this.host.zoom ?? 5),
      defaults: () => !this.host.noDefaultData,
      layers: () => this.state.layers,
      reportProblem: (message) => this.problems.report('default', message),
      changed: (failed) => {
        this.placeWhenReady(failed);
        this.host.requestUpdate();
      },
    });
  }

  /** What the map shows now; derived again when the features or the settings change. */
  get state(): MapState {
    // First read after the element's constructor has set its properties.
    this.mapState ??= this.derive();
    return this.mapState;
  }

  /** The camera of the Leaflet view: the way other controllers move or read the view. */
  get camera(): MapCamera | null {
    return this.view?.camera ?? null;
  }

  featureById(id: string): FrontierFeature | undefined {
    return this.sources.byId(id);
  }

  private derive(): MapState {
    const { layers, from, to, selected } = this.host;
    const { features } = this.sources;
    return deriveMapState(this.mapState ?? null, { features, layers, from, to, selected });
  }

  hostConnected(): void {
    this.geographyKeeper.request();
    this.sources.connect(!this.host.noDefaultData);
    // The shadow root exists from the first update on; on a re-insert it is already there.
    if (this.host.hasUpdated) this.createView();
  }

  hostUpdate(): void {
    this.mapState = this.derive();
  }

  hostDisconnected(): void {
    this.sources.disconnect();
    this.frontier.dispose();
    this.destroyView();
  }

  /** Called from the element's `updated()`, with the settings that changed. */
  hostPropertiesChanged(changed: Map<string, unknown>): void {
    if (!this.view) {
      if (this.host.isConnected) this.createView();
      return;
    }
    const changedLater = (key: string) => changed.has(key) && changed.get(key) !== undefined;
    // A new language or static mode: the view is made again (controls, names, markers), where it was.
    if (changedLater('static') || this.view.language !== this.host.locale.i18n.lang) {
      this.destroyView();
      this.createView();
      return;
    }
    if (changedLater('noDefaultData')) {
      this.sources.setDefaultData(!this.host.noDefaultData);
      this.frontier.apply();
      this.geographyKeeper.request();
    }
    if (changed.has('tiles') || changed.has('attribution')) this.applyTiles();
    const redraw = DRAWN_SETTINGS.some((key) => changed.has(key));
    if (redraw || changedLater('renderer')) this.drawFeatures();
    if (changed.has('layers')) this.geographyKeeper.request();
    if ((changed.has('center') || changed.has('zoom')) && this.camera?.placed) this.placeFromSettings();
    if (changed.has('selected')) {
      // Details beside the map have narrowed it: Leaflet takes the size (quietly) before it flies.
      this.quietMove = true;
      this.camera?.resize();
      this.quietMove = false;
      this.showSelection(true, true);
    }
    // One event per update, whether the window, the layers or the selection (or all) changed.
    if (redraw || changed.has('selected')) this.emitViewChange();
    if (changedLater('bufferKm')) this.frontier.drawBuffers();
  }

  private createView(): void {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.map');
    if (!container || this.view) return;
    this.view = new MapView(container, {
      i18n: this.host.locale.i18n,
      static: this.host.static,
      ...overlaysOver(this.host.renderRoot, container),
      onChoose: (feature) => this.host.select(feature.id),
      onViewChange: () => this.viewMoved(),
      onToggleFullscreen: () => void this.host.toggleFullscreen(),
      cooperative: () => cooperativeActive(this.host.cooperative, isFullscreen(this.host), pageIsAround()),
      referenceNumbers: () => this.referenceNumbers(),
    });
    this.applyTiles();
    this.geographyKeeper.draw();
    this.drawFeatures();
    this.placeWhenReady();
    this.placed = this.settlePlacement(this.view);
    void this.announceReady(this.view);
  }

  private destroyView(): void {
    if (!this.view) return;
    this.savedView = this.view.camera.current();
    this.view.destroy();
    this.view = null;
  }

  /** The view from `center` and `zoom`, else the whole frontier. */
  placeFromSettings(): void {
    this.camera?.place(parseCenter(this.host.center), this.host.zoom);
  }

  /**
   * The first fit ran before the legend had its rows (and width): once everything is drawn, fit
   * again unless someone moved the map meanwhile. Quietly: it is still the initial placement, so no
   * view-change event rewrites a permalink.
   */
  private async settlePlacement(view: MapView): Promise<void> {
    await this.loaded();
    if (view !== this.view) return;
    this.quietMove = true;
    try {
      view.camera.refitIfUntouched();
    } finally {
      this.quietMove = false;
    }
  }

  private async announceReady(view: MapView): Promise<void> {
    await this.whenIdle();
    if (view === this.view) this.host.dispatchEvent(new FrontierReadyEvent());
  }

  /** Places the view once it can be (the frontier's line there, or it failed: `anyway`); see placeFirst. */
  private placeWhenReady(anyway = false): void {
    const center = parseCenter(this.host.center);
    const waits = !anyway && !this.savedView && center === null && !this.host.noDefaultData;
    if (this.camera?.placeFirst(this.savedView, center, this.host.zoom, waits))
      this.geographyKeeper.request();
  }

  private applyTiles(): void {
    const { tiles, attribution } = this.host;
    if (tiles && !attribution)
      this.problems.report('tiles', 'the tiles attribute needs an attribution attribute; tiles not shown');
    this.view?.setTiles(tiles && attribution ? { url: tiles, attribution } : null).catch(() => {
      this.problems.report(
        'tiles',
        "the tiles could not be shown: the map's tile code did not load (offline?)",
      );
    });
  }

  private drawFeatures(): void {
    const view = this.view;
    if (!view) return;
    const state = this.state;
    view.rendererPreference = parseRendererPreference(this.host.renderer);
    // All features with the window: a canvas or cluster renderer filters its own typed arrays.
    view.setFeatures(state.features, state.window);
    view.setVisibleLayers(state.layers);
    this.showSelection(true);
  }

  /** Draws the selection (highlight, a venue's arcs to the capitals), or hides it while an image is made. */
  showSelection(show: boolean, fly = false): void {
    const id = show ? this.state.selected : null;
    this.view?.select(id, fly);
    this.view?.setVenueArcs(venuePosition(id ? this.featureById(id) : undefined));
    if (show && !id) this.panelSuppressed = false;
  }

  /** Chooses a feature as a person would (a cancelable `frontier-select` first); false for no such id. */
  select(id: string | null): boolean {
    if (id === null) {
      this.host.selected = null;
      return true;
    }
    const feature = this.featureById(id);
    if (!feature) return false;
    const event = new FrontierSelectEvent(feature);
    this.host.dispatchEvent(event);
    this.panelSuppressed = event.defaultPrevented;
    this.host.selected = id;
    return true;
  }

  private featuresChanged(): void {
    this.frontier.apply();
    this.frontier.setFeatures(this.sources.features);
    this.mapState = this.derive();
    this.drawFeatures();
    this.host.requestUpdate();
    this.host.dispatchEvent(new FrontierFeaturesChangeEvent());
  }

  /** The map came to rest: the state takes the new view, and listeners hear of it. */
  private viewMoved(): void {
    const camera = this.camera;
    if (camera) this.mapState = withView(this.state, camera.current());
    if (camera?.placed) this.geographyKeeper.request();
    this.emitViewChange();
  }

  private emitViewChange(): void {
    const camera = this.camera;
    if (!camera?.placed || this.quietMove) return;
    this.host.dispatchEvent(new FrontierViewChangeEvent(viewChangeState(this.state, camera.current())));
  }

  /** Every source loaded or failed, the bands drawn, the element rendered. */
  private async loaded(): Promise<void> {
    await this.geography.whenLoaded();
    await this.sources.whenLoaded();
    await this.frontier.whenDrawn();
    await this.host.updateComplete;
  }

  /** Resolves when everything is loaded, drawn and placed, and no pan or zoom is under way. */
  async whenIdle(): Promise<void> {
    // A move may ask for geography of its zoom band: wait for that too, until nothing is in flight.
    do {
      await this.loaded();
      await this.placed;
      await this.view?.whenSettled();
    } while (this.geography.busy);
  }
}
