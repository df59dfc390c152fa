import type * as L from 'leaflet';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { renderBandTable } from './components/band-table/band-table.ts';
import { renderLegend } from './components/legend/legend.ts';
import { renderLoading, renderNotices } from './components/notices/notices.ts';
import { formatDateSpan, renderFeaturePanel } from './components/panel/feature-panel.ts';
import { FullscreenController } from './controllers/fullscreen-controller.ts';
import { FrontierMapController } from './controllers/map-controller.ts';
import { PermalinkController } from './controllers/permalink-controller.ts';
import { PrintController } from './controllers/print-controller.ts';
import { type ExportFormat, exportCsv, exportGeoJson } from './data/export.ts';
import { visibleFeatures } from './data/filter.ts';
import type { FrontierFeature, LayerName } from './data/schema.ts';
import { DEFAULT_LAYERS } from './data/schema.ts';
import { parseLayerList } from './data/view-state.ts';
import { FrontierSelectEvent, type FrontierTimeChangeEvent } from './events.ts';
import { frontierMapStyles, leafletStyles } from './frontier-map.styles.ts';
import { renderPrintSources } from './print/print-sources.ts';
import { printStyles } from './print/print-styles.ts';
import { type SnapshotOptions, snapshotElement } from './print/snapshot.ts';

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
 *
 * @csspart map - The map area.
 * @csspart legend - The legend with layer switches and counts.
 * @csspart panel - The details panel of the selected feature.
 * @csspart timeline - The time axis (when shown).
 * @csspart sources - The sources of the features in view (print: numbered list; static: credit line).
 *
 * @cssprop --frontier-font - Font family.
 * @cssprop --frontier-color-strikes - Colour of air strikes (likewise attacks, militancy, posts, crossings, venues, statements).
 * @cssprop --frontier-sea - Background (sea) colour of the offline basemap.
 * @cssprop --frontier-land - Fill of countries.
 * @cssprop --frontier-print-map-height - Height of the map on paper (default: the page less heading and sources).
 */
export class FrontierMapElement extends LitElement {
  static override styles = [leafletStyles, frontierMapStyles, printStyles];

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
    permalink: { type: Boolean, reflect: true },
    heading: { type: String, reflect: true },
    label: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    static: { type: Boolean, reflect: true },
    renderer: { type: String, reflect: true },
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
  /**
   * Keep view, layers, time window and selected event in `location.hash` (readable, shareable; Back
   * and Forward step through layer, window and selection changes). Only a map with it touches the hash.
   */
  declare permalink: boolean;
  /** Title shown in print and snapshots. */
  declare heading: string;
  /** Accessible name of the map region. */
  declare label: string;
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

  private readonly controller = new FrontierMapController(this);
  private readonly fullscreen = new FullscreenController(this);
  private readonly permalinkController = new PermalinkController(this);
  private readonly print = new PrintController(this);

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
    this.permalink = false;
    this.heading = 'Afghanistan–Pakistan frontier: the October 2025 conflict and after';
    this.label = 'Map of the Afghanistan–Pakistan frontier';
    this.selected = null;
    this.static = false;
    this.renderer = 'auto';
  }

  /** The Leaflet map (read-only; null while disconnected). */
  get map(): L.Map | null {
    return this.controller.view?.map ?? null;
  }

  /** The valid features loaded from every source. */
  get features(): readonly FrontierFeature[] {
    return this.controller.features;
  }

  /** The layers shown, parsed from the `layers` attribute (read-only: the same array until it changes). */
  get visibleLayers(): LayerName[] {
    // The same array while `layers` is unchanged, so elements bound to it (the timeline) do not
    // re-render on every update of the map.
    if (this.parsedLayers?.source !== this.layers) {
      const layers = this.layers === null ? [...DEFAULT_LAYERS] : parseLayerList(this.layers).layers;
      this.parsedLayers = { source: this.layers, layers };
    }
    return this.parsedLayers.layers;
  }

  private parsedLayers?: { source: string | null; layers: LayerName[] };

  /** Resolves when every source has loaded or failed and no pan or zoom is pending. */
  async whenIdle(): Promise<void> {
    await this.controller.whenIdle();
    await this.renderRoot.querySelector('frontier-timeline')?.updateComplete;
  }

  /** Fits the view to the whole frontier. */
  fitFrontier(): void {
    this.controller.view?.fitFrontier();
  }

  /**
   * Chooses a feature as a person would: fires a cancelable `frontier-select`, then shows its
   * details and brings it into view. `null` clears the selection.
   */
  select(id: string | null): boolean {
    if (id === null) {
      this.selected = null;
      return true;
    }
    const feature = this.controller.featureById(id);
    if (!feature) return false;
    const event = new FrontierSelectEvent(feature);
    this.dispatchEvent(event);
    this.controller.panelSuppressed = event.defaultPrevented;
    this.selected = id;
    return true;
  }

  /** Distance in km from `[lng, lat]` to the nearest point of the frontier line. */
  distanceToFrontierKm(lngLat: [number, number]): number {
    return this.controller.distanceToFrontierKm(lngLat);
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
    return this.controller.frontierDistance(feature);
  }

  /**
   * The features shown now (visible layers, time window) as a file's text: `'geojson'` gives a
   * FeatureCollection with a `metadata` member (licence, date, filter); `'csv'` one row per feature
   * with the licence in `#` rows after the data. Both name the licence of boundaries and event data.
   */
  exportData(format: ExportFormat): string {
    const window = { from: this.from ?? undefined, to: this.to ?? undefined };
    const features = visibleFeatures(this.features, this.visibleLayers, window);
    const generated = new Date().toISOString();
    const options = { layers: this.visibleLayers, from: this.from, to: this.to, generated };
    return format === 'csv' ? exportCsv(features, options) : exportGeoJson(features, options);
  }

  /** The timeline moved the window: a drag or playback is one step in the permalink's history. */
  private onTimeChange(event: FrontierTimeChangeEvent): void {
    this.permalinkController.timeGesture(event.detail.transient);
    this.from = event.detail.from;
    this.to = event.detail.to;
  }

  /**
   * A PNG of the current view at the element's size × devicePixelRatio, with heading, legend, scale
   * and attribution drawn in. Rejects when raster `tiles` come from a server without CORS headers.
   */
  snapshot(options: SnapshotOptions = { type: 'image/png' }): Promise<Blob> {
    return snapshotElement(this, options);
  }

  /** Reloads every user layer (after a failed fetch, say); their earlier problems leave the notice. */
  reload(): Promise<void> {
    return this.controller.reloadUserLayers();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.controller.hostPropertiesChanged(changed as Map<string, unknown>);
  }

  protected override render() {
    const c = this.controller;
    const selected = this.selected ? c.featureById(this.selected) : undefined;
    const window =
      this.from && this.to
        ? formatDateSpan(this.from, this.to)
        : this.from
          ? `from ${formatDateSpan(this.from)}`
          : this.to
            ? `until ${formatDateSpan(this.to)}`
            : '';
    // Static pictures show the timeline only when it says something: a chosen window.
    const timeline = !this.static || Boolean(window);
    return html`<div class="frame ${timeline ? 'has-timeline' : ''}">
      <header class="heading">
        <h1>${this.heading}</h1>
        <p>${window ? `Events ${window}` : c.dateSpanText}</p>
      </header>
      <div class="map" part="map" role="region" aria-label=${this.label}></div>
      ${
        timeline
          ? html`<frontier-timeline part="timeline" .features=${c.features} .layers=${this.visibleLayers}
              .from=${this.from} .to=${this.to} ?static=${this.static}
              @frontier-time-change=${this.onTimeChange}></frontier-timeline>`
          : nothing
      }
      <details class="legend" part="legend" open>
        <summary>Legend</summary>
        ${renderLegend({
          rows: c.legendRows(),
          shown: new Set(this.visibleLayers),
          frontierNote: c.frontierNote,
          pressNote: c.pressNote,
          frontierLabel: c.frontierLabel,
          interactive: !this.static,
          onToggle: (layer, on) => c.toggleLayer(layer, on),
        })}
        ${renderBandTable(c.bandCounts(), {
          lineName: c.frontierLabel ?? 'the Durand Line',
          sides: c.frontierHasSides,
        })}
      </details>
      ${
        selected && !c.panelSuppressed && !this.static
          ? html`<section class="panel" part="panel" aria-live="polite">
              ${renderFeaturePanel({
                feature: selected,
                distanceText: c.distanceText(selected),
                venueText: c.venueText(selected),
                onClose: () => this.select(null),
              })}
            </section>`
          : nothing
      }
      ${renderLoading(c.loadingNames, c.loadingDetails)}
      ${renderNotices({ notices: c.notices, onDismiss: () => c.dismissNotices() })}
      ${renderPrintSources({
        entries: this.print.sourcesInView(),
        printing: this.print.printing,
        static: this.static,
      })}
    </div>`;
  }
}
