/**
 * Every source of features a map has: the built-in data and each `<frontier-layer>` child.
 * Loads and validates them, keeps the valid features, reports each problem once, and lets only
 * the latest load of a source land (a slow response to an old `src` is dropped). A load in flight
 * is cancelled when its layer changes or leaves, or the map is disconnected; a map put back into
 * the page loads again what was cancelled, so a late response never lands on a removed map.
 */
import type { Feature, MultiLineString } from 'geojson';
import { FrontierLayerElement, LAYER_CHANGE_EVENT, SET_LOADING } from '../components/frontier-layer.ts';
import { loadDefaultSources } from '../data/default-data.ts';
import { extractFrontierLine } from '../data/frontier-line.ts';
import { parseJson } from '../data/load-source.ts';
import type { FrontierFeature } from '../data/schema.ts';
import { sourceFormatOf } from '../data/source-format.ts';
import { rejectTakenIds, type ValidationResult, validateGeoJson } from '../data/validate.ts';
import { errorText, layerSrc, loadErrorText, readLayerInput } from './layer-input.ts';

interface SourceState {
  name: string;
  features: FrontierFeature[];
  /** Incremented per load; a finished load whose token is stale is ignored. */
  token: number;
  /** Cancels the load in flight; null once it has finished. */
  abort: AbortController | null;
  /** The load was cancelled by a disconnect and is to be made again on connect. */
  interrupted: boolean;
  /** What a long load is doing ("validating 100,000 features…"), while it does it. */
  progress?: string | null;
  /** For a `<frontier-layer frontier>`: the line that replaces the default frontier. */
  frontierLine?: Feature<MultiLineString, { name: string }>;
}

export interface SourceCallbacks {
  onChange: () => void;
  /** One problem; `key` (a layer element) groups the problems of one source for `onRetract`. */
  onProblem: (source: string, message: string, featureIndex?: number, key?: object) => void;
  /** The source `key` loads again or is gone: the problems it reported no longer hold. */
  onRetract: (key: object) => void;
  /** A source started or finished loading (`loadingNames` changed). */
  onLoading: () => void;
  /** A large source has been parsed and holds this many features, soon to arrive. */
  onExpectFeatures?: (count: number) => void;
}

export class SourceRegistry {
  private defaults: Array<Pick<SourceState, 'name' | 'features'>> = [];
  private defaultToken = 0;
  private readonly layers = new Map<FrontierLayerElement, SourceState>();
  private readonly pending = new Set<Promise<void>>();
  private connected = false;
  private cache: FrontierFeature[] | null = null;
  private index: Map<string, FrontierFeature> | null = null;
  private withDefaults: boolean | null = null;
  private readonly childObserver = new MutationObserver(() => this.syncLayers());
  private readonly onLayerChange = (event: Event) => {
    if (event.target instanceof FrontierLayerElement && event.target.parentElement === this.host) {
      this.load(event.target);
    }
  };

  constructor(
    private readonly host: HTMLElement,
    private readonly callbacks: SourceCallbacks,
  ) {}

  connect(withDefaults: boolean): void {
    this.connected = true;
    this.childObserver.observe(this.host, { childList: true });
    this.host.addEventListener(LAYER_CHANGE_EVENT, this.onLayerChange);
    if (this.withDefaults !== withDefaults) this.setDefaultData(withDefaults);
    this.syncLayers();
  }

  disconnect(): void {
    this.connected = false;
    this.childObserver.disconnect();
    this.host.removeEventListener(LAYER_CHANGE_EVENT, this.onLayerChange);
    for (const [element, state] of this.layers) {
      if (!state.abort) continue;
      state.interrupted = true;
      this.cancel(element, state);
    }
  }

  /** Names of the user layers loading now, in the order they were added. */
  get loadingNames(): string[] {
    return [...this.layers.values()].filter((state) => state.abort).map((state) => state.name);
  }

  /** For the layers loading now that report progress: name → what they are doing. */
  get loadingDetails(): Map<string, string> {
    const details = new Map<string, string>();
    for (const { abort, name, progress } of this.layers.values())
      if (abort && progress) details.set(name, progress);
    return details;
  }

  /** The first `<frontier-layer frontier>` line that has loaded, which replaces the default frontier. */
  get frontierOverride(): Feature<MultiLineString, { name: string }> | null {
    for (const state of this.layers.values()) if (state.frontierLine) return state.frontierLine;
    return null;
  }

  get features(): FrontierFeature[] {
    this.cache ??= [...this.defaults, ...this.layers.values()].flatMap((source) => source.features);
    return this.cache;
  }

  byId(id: string): FrontierFeature | undefined {
    this.index ??= new Map(this.features.map((feature) => [feature.id, feature]));
    return this.index.get(id);
  }

  /** Resolves when no load is in flight (loads started meanwhile are awaited too). */
  async whenLoaded(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }

  setDefaultData(on: boolean): void {
    this.withDefaults = on;
    const token = ++this.defaultToken;
    this.defaults = [];
    this.changed();
    if (on) this.track(this.loadDefaults(token));
  }

  async reloadUserLayers(): Promise<void> {
    for (const element of this.layers.keys()) this.load(element);
    await this.whenLoaded();
  }

  private async loadDefaults(token: number): Promise<void> {
    const texts = await loadDefaultSources();
    if (token !== this.defaultToken) return;
    const taken = new Set<string>();
    this.defaults = texts.map(({ name, text }) => {
      const { features, problems } = validateGeoJson(parseJson(text), { strict: true, takenIds: taken });
      for (const problem of problems) this.callbacks.onProblem(name, problem.message, problem.featureIndex);
      for (const feature of features) taken.add(feature.id);
      return { name, features, token };
    });
    this.changed();
  }

  /** Adds sources for new children, drops those of removed ones. */
  private syncLayers(): void {
    const children = [...this.host.children].filter(
      (child): child is FrontierLayerElement => child instanceof FrontierLayerElement,
    );
    let removed = false;
    for (const [element, state] of this.layers) {
      if (!children.includes(element)) {
        this.cancel(element, state);
        this.layers.delete(element);
        this.callbacks.onRetract(element);
        removed = true;
      }
    }
    for (const element of children) {
      if (!this.layers.has(element) || this.layers.get(element)!.interrupted) this.load(element);
    }
    if (removed) this.changed();
  }

  /** Stops a load in flight; its late result, if any, is ignored (the token no longer matches). */
  private cancel(element: FrontierLayerElement, state: SourceState): void {
    if (!state.abort) return;
    state.abort.abort();
    state.abort = null;
    state.token++;
    element[SET_LOADING](false);
    this.callbacks.onLoading();
  }

  private load(element: FrontierLayerElement): void {
    const previous = this.layers.get(element);
    if (previous) this.cancel(element, previous);
    const state: SourceState = {
      name: element.name,
      features: [],
      token: (previous?.token ?? 0) + 1,
      abort: null,
      interrupted: !this.connected,
    };
    this.layers.set(element, state);
    this.callbacks.onRetract(element);
    this.changed();
    if (state.interrupted) return;
    for (const problem of element.attributeProblems()) {
      this.callbacks.onProblem(state.name, problem, undefined, element);
    }
    state.abort = new AbortController();
    element[SET_LOADING](true);
    this.callbacks.onLoading();
    this.track(this.loadLayer(element, state));
  }

  private async loadLayer(element: FrontierLayerElement, state: SourceState): Promise<void> {
    const { name, token } = state;
    const signal = state.abort!.signal;
    const current = () => this.layers.get(element)?.token === token;
    const src = layerSrc(element);
    let result: ValidationResult;
    try {
      const { text, contentType } = await readLayerInput(element, signal);
      if (element.frontier) {
        const line = extractFrontierLine(
          parseJson(typeof text === 'string' ? text : new TextDecoder().decode(text)),
          name,
        );
        if (current()) {
          state.frontierLine = line;
          this.changed();
        }
        return;
      }
      const taken = new Set(
        [
          ...this.defaults,
          ...[...this.layers].filter(([other]) => other !== element).map(([, state]) => state),
        ]
          .flatMap((source) => source.features)
          .map((feature) => feature.id),
      );
      // Parsed and validated in a worker when large (validate-off-thread.ts); same result either way.
      // The readers of user layers (workers, tables, papaparse) load with the first such layer.
      const { validateText } = await import('../workers/validate-off-thread.ts').catch(() => {
        throw new Error("could not be read: the map's data reader did not load (offline?); try reload()");
      });
      result = await validateText(
        text,
        {
          ...(element.kind ? { defaultKind: element.kind } : {}),
          idPrefix: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          takenIds: [...taken],
          format: sourceFormatOf(element.format, src, contentType),
        },
        {
          signal,
          onProgress: (progress) => {
            state.progress = progress;
            this.callbacks.onLoading();
          },
          onFeatureCount: (count) => {
            if (count !== null && current()) this.callbacks.onExpectFeatures?.(count);
          },
        },
      );
    } catch (error) {
      if (current() && !signal.aborted) {
        this.callbacks.onProblem(name, loadErrorText(error, src), undefined, element);
      }
      return;
    } finally {
      if (current()) this.finish(element, state);
    }
    if (!current()) return;
    // Another layer may have landed the same id while this one was fetched or validated.
    const { features, problems } = rejectTakenIds(result, this.idsOfOtherSources(element));
    for (const problem of problems) {
      this.callbacks.onProblem(name, problem.message, problem.featureIndex, element);
    }
    const color = element.color;
    state.features = color
      ? features.map((feature) => ({ ...feature, properties: { ...feature.properties, color } }))
      : features;
    this.changed();
  }

  /** Ids of the features every other source holds now (the defaults and the other layers). */
  private idsOfOtherSources(element: FrontierLayerElement): Set<string> {
    const others = [...this.layers].filter(([other]) => other !== element).map(([, state]) => state);
    return new Set(
      [...this.defaults, ...others].flatMap((source) => source.features.map((feature) => feature.id)),
    );
  }

  private finish(element: FrontierLayerElement, state: SourceState): void {
    state.abort = null;
    element[SET_LOADING](false);
    this.callbacks.onLoading();
  }

  private track(promise: Promise<void>): void {
    const tracked = promise.catch((error) => this.callbacks.onProblem('map', errorText(error)));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  private changed(): void {
    this.cache = null;
    this.index = null;
    this.callbacks.onChange();
  }
}
