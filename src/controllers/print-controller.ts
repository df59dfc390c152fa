/**
 * Printing `<frontier-map>`: Leaflet 1.9 only listens to window resize, so when the page is laid out
 * for paper the map would keep its screen size, cut off or with blank edges. This controller saves
 * the view on `beforeprint`; when print media applies (Chromium reports the change while it lays
 * out the pages, with the page size already in place; emulated print media does too) it asks the
 * camera to take the new size and show the saved bounds, or, when nobody chose the view, frames the
 * story (`story-frame.ts`); on `afterprint` the view comes back. It also keeps the "sources in view"
 * list, the insets and the credits current while printing, in static mode and while an image is made.
 */
import { html, type ReactiveController } from 'lit';
import type { HeadingModel } from '../components/heading/heading.ts';
import type { LegendModel } from '../components/legend/legend-model.ts';
import { latestSourceDate } from '../data/data-as-of.ts';
import type { MapState } from '../data/map-state.ts';
import { referenceNumbers } from '../data/reference-numbers.ts';
import type { FrontierFeature } from '../data/schema.ts';
import type { Translator } from '../i18n/translate.ts';
import type { MapCamera, SavedView } from '../map/map-camera.ts';
import { locator } from '../print/locator.ts';
import { renderSheetExtras } from '../print/print-sheet.ts';
import { renderPrintSources } from '../print/print-sources.ts';
import type { SnapshotOptions } from '../print/snapshot.ts';
import { type BBox, type SourceEntry, sourcesInView } from '../print/sources-in-view.ts';
import { inBox, type StoryFrame, storyFrame } from '../print/story-frame.ts';
import type { FrontierMapHost } from './host.ts';
import type { MapController } from './map-controller.ts';

/** Width of the locator inset (px), and the narrowest map that gets one. */
const LOCATOR_WIDTH = 116;
const LOCATOR_MIN_MAP_WIDTH = 560;

/** What printing asks of the element besides its settings and its map. */
export interface PrintMap {
  whenIdle: () => Promise<void>;
  legend: () => LegendModel;
  heading: () => HeadingModel;
  i18n: () => Translator;
}

export class PrintController implements ReactiveController {
  /** Print media applies: a print is being laid out, or print media is emulated. */
  printing = false;
  private selectionHidden = false;
  private media: MediaQueryList | null = null;
  private saved: { view: SavedView; legendOpen: boolean } | null = null;
  /** While `snapshot()` draws an interactive map: the map's box in the frame, for the insets. */
  private exportBox: [number, number, number, number] | null = null;
  private framed: { shown: readonly FrontierFeature[]; line: object | null; frame: StoryFrame } | null = null;
  private asOf: { features: readonly FrontierFeature[]; date: string | null } | null = null;
  /** While `snapshot({ numbers: true })` draws: the source numbers go beside the markers. */
  private exportNumbers = false;
  private numbersOff = false;

  constructor(
    private readonly host: FrontierMapHost,
    private readonly maps: MapController,
    private readonly map: PrintMap,
  ) {
    host.addController(this);
    maps.referenceNumbers = () => this.numbersInView();
  }

  private camera(): MapCamera | null {
    return this.maps.camera;
  }

  private state(): MapState {
    return this.maps.state;
  }

  /** Distance of a point feature to the frontier in km (NaN without a line). */
  private readonly distanceKm = (feature: FrontierFeature) =>
    this.maps.frontier.analysis.frontierDistance(feature)?.km ?? Number.NaN;

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
    if (!this.printing && !this.host.static && !this.exportNumbers) return [];
    const bounds = this.camera()?.bounds();
    return bounds ? sourcesInView(this.state().shown, bounds) : [];
  }

  /** The numbers of each shown feature's sources in that list, to print beside its marker; or null. */
  private numbersInView(): Map<string, number[]> | null {
    if (this.host.noPrintNumbers || !(this.printing || this.exportNumbers)) return null;
    return referenceNumbers(this.state().shown, this.sourcesInView());
  }

  /** `no-print-numbers` changed: the markers' numbers go or come back. */
  hostUpdated(): void {
    if (this.numbersOff === this.host.noPrintNumbers) return;
    this.numbersOff = this.host.noPrintNumbers;
    this.maps.view?.layOut();
  }

  /** The story's frame for the features shown now (worked out once per set of features and line). */
  storyFrame(): StoryFrame {
    const shown = this.state().shown;
    // Worked out before the line is in, every point would count as near: the frame waits for the line.
    const line = this.maps.frontier.analysis.lineKey;
    if (this.framed?.shown !== shown || this.framed.line !== line)
      this.framed = { shown, line, frame: storyFrame(shown, this.distanceKm) };
    return this.framed.frame;
  }

  /** Frames the view on the story; false when no point is near enough to the frontier to frame. */
  frameStory(): boolean {
    const box = this.storyFrame().box;
    const camera = this.camera();
    if (!box || !camera) return false;
    if (this.printing) this.shapeToStory(box, camera);
    camera.fitBox(box);
    return true;
  }

  /** On paper taller than the story needs, the map takes the story's shape; the sources move up. */
  private shapeToStory(box: BBox, camera: MapCamera): void {
    const frame = this.host.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    frame.style.removeProperty('--story-map-height');
    camera.resize();
    const height = camera.storyHeight(box);
    if (height === null) return;
    frame.style.setProperty('--story-map-height', `${height}px`);
    camera.resize();
  }

  /** Nobody chose the view: print and images frame the story instead. */
  private storyFramed(view: SavedView | null): boolean {
    // `center` or `zoom` (attributes, a permalink): the page chose the view, and print keeps it.
    return Boolean(view?.automatic) && this.host.center === null && this.host.zoom === null;
  }

  /**
   * A PNG of the element, its legend, heading, insets and credits painted from their models: framed
   * on the story when nobody chose the view, without the selection's highlight unless asked for, at
   * `scale` pixels per CSS pixel. The screen's view and selection come back afterwards.
   */
  async snapshot(options: SnapshotOptions): Promise<Blob> {
    const { host, map } = this;
    const camera = this.camera();
    const container = camera ? host.renderRoot.querySelector<HTMLElement>('.map') : null;
    await map.whenIdle();
    const saved = camera && !this.printing && !host.static ? camera.save() : null;
    const selected = this.state().selected;
    if (selected && !options.selected) this.maps.showSelection(false);
    if (container && !host.static && !this.printing) {
      this.exportBox = [
        container.offsetLeft,
        container.offsetTop,
        container.offsetWidth,
        container.offsetHeight,
      ];
    }
    if (saved && this.storyFramed(saved)) this.frameStory();
    this.exportNumbers = options.numbers === true;
    if (this.exportNumbers) this.maps.view?.layOut();
    host.requestUpdate();
    try {
      const { whenIdle, legend, heading } = map;
      // Painting a picture is rare: its code loads when first asked for, not with the page.
      const { snapshotElement } = await import('../print/snapshot.ts');
      return await snapshotElement(
        { element: host, root: host.renderRoot, container, whenIdle, legend, heading },
        options,
      );
    } finally {
      this.exportBox = null;
      if (this.exportNumbers) {
        this.exportNumbers = false;
        this.maps.view?.layOut();
      }
      if (saved && camera && this.storyFramed(saved)) camera.restore(saved);
      if (selected && !options.selected) this.maps.showSelection(true);
      host.requestUpdate();
    }
  }

  /** The latest source date of every feature loaded (worked out once per set of features). */
  private dataAsOf(): string | null {
    const features = this.state().features;
    if (this.asOf?.features !== features) this.asOf = { features, date: latestSourceDate(features) };
    return this.asOf.date;
  }

  /** The print-only parts: numbered sources, insets and credits (on screen, only while exporting). */
  renderSheet(): unknown {
    const i18n = this.map.i18n();
    const isStatic = this.host.static;
    const sources = renderPrintSources({
      entries: this.sourcesInView(),
      printing: this.printing,
      static: isStatic,
      i18n,
    });
    if (!this.printing && !isStatic && !this.exportBox) return sources;
    const camera = this.camera();
    const saved = camera?.save() ?? null;
    const view = saved?.bounds ?? null;
    const far = view ? this.storyFrame().far.filter((place) => !inBox(place.position, view)) : [];
    const countries = this.maps.geography.countries;
    const inset =
      view && countries && saved && saved.width >= LOCATOR_MIN_MAP_WIDTH
        ? locator(countries, view, LOCATOR_WIDTH)
        : null;
    const extras = renderSheetExtras({
      far,
      locator: inset,
      dataAsOf: this.dataAsOf(),
      placeNames: countries !== undefined,
      i18n,
      exportBox: this.exportBox ?? undefined,
    });
    return html`${sources}${extras}`;
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
    if (this.saved) {
      this.camera()?.resizeAndFit(this.saved.view);
      // Place labels follow the move (the map lays them out again on Leaflet's moveend/zoomend).
      if (this.storyFramed(this.saved.view)) this.frameStory();
    }
    // The numbers come even when the view stays where it was (no move lays them out).
    this.maps.view?.layOut();
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
    // Like an image, the sheet shows no selection (highlight, a venue's arcs); it comes back after.
    this.selectionHidden = this.state().selected !== null;
    if (this.selectionHidden) this.maps.showSelection(false);
    const view = this.camera()?.save();
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
    this.host.renderRoot.querySelector<HTMLElement>('.frame')?.style.removeProperty('--story-map-height');
    // The numbers go even when the view stays where it was.
    this.maps.view?.layOut();
    if (this.selectionHidden) this.maps.showSelection(true);
    this.selectionHidden = false;
    if (!saved) return;
    const legend = this.legend;
    if (legend) legend.open = saved.legendOpen;
    this.camera()?.restore(saved.view);
    // Chromium may end printing before it lays the page out for the screen again, and the resize
    // observer never saw the paper size: once the screen layout is back, take its size once more.
    requestAnimationFrame(() => {
      const container = this.host.renderRoot.querySelector<HTMLElement>('.map');
      const held = this.camera()?.save();
      if (this.printing || this.saved || !container || !held) return;
      if (held.width !== container.clientWidth || held.height !== container.clientHeight)
        this.camera()?.restore(saved.view);
    });
  }
}
