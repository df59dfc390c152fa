/**
 * The frontier a map measures against and draws: the Durand Line, or a `<frontier-layer frontier>`
 * once it has loaded. Keeps the analysis, the distance bands (`buffer-km`) and their counts on the
 * current line, and redraws them when the line or the widths change. Owned by the map's controller.
 */

import { isEvent, visibleFeatures } from '../data/filter.ts';
import type { FrontierFeature } from '../data/schema.ts';
import type { FrontierMapElement } from '../frontier-map.ts';
import { bandsFromBuffers } from '../geo/buffers.ts';
import type { FrontierLine } from '../map/frontier-line.ts';
import type { MapView } from '../map/map-view.ts';
import { BufferSource } from '../workers/buffer-source.ts';
import { type FrontierAnalysis, parseBufferWidths } from './frontier-analysis.ts';

export interface FrontierLineOptions {
  host: FrontierMapElement;
  analysis: FrontierAnalysis;
  /** The loaded `<frontier-layer frontier>` line, if any. */
  override: () => (FrontierLine & { properties: { name: string } }) | null;
  /** The default line (the Durand Line), once the geography has loaded. */
  defaultLine: () => FrontierLine | undefined;
  view: () => MapView | null;
  features: () => readonly FrontierFeature[];
  reportProblem: (source: string, message: string) => void;
}

export class FrontierLineController {
  private bufferSource: BufferSource | null = null;
  private applied: FrontierLine | undefined;
  private buffersDrawn: Promise<void> = Promise.resolve();
  private bandCache?: {
    key: string;
    features: readonly FrontierFeature[];
    line: FrontierLine | undefined;
    counts: ReturnType<FrontierAnalysis['bandCounts']>;
  };

  constructor(private readonly options: FrontierLineOptions) {}

  /** The line measured against: a `<frontier-layer frontier>` once loaded, else the Durand Line. */
  private current(): { line: FrontierLine; name: string | null } | null {
    const override = this.options.override();
    if (override) return { line: override, name: override.properties.name };
    const line = this.options.defaultLine();
    return line ? { line, name: null } : null;
  }

  /**
   * Re-points the analysis and the bands when the line changed (a frontier layer came or went, or
   * the geography loaded). After the first time, draws the new line and fits the view to it, unless
   * the page fixed the view.
   */
  apply(): void {
    const current = this.current();
    if (!current || current.line === this.applied) return;
    const first = this.applied === undefined;
    this.applied = current.line;
    const { analysis } = this.options;
    analysis.useFrontier(current.line, current.name);
    this.bufferSource?.dispose();
    this.bufferSource = new BufferSource(
      current.name === null ? analysis.defaultBuffers : new Map(),
      current.line,
    );
    if (!first) {
      this.draw();
      if (!this.options.host.center) this.options.view()?.fitFrontier(false);
    }
  }

  /** The geography is to be loaded again: the next `apply()` starts afresh. */
  reset(): void {
    this.applied = undefined;
  }

  /** Draws the line and its bands. */
  draw(): void {
    const current = this.current();
    this.options.view()?.setFrontier(current?.line ?? null, current?.name ?? undefined);
    this.drawBuffers();
  }

  /** Widths from `buffer-km`. */
  get bufferWidths(): number[] {
    return parseBufferWidths(this.options.host.bufferKm ?? '').widths;
  }

  /** Draws the bands at the `buffer-km` widths (bad entries are reported once per change). */
  drawBuffers(): void {
    const source = this.bufferSource;
    const view = this.options.view();
    if (!view || !source) return;
    const { widths, rejected } = parseBufferWidths(this.options.host.bufferKm ?? '');
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
    const { host, analysis } = this.options;
    if (!host.visibleLayers.includes('buffers')) return null;
    const features = this.options.features();
    const { from, to } = host;
    // Rendered with the legend on every update: recounted only when what it counts has changed.
    const key = [host.layers, from, to, host.bufferKm].join('|');
    const cached = this.bandCache;
    if (cached && cached.key === key && cached.features === features && cached.line === this.applied) {
      return cached.counts;
    }
    const shown = visibleFeatures(features, host.visibleLayers, {
      from: from ?? undefined,
      to: to ?? undefined,
    });
    const counts = analysis.bandCounts(shown.filter(isEvent), this.bufferWidths);
    this.bandCache = { key, features, line: this.applied, counts };
    return counts;
  }

  dispose(): void {
    this.bufferSource?.dispose();
  }
}
