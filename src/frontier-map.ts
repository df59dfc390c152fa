import type * as L from 'leaflet';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { renderBandTable } from './components/band-table.ts';
import { renderFeaturePanel } from './components/feature-panel.ts';
import { renderLegend } from './components/legend.ts';
import { FrontierMapController } from './controllers/frontier-map-controller.ts';
import { FullscreenController } from './controllers/fullscreen-controller.ts';
import type { FrontierFeature, LayerName } from './data/schema.ts';
import { DEFAULT_LAYERS } from './data/schema.ts';
import { parseLayerList } from './data/view-state.ts';
import { FrontierSelectEvent } from './events.ts';
import { frontierMapStyles, leafletStyles } from './frontier-map.styles.ts';

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
 * @fires frontier-view-change - Centre, zoom, layers or time window changed; `detail.state`.
 *
 * @csspart map - The map area.
 * @csspart legend - The legend with layer switches and counts.
 * @csspart panel - The details panel of the selected feature.
 * @csspart timeline - The time axis (when shown).
 *
 * @cssprop --frontier-font - Font family.
 * @cssprop --frontier-color-strikes - Colour of air strikes (likewise attacks, militancy, posts, crossings, venues, statements).
 * @cssprop --frontier-sea - Background (sea) colour of the offline basemap.
 * @cssprop --frontier-land - Fill of countries.
 */
export class FrontierMapElement extends LitElement {
  static override styles = [leafletStyles, frontierMapStyles];

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
  /** Keep view, layers and time window in `location.hash`. */
  declare permalink: boolean;
  /** Title shown in print and snapshots. */
  declare heading: string;
  /** Accessible name of the map region. */
  declare label: string;
  /** id of the selected feature. */
  declare selected: string | null;
  /** No interaction, controls or animation (print, snapshots, thumbnails). */
  declare static: boolean;

  private readonly controller = new FrontierMapController(this);
  private readonly fullscreen = new FullscreenController(this);

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
  }

  /** The Leaflet map (read-only; null while disconnected). */
  get map(): L.Map | null {
    return this.controller.view?.map ?? null;
  }

  /** The valid features loaded from every source. */
  get features(): readonly FrontierFeature[] {
    return this.controller.features;
  }

  /** The layers shown, parsed from the `layers` attribute. */
  get visibleLayers(): LayerName[] {
    return this.layers === null ? [...DEFAULT_LAYERS] : parseLayerList(this.layers).layers;
  }

  /** Resolves when every source has loaded or failed and no pan or zoom is pending. */
  whenIdle(): Promise<void> {
    return this.controller.whenIdle();
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

  /** Reloads every user layer (after a failed fetch, say). */
  reload(): Promise<void> {
    return this.controller.reloadUserLayers();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.controller.hostPropertiesChanged(changed as Map<string, unknown>);
  }

  protected override render() {
    const c = this.controller;
    const selected = this.selected ? c.featureById(this.selected) : undefined;
    const window = [this.from, this.to].filter(Boolean).join(' to ');
    return html`<div class="frame">
      <header class="heading">
        <h1>${this.heading}</h1>
        <p>${window ? `Events ${window}` : c.dateSpanText}</p>
      </header>
      <div class="map" part="map" role="region" aria-label=${this.label}></div>
      <details class="legend" part="legend" open>
        <summary>Legend</summary>
        ${renderLegend({
          rows: c.legendRows(),
          shown: new Set(this.visibleLayers),
          frontierNote: c.frontierNote,
          pressNote: c.pressNote,
          interactive: !this.static,
          onToggle: (layer, on) => c.toggleLayer(layer, on),
        })}
        ${renderBandTable(c.bandCounts())}
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
      ${
        c.notices.length
          ? html`<section class="notices" role="status">
              <header>
                <span>${c.notices.length === 1 ? '1 problem' : `${c.notices.length} problems`} with the map data</span>
                <button type="button" aria-label="Dismiss" @click=${() => c.dismissNotices()}>×</button>
              </header>
              <ul>
                ${c.notices.map((notice) => html`<li>${notice}</li>`)}
              </ul>
            </section>`
          : nothing
      }
    </div>`;
  }
}
