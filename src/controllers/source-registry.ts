/**
 * Every source of features a map has: the built-in data and each `<frontier-layer>` child.
 * Loads and validates them, keeps the valid features, reports each problem once, and lets only
 * the latest load of a source land (a slow response to an old `src` is dropped).
 */
import { FrontierLayerElement, LAYER_CHANGE_EVENT } from '../components/frontier-layer.ts';
import { fetchGeoJson, parseJson } from '../data/load-source.ts';
import type { FrontierFeature } from '../data/schema.ts';
import { validateGeoJson } from '../data/validate.ts';

interface SourceState {
  name: string;
  features: FrontierFeature[];
  /** Incremented per load; a finished load whose token is stale is ignored. */
  token: number;
}

export interface SourceCallbacks {
  onChange: () => void;
  onProblem: (source: string, message: string, featureIndex?: number) => void;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class SourceRegistry {
  private defaults: SourceState[] = [];
  private defaultToken = 0;
  private readonly layers = new Map<FrontierLayerElement, SourceState>();
  private readonly pending = new Set<Promise<void>>();
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
    this.childObserver.observe(this.host, { childList: true });
    this.host.addEventListener(LAYER_CHANGE_EVENT, this.onLayerChange);
    if (this.withDefaults !== withDefaults) this.setDefaultData(withDefaults);
    this.syncLayers();
  }

  disconnect(): void {
    this.childObserver.disconnect();
    this.host.removeEventListener(LAYER_CHANGE_EVENT, this.onLayerChange);
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
    const { loadDefaultSources } = await import('../data/default-data.ts');
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
    for (const element of this.layers.keys()) {
      if (!children.includes(element)) {
        this.layers.delete(element);
        removed = true;
      }
    }
    for (const element of children) if (!this.layers.has(element)) this.load(element);
    if (removed) this.changed();
  }

  private load(element: FrontierLayerElement): void {
    const state: SourceState = {
      name: element.name,
      features: [],
      token: (this.layers.get(element)?.token ?? 0) + 1,
    };
    this.layers.set(element, state);
    this.changed();
    this.track(this.loadLayer(element, state.token));
  }

  private async loadLayer(element: FrontierLayerElement, token: number): Promise<void> {
    const name = element.name;
    const current = () => this.layers.get(element)?.token === token;
    let data: unknown;
    try {
      const inline = element.inlineText;
      if (element.src) data = await fetchGeoJson(new URL(element.src, document.baseURI).href);
      else if (inline !== null) data = parseJson(inline);
      else throw new Error('has neither a src attribute nor an inline <script type="application/geo+json">');
    } catch (error) {
      if (current()) this.callbacks.onProblem(name, errorText(error));
      return;
    }
    if (!current()) return;
    const taken = new Set(
      [...this.defaults, ...[...this.layers].filter(([other]) => other !== element).map(([, state]) => state)]
        .flatMap((source) => source.features)
        .map((feature) => feature.id),
    );
    const { features, problems } = validateGeoJson(data, {
      ...(element.kind ? { defaultKind: element.kind } : {}),
      idPrefix: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      takenIds: taken,
    });
    for (const problem of problems) this.callbacks.onProblem(name, problem.message, problem.featureIndex);
    const color = element.color;
    const colored = color
      ? features.map((feature) => ({ ...feature, properties: { ...feature.properties, color } }))
      : features;
    this.layers.set(element, { name, features: colored, token });
    this.changed();
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
