import type * as L from 'leaflet';
import { LitElement, type PropertyValues } from 'lit';
import { type HeadingModel, headingModel } from './components/heading/heading.ts';
import { type LegendModel, legendModel } from './components/legend/legend-model.ts';
import { FullscreenController } from './controllers/fullscreen-controller.ts';
import type { FrontierMapHost } from './controllers/host.ts';
import { LayoutController } from './controllers/layout-controller.ts';
import { MapController } from './controllers/map-controller.ts';
import { PermalinkController } from './controllers/permalink-controller.ts';
import { PrintController } from './controllers/print-controller.ts';
import { type ExportFormat, exportState } from './data/export.ts';
import type { MapState } from './data/map-state.ts';
import type { FrontierFeature, LayerName } from './data/schema.ts';
import type { FrontierTimeChangeEvent } from './events.ts';
import { frontierMapStyles } from './frontier-map.styles.ts';
import { renderFrame } from './frontier-map.template.ts';
import { scriptFontStyles } from './i18n/fonts.ts';
import { LocaleController } from './i18n/locale-controller.ts';
import { printStyles } from './print/print-styles.ts';
import type { SnapshotOptions } from './print/snapshot.ts';

/**
 * @tagname frontier-map
 * `<frontier-map>`: a Leaflet map of a contested frontier with sourced event layers.
 *
 * @summary Map of the Afghanistan–Pakistan frontier (Durand Line) with strikes, attacks, posts,
 *   crossings and talk venues; configurable with attributes and `<frontier-layer>` children.
 *
 * @fires frontier-ready - The map and its default data are on screen.
 * @fires frontier-select - A feature was chosen; `detail.feature`; cancelable.
 * @fires frontier-error - A source failed or a feature was rejected; `detail: { source, message, featureIndex? }`.
 * @fires frontier-view-change - Centre, zoom, layers, time window or selected event changed; `detail.state`.
 * @fires frontier-features-change - The set of loaded features changed (a source loaded, failed or left).
 *
 * @csspart map - The map area.
 * @csspart legend - The legend with layer switches and counts.
 * @csspart panel - The details panel of the selected feature.
 * @csspart timeline - The time axis (when shown).
 * @csspart sources - The sources of the features in view (print: numbered list; static: credit line).
 *
 * @cssprop --frontier-font - Font family.
 * @cssprop --frontier-text - Text colour.
 * @cssprop --frontier-color-strikes - Colour of air strikes.
 * @cssprop --frontier-color-attacks - Colour of ground attacks and clashes.
 * @cssprop --frontier-color-militancy - Colour of militant attacks.
 * @cssprop --frontier-color-posts - Colour of military posts.
 * @cssprop --frontier-color-crossings - Colour of border crossings and their closures.
 * @cssprop --frontier-color-venues - Colour of talk venues, talks and ceasefires.
 * @cssprop --frontier-color-statements - Colour of official statements.
 * @cssprop --frontier-sea - Background (sea) colour of the offline basemap.
 * @cssprop --frontier-land - Fill of countries.
 * @cssprop --frontier-land-focus - Fill of Afghanistan and Pakistan.
 * @cssprop --frontier-border - Colour of the other borders.
 * @cssprop --frontier-line-color - Colour of the frontier line.
 * @cssprop --frontier-panel-bg - Background of the legend, panel and notices.
 * @cssprop --frontier-timeline-height - Height kept for the timeline under the map.
 * @cssprop --frontier-print-map-height - Height of the map on paper (default: the page less heading and sources).
 */
export class FrontierMapElement extends LitElement implements FrontierMapHost {
  static override styles = [...frontierMapStyles, scriptFontStyles, printStyles];

  static override properties = {
    center: { type: String, reflect: true },
    zoom: { type: Number, reflect: true },
    layers: { type: String, reflect: true },
    from: { type: String, reflect: true },
    to: { type: String, reflect: true },
    bufferKm: { type: String, reflect: true, attribute: 'buffer-km' },
    tiles: { type: String, reflect: true },
    attribution: { type: String, reflect: true },
    noDefaultData: { type: Boolean, reflect: true, attribute: 'no-default-data' },
    noPrintNumbers: { type: Boolean, reflect: true, attribute: 'no-print-numbers' },
    permalink: { type: Boolean, reflect: true },
    heading: { type: String, reflect: true },
    label: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    static: { type: Boolean, reflect: true },
    renderer: { type: String, reflect: true },
    // The global attribute, made reactive: a new language re-renders the map at once.
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    cooperative: { type: String, reflect: true },
  };

  /** Initial centre, `"lat,lng"`; the frontier is fitted when absent. */
  declare center: string | null;
  /** Initial zoom; the frontier is fitted when absent. */
  declare zoom: number | null;
  /** Comma list of layers shown; all but `statements` and `buffers` when absent. */
  declare layers: string | null;
  /** ISO date: only events on or after it show. */
  declare from: string | null;
  /** ISO date: only events on or before it show. */
  declare to: string | null;
  /** Comma list of frontier buffer widths in km. */
  declare bufferKm: string;
  /** Raster tile URL template (`{z}/{x}/{y}`); needs `attribution`. Offline vector basemap when absent. */
  declare tiles: string | null;
  /** Attribution text for `tiles` (shown as text). */
  declare attribution: string | null;
  /** Load none of the built-in event and site data. */
  declare noDefaultData: boolean;
  /** Print no source numbers beside the markers (by default a printed map numbers each event's sources). */
  declare noPrintNumbers: boolean;
  /**
   * Keep view, layers, time window and selected event in `location.hash` (readable, shareable; Back
   * and Forward step through layer, window and selection changes). Only a map with it touches the hash.
   */
  declare permalink: boolean;
  /** Title shown in print and snapshots; a default in the map's language when absent. */
  declare heading: string | null;
  /** Accessible name of the map region; "Map of the Afghanistan–Pakistan frontier" (translated) when absent. */
  declare label: string | null;
  /** id of the selected feature. */
  declare selected: string | null;
  /** No interaction, controls or animation (print, snapshots, thumbnails). */
  declare static: boolean;
  /**
   * How points are drawn: `auto` (default) picks by how many there are — keyboard-focusable markers
   * below 150, one canvas below 6,000, clusters beyond (limits measured, see `renderer-choice.ts`);
   * or `markers`, `canvas`, `clusters` to fix one.
   */
  declare renderer: string;
  /** Colours: `auto` (default) follows the reader's `prefers-color-scheme`; `light`; `dark`. Print and snapshots are always light. */
  declare theme: string;
  /**
   * Cooperative gestures (wheel and one finger scroll the page; Ctrl/⌘ + wheel or two fingers move the
   * map): `on` (or empty), `off`, or absent for auto: on in an iframe or a page that scrolls, never in full screen.
   */
  declare cooperative: string | null;

  /** @internal The map's language: its own `lang`, else the closest ancestor's, else English. */
  readonly locale = new LocaleController(this);
  private readonly controller = new MapController(this);
  private readonly fullscreen = new FullscreenController(this);
  private readonly layout = new LayoutController(this);
  private readonly permalinkController = new PermalinkController(this, {
    camera: () => this.controller.camera,
    whenIdle: () => this.whenIdle(),
    hasFeature: (id) => this.controller.featureById(id) !== undefined,
  });
  private readonly print = new PrintController(this, this.controller, {
    whenIdle: () => this.whenIdle(),
    legend: () => this.legendModel(),
    heading: () => this.headingModel(),
    i18n: () => this.locale.i18n,
  });

  constructor() {
    super();
    this.center = null;
    this.zoom = null;
    this.layers = null;
    this.from = null;
    this.to = null;
    this.bufferKm = '10,25,50';
    this.tiles = null;
    this.attribution = null;
    this.noDefaultData = false;
    this.noPrintNumbers = false;
    this.permalink = false;
    this.heading = null;
    this.label = null;
    this.selected = null;
    this.static = false;
    this.renderer = 'auto';
    this.theme = 'auto';
    this.cooperative = null;
  }

  /** The Leaflet map (read-only; null while disconnected). */
  get map(): L.Map | null {
    return this.controller.view?.map ?? null;
  }

  /** The valid features loaded from every source. */
  get features(): readonly FrontierFeature[] {
    return this.controller.sources.features;
  }

  /**
   * What the map shows now: view, layers, time window, selection, and the features shown with their
   * counts. Read-only; a new value whenever one of them changes.
   */
  get state(): MapState {
    return this.controller.state;
  }

  /** The layers shown, parsed from the `layers` attribute (read-only: the same array until it changes). */
  get visibleLayers(): LayerName[] {
    return this.controller.state.layers as LayerName[];
  }

  /** Resolves when every source has loaded or failed and no pan or zoom is pending. */
  async whenIdle(): Promise<void> {
    // A language whose strings are on their way is part of what is still loading.
    do {
      await this.locale.ready;
      await this.controller.whenIdle();
    } while (this.locale.pending);
    await this.renderRoot.querySelector('frontier-timeline')?.updateComplete;
  }

  /** Fits the view to the whole frontier. */
  fitFrontier(): void {
    this.controller.camera?.fitFrontier();
  }

  /** Frames the view on the points shown near the frontier, as print does; false when none is near. */
  frameStory(): boolean {
    return this.print.frameStory();
  }

  /**
   * Chooses a feature as a person would: fires a cancelable `frontier-select`, then shows its
   * details and brings it into view. `null` clears the selection.
   */
  select(id: string | null): boolean {
    this.layout.beforeSelect(id);
    return this.controller.select(id);
  }

  /** Distance in km from `[lng, lat]` to the nearest point of the frontier line. */
  distanceToFrontierKm(lngLat: [number, number]): number {
    return this.controller.frontier.analysis.distanceToFrontierKm(lngLat);
  }

  /**
   * Enters or leaves full screen: the Fullscreen API where allowed, else the element covers the
   * window (Escape leaves).
   */
  toggleFullscreen(): Promise<void> {
    return this.fullscreen.toggle();
  }

  /** Distance (km) from a point feature to the frontier and the side it is on; null without a point. */
  frontierDistance(feature: FrontierFeature): { km: number; side: 'AFG' | 'PAK' | null } | null {
    return this.controller.frontier.analysis.frontierDistance(feature);
  }

  /**
   * The features shown now as a file's text: `'geojson'`, a FeatureCollection with a `metadata` member
   * (licence, date, filter); `'csv'`, a row per feature with licence, date and filter in trailing columns.
   */
  exportData(format: ExportFormat): string {
    return exportState(this.state, format, new Date().toISOString());
  }

  /** The timeline moved the window: a drag or playback is one step in the permalink's history. */
  private readonly onTimeChange = (event: FrontierTimeChangeEvent): void => {
    this.permalinkController.timeGesture(event.detail.transient);
    this.from = event.detail.from;
    this.to = event.detail.to;
  };

  /**
   * A PNG at the element's size × `scale` (default devicePixelRatio) with heading, legend, scale, insets
   * and credits: framed on the story unless the view was chosen, no selection unless `selected: true`.
   * Rejects when raster `tiles` come from a server without CORS headers.
   */
  async snapshot(options: SnapshotOptions = { type: 'image/png' }): Promise<Blob> {
    // Pictures are light whatever the theme: the dark palette steps aside while this one is painted.
    this.toggleAttribute('snapshotting', true);
    try {
      return await this.print.snapshot(options);
    } finally {
      this.removeAttribute('snapshotting');
    }
  }

  private legendModel(): LegendModel {
    const { frontier, geography } = this.controller;
    const facts = { geographyLoaded: geography.geography !== null, ...frontier.legendFacts() };
    return legendModel(this.state, facts, this.locale.i18n);
  }

  private headingModel(): HeadingModel {
    return headingModel(this.heading, this.state, this.locale.i18n);
  }

  /** Reloads every user layer (after a failed fetch, say); their earlier problems leave the notice. */
  reload(): Promise<void> {
    return this.controller.sources.reloadUserLayers();
  }

  /** An update waits while the language's translation loads (a few ms), so no English shows first. */
  protected override async scheduleUpdate(): Promise<unknown> {
    // `lang` may have been set as a property just now: its strings start loading before this update.
    this.locale.sync();
    if (this.locale.pending) await this.locale.ready;
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.controller.hostPropertiesChanged(changed as Map<string, unknown>);
  }

  protected override render() {
    return renderFrame({
      settings: this,
      map: this.controller,
      layout: this.layout,
      i18n: this.locale.i18n,
      heading: this.headingModel(),
      legend: this.legendModel(),
      sheet: this.print.renderSheet(),
      printing: this.print.printing,
      onTimeChange: this.onTimeChange,
      onLayers: (layers) => {
        this.layers = layers;
      },
    });
  }
}
