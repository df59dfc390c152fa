/**
 * The frontier a map measures against and draws: the Durand Line, or a `<frontier-layer frontier>`
 * once it has loaded. The one owner of the analysis (distances, sides, notes, counts), the distance
 * bands (`buffer-km`) and their counts on the current line; redraws them when the line or the widths
 * change. Owned by the map's controller.
 */
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { DefaultGeography } from '../data/default-data.ts';
import { isEvent } from '../data/filter.ts';
import type { MapState } from '../data/map-state.ts';
import type { FrontierFeature } from '../data/schema.ts';
import { bandsFromBuffers } from '../geo/buffers.ts';
import type { CountryFeature } from '../map/basemap.ts';
import type { MapView } from '../map/map-view.ts';
import { BufferSource } from '../workers/buffer-source.ts';
import { FrontierAnalysis, parseBufferWidths } from './frontier-analysis.ts';

type FrontierLine = Feature<LineString | MultiLineString>;

export interface FrontierLineOptions {
  /** The `buffer-km` attribute. */
  bufferKm: () => string;
  /** True when the page fixed the view (`center`): a new line is then not fitted. */
  viewFixed: () => boolean;
  /** The default data is on, and with it the Durand Line. */
  withDefaults: () => boolean;
  /** The loaded `<frontier-layer frontier>` line, if any. */
  override: () => (FrontierLine & { properties: { name: string } }) | null;
  view: () => MapView | null;
  state: () => MapState;
  reportProblem: (source: string, message: string) => void;
}

export class FrontierLineKeeper {
  /** What the map says about the frontier: read by the element and its parts, changed only here. */
  readonly analysis = new FrontierAnalysis();
  private defaultLine: FrontierLine | undefined;
  /** The Durand Line cut from the coarse basemap, drawn in its place up to zoom 6. */
  private defaultLow: FrontierLine | undefined;
  private bufferSource: BufferSource | null = null;
  private applied: FrontierLine | undefined;
  private buffersDrawn: Promise<void> = Promise.resolve();
  private bandCache?: {
    shown: readonly FrontierFeature[];
    widths: string;
    line: FrontierLine | undefined;
    counts: ReturnType<FrontierAnalysis['bandCounts']>;
  };

  constructor(private readonly options: FrontierLineOptions) {}

  /** The line measured against: a `<frontier-layer frontier>` once loaded, else the Durand Line. */
  private current(): { line: FrontierLine; name: string | null } | null {
    const override = this.options.override();
    if (override) return { line: override, name: override.properties.name };
    const line = this.options.withDefaults() ? this.defaultLine : undefined;
    return line ? { line, name: null } : null;
  }

  /** The default geography loaded: the Durand Line and its sides. */
  setGeography(geography: DefaultGeography, countries: readonly CountryFeature[]): void {
    this.analysis.setGeography(geography, countries);
    this.defaultLine = geography.frontier.features[0];
    this.applied = undefined;
    this.apply();
  }

  /** The coarse Durand Line arrived: drawn at the low zooms. */
  setLowLine(line: FrontierLine | undefined): void {
    this.defaultLow = line;
    if (this.current()?.name === null) this.draw();
  }

  /** The precomputed bands of the Durand Line arrived (the buffers layer was turned on). */
  setDefaultBuffers(buffers: Parameters<FrontierAnalysis['setDefaultBuffers']>[0]): void {
    this.analysis.setDefaultBuffers(buffers);
    this.drawBuffers();
  }

  setFeatures(features: readonly FrontierFeature[]): void {
    this.analysis.setFeatures(features);
  }

  /**
   * Re-points the analysis and the bands when the line changed (a frontier layer came or went, or
   * the geography loaded), and draws the line. A line other than the first Durand Line (which the
   * controller places the view on) is fitted, unless the page fixed the view.
   */
  apply(): void {
    const current = this.current();
    if (!current) {
      // The default data was turned off: no line, no distances, until a frontier layer gives one.
      if (this.applied === undefined) return;
      this.applied = undefined;
      this.analysis.clear();
      this.bufferSource?.dispose();
      this.bufferSource = null;
      this.options.view()?.setBuffers(null);
      this.draw();
      return;
    }
    if (current.line === this.applied) return;
    const first = this.applied === undefined && current.name === null;
    this.applied = current.line;
    const { analysis } = this;
    analysis.useFrontier(current.line, current.name);
    this.bufferSource?.dispose();
    this.bufferSource = new BufferSource(
      current.name === null ? analysis.defaultBuffers : new Map(),
      current.line,
      current.name === null,
    );
    this.draw();
    if (!first && !this.options.viewFixed()) this.options.view()?.camera.fitFrontier(false, true);
  }

  /** Draws the line and its bands. */
  draw(): void {
    const current = this.current();
    const low = current?.name === null ? this.defaultLow : undefined;
    this.options.view()?.setFrontier(current?.line ?? null, current?.name ?? undefined, low ?? null);
    this.drawBuffers();
  }

  /** Widths from `buffer-km`. */
  get bufferWidths(): number[] {
    return parseBufferWidths(this.options.bufferKm()).widths;
  }

  /** Draws the bands at the `buffer-km` widths (bad entries are reported once per change). */
  drawBuffers(): void {
    const source = this.bufferSource;
    const view = this.options.view();
    if (!view || !source) return;
    const { widths, rejected } = parseBufferWidths(this.options.bufferKm());
    // The Durand Line's precomputed bands come with the buffers layer; until then, none is computed.
    if (source.waitsForPrecomputed(widths)) return;
    if (rejected.length) {
      this.options.reportProblem(
        'buffer-km',
        `ignored ${rejected.join(', ')}: widths must be numbers from 0 to 500 km`,
      );
    }
    const buffers = source.buffersFor(widths);
    if (!(buffers instanceof Promise)) {
      view.setBuffers(widths.length ? bandsFromBuffers(buffers) : null);
      return;
    }
    // Only the latest request lands: the view, the widths and the frontier line must all be the same.
    const stillWanted = () =>
      view === this.options.view() &&
      source === this.bufferSource &&
      widths.join() === this.bufferWidths.join();
    this.buffersDrawn = buffers.then(
      (computed) => {
        if (stillWanted()) view.setBuffers(bandsFromBuffers(computed));
      },
      (error: Error) => {
        if (stillWanted())
          this.options.reportProblem('buffer-km', `the buffers could not be computed: ${error.message}`);
      },
    );
  }

  /** Resolves when the bands asked for last are drawn (or failed). */
  whenDrawn(): Promise<void> {
    return this.buffersDrawn;
  }

  /** What the legend says of the frontier: whether it is loaded, its name, its length notes. */
  legendFacts() {
    const { analysis } = this;
    return {
      frontierLoaded: analysis.frontierLoaded,
      frontierLabel: this.label,
      frontierFacts: analysis.frontierFacts,
      pressFigures: analysis.pressFigures,
    };
  }

  /** Legend label of the frontier row: the user's border name, or undefined for the Durand Line. */
  get label(): string | undefined {
    return this.options.override()?.properties.name;
  }

  /** Whether sides are known (the default frontier between Afghanistan and Pakistan). */
  get hasSides(): boolean {
    return this.options.override() === null;
  }

  /** Events per distance band for what is shown now (layers and window), or null. */
  bandCounts() {
    const state = this.options.state();
    if (!state.layerSet.has('buffers')) return null;
    const widths = this.options.bufferKm();
    // Rendered with the legend on every update: recounted only when what it counts has changed.
    const cached = this.bandCache;
    if (cached && cached.shown === state.shown && cached.widths === widths && cached.line === this.applied) {
      return cached.counts;
    }
    const counts = this.analysis.bandCounts(state.shown.filter(isEvent), this.bufferWidths);
    this.bandCache = { shown: state.shown, widths, line: this.applied, counts };
    return counts;
  }

  dispose(): void {
    this.bufferSource?.dispose();
  }
}
