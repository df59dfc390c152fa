/**
 * Keeps a `<frontier-map permalink>`'s view in `location.hash` and back: centre, zoom, layers, time
 * window and the selected event, as `#map=6/33.9/70.1&layers=strikes,posts&from=…&to=…&event=…`, and
 * the element's own `lang` when it has one (`&lang=ps`): a link opens in the language it was shared in.
 *
 * History follows what a person would call a step: panning and zooming rewrite the current entry
 * (`replaceState`), while switching layers, choosing an event or settling on a new time window adds
 * one (`pushState`). A continuous change (dragging a timeline handle, playback) is one step, written
 * when it ends. Back and forward (`popstate`/`hashchange`) restore the state of the entry.
 *
 * Inert unless the element has `permalink`, so a second map on the page never touches the hash.
 */
import type { ReactiveController } from 'lit';
import { layersFromAttribute } from '../data/map-state.ts';
import { formatHash, parseCenter, parseHash, type ViewState } from '../data/view-state.ts';
import type { FrontierViewChangeEvent } from '../events.ts';
import { HTML_LANG, type Lang, normalizeLanguage } from '../i18n/languages.ts';
import type { MapCamera } from '../map/map-camera.ts';
import type { FrontierMapHost } from './host.ts';

/** What the permalink asks of the map besides its settings. */
export interface PermalinkMap {
  camera: () => MapCamera | null;
  whenIdle: () => Promise<void>;
  hasFeature: (id: string) => boolean;
}

/** The host state a hash may leave out: restored to what the page set before the hash applied. */
interface Defaults {
  center: string | null;
  zoom: number | null;
  layers: string | null;
  from: string | null;
  to: string | null;
  selected: string | null;
  /** The element's own `lang` attribute (null: it inherits its language). */
  lang: string | null;
}

/** The part of the state whose change is a step in history. */
const stepKey = (state: Pick<ViewState, 'layers' | 'from' | 'to' | 'event'>) =>
  JSON.stringify([state.layers, state.from ?? null, state.to ?? null, state.event ?? null]);

export class PermalinkController implements ReactiveController {
  private active = false;
  private defaults: Defaults | null = null;
  /** The step of the current history entry. */
  private entryKey = '';
  /** The hash last written or restored: its own popstate/hashchange is not applied again. */
  private lastHash = '';
  private restoring = false;
  private gesture = false;
  private latest: ViewState | null = null;
  /** The language last written to the hash (null: none). */
  private writtenLang: Lang | null = null;

  constructor(
    private readonly host: FrontierMapHost,
    private readonly map: PermalinkMap,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.permalink) this.activate();
  }

  hostDisconnected(): void {
    this.deactivate();
  }

  hostUpdate(): void {
    if (this.host.permalink && !this.active && this.host.isConnected) this.activate();
    else if (!this.host.permalink && this.active) this.deactivate();
    // A new language is written with the view the hash already holds.
    if (this.active && !this.restoring && !this.gesture && this.latest && this.ownLang() !== this.writtenLang)
      this.write(this.latest);
  }

  /** The element's own language, if it has one: an inherited one is the page's business. */
  private ownLang(): Lang | null {
    return normalizeLanguage(this.host.lang);
  }

  /**
   * A continuous change of the time window begins (`true`) or ends (`false`). While it runs the hash
   * is left alone; at its end the window is written as one history step.
   */
  timeGesture(transient: boolean): void {
    if (!this.active) return;
    if (transient) {
      this.gesture = true;
      return;
    }
    if (!this.gesture) return;
    // The window set with this final change is reported during the next update; write after it.
    void this.host.updateComplete.then(() => {
      this.gesture = false;
      if (this.latest) this.write(this.latest);
    });
  }

  private activate(): void {
    this.active = true;
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
    this.host.addEventListener('frontier-view-change', this.onViewChange);
    if (this.defaults) return;
    this.defaults = this.pageDefaults();
    this.restore(location.hash, true);
  }

  private deactivate(): void {
    this.active = false;
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
    this.host.removeEventListener('frontier-view-change', this.onViewChange);
  }

  private readonly onViewChange = (event: FrontierViewChangeEvent) => {
    this.latest = event.detail.state;
    if (!this.restoring && !this.gesture) this.write(event.detail.state);
  };

  private readonly onNavigate = () => {
    if (location.hash === this.lastHash) return;
    this.restore(location.hash, false);
  };

  private write(view: ViewState): void {
    const lang = this.ownLang();
    const { lang: _ignored, ...state } = view;
    const hash = formatHash(lang ? { ...state, lang } : state);
    this.writtenLang = lang;
    if (hash === location.hash) return;
    const key = stepKey(state);
    const url = `${location.pathname}${location.search}${hash}`;
    if (key === this.entryKey) history.replaceState(history.state, '', url);
    else history.pushState(null, '', url);
    this.entryKey = key;
    this.lastHash = location.hash;
  }

  /**
   * Applies a hash: bad parts are ignored with a console warning, missing parts fall back to what the
   * page set. On load the centre and zoom become the element's initial view; later (back/forward)
   * the map is moved there, or to the default view.
   */
  private restore(hash: string, initial: boolean): void {
    const { state, warnings } = parseHash(hash);
    for (const warning of warnings) console.warn(`frontier-map permalink: ${warning}`);
    const defaults = this.defaults ?? this.pageDefaults();
    const host = this.host;
    this.restoring = true;
    this.lastHash = hash;
    host.layers = state.layers ? state.layers.join(',') : defaults.layers;
    // Only a hash's language is applied on load; later a hash without one restores the page's.
    if (state.lang) host.lang = HTML_LANG[state.lang];
    else if (!initial) (host as { lang: string | null }).lang = defaults.lang;
    this.writtenLang = state.lang ?? (initial ? this.ownLang() : normalizeLanguage(defaults.lang));
    host.from = state.from ?? defaults.from;
    host.to = state.to ?? defaults.to;
    // An event without a map position: fly to it once it is drawn (the map does so on selection).
    const flyToEvent = Boolean(state.event && !state.center);
    if (!flyToEvent) host.selected = state.event ?? defaults.selected;
    if (initial && state.center) {
      host.center = `${state.center[1]},${state.center[0]}`;
      host.zoom = state.zoom ?? host.zoom;
    }
    this.entryKey = stepKey({
      layers: layersFromAttribute(host.layers),
      from: host.from ?? undefined,
      to: host.to ?? undefined,
      event: state.event ?? defaults.selected ?? undefined,
    });
    void this.finishRestore(state, initial, flyToEvent);
  }

  private async finishRestore(
    state: Partial<ViewState>,
    initial: boolean,
    flyToEvent: boolean,
  ): Promise<void> {
    const host = this.host;
    await host.updateComplete;
    if (!initial) this.placeView(state);
    this.restoring = false;
    if (!state.event) return;
    await this.map.whenIdle();
    if (!this.map.hasFeature(state.event)) {
      console.warn(`frontier-map permalink: event=${state.event} is not among the features; ignored`);
      if (host.selected !== state.event) return;
      // Clearing it rewrites this entry rather than adding one.
      this.entryKey = stepKey({
        layers: layersFromAttribute(host.layers),
        from: host.from ?? undefined,
        to: host.to ?? undefined,
      });
      host.selected = null;
    } else if (flyToEvent) host.select(state.event);
  }

  /** Moves the map to the hash's view, or back to the page's; stops a fly to a selection under way. */
  private placeView(state: Partial<ViewState>): void {
    const camera = this.map.camera();
    if (!camera?.placed) return;
    if (state.center) camera.place(state.center, state.zoom ?? camera.current().zoom);
    else {
      const defaults = this.defaults ?? this.pageDefaults();
      const center = parseCenter(defaults.center);
      camera.place(center, center ? (defaults.zoom ?? camera.current().zoom) : defaults.zoom);
    }
  }

  private pageDefaults(): Defaults {
    const { center, zoom, layers, from, to, selected } = this.host;
    return { center, zoom, layers, from, to, selected, lang: this.host.getAttribute('lang') };
  }
}
