import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../data/load-source.ts';
import { FEATURE_KINDS, type FeatureKind } from '../data/schema.ts';
import { SOURCE_FORMATS } from '../data/source-format.ts';
import { safeCssColor } from '../data/validate.ts';
import { quote } from '../data/validate-geometry.ts';

/** Internal: tells the parent map that this layer's configuration or inline data changed. */
export const LAYER_CHANGE_EVENT = 'frontier-layer-change';

/** Internal: the parent map's source registry marks the layer as loading or done. */
export const SET_LOADING = Symbol('frontier-layer set loading');

/** A positive whole number from an attribute, or null when absent or not one. */
const positiveInteger = (value: string | null): number | null => {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
};

/**
 * @tagname frontier-layer
 * `<frontier-layer>`: declarative configuration and data for one user layer. It renders nothing and
 * never touches Leaflet; the parent `<frontier-map>` reads it and redraws when it changes.
 *
 * Whatever the data holds, it is validated (RFC 7946 and the feature schema) before it is drawn; each
 * rejected feature or failed load fires one `frontier-error` on the map and shows in its notice.
 *
 * @attr name - Display name in the legend, the loading status and error messages (shown as text).
 * @attr kind - Kind given to features that carry none (one of the schema's kinds).
 * @attr src - URL of a GeoJSON file, resolved against the page; or give the data inline instead.
 * @attr color - Marker colour: a plain CSS colour (`#c00`, `rgb(…)`, `teal`); anything else is reported
 *   and ignored, so no other CSS can ride along.
 * @attr max-bytes - Largest response accepted from `src`, in bytes (default 20 MB: 20971520); a larger
 *   file is refused with a message, before it is parsed.
 * @attr timeout-ms - How long to wait for `src`, in milliseconds (default 15000), including reading
 *   the body; a slower server gets a "timed out" message. `reload()` on the map tries again.
 * @attr format - How to read the data: `geojson`, `acled` (an ACLED export's columns) or `csv` (any
 *   table with longitude and latitude columns). By default `csv` for a `.csv` address, a `text/csv`
 *   response or an inline `<script type="text/csv">`, else GeoJSON. Bad rows are reported one
 *   `frontier-error` each, naming the row; the others load.
 * @attr frontier - Boolean: this layer's lines are the frontier. They replace the Durand Line for
 *   drawing, distances, sides and buffers, so the map serves any other contested border.
 *
 * @example
 * <frontier-layer name="My events" kind="air_strike" src="events.geojson" color="#c00"></frontier-layer>
 * <frontier-layer name="Inline"><script type="application/geo+json">{"type":"FeatureCollection",...}</script></frontier-layer>
 * <frontier-layer name="ACLED" format="acled" src="acled-export.csv" max-bytes="104857600"></frontier-layer>
 */
export class FrontierLayerElement extends HTMLElement {
  static readonly observedAttributes = [
    'name',
    'kind',
    'src',
    'color',
    'max-bytes',
    'timeout-ms',
    'frontier',
    'format',
  ];
  private readonly observer = new MutationObserver(() => this.changed());
  private isLoading = false;

  /** Display name in the legend and in error messages. */
  get name(): string {
    return this.getAttribute('name')?.trim() || this.src || 'Untitled layer';
  }
  set name(value: string) {
    this.setAttribute('name', value);
  }

  /** True when this layer holds the frontier line itself rather than features. */
  get frontier(): boolean {
    return this.hasAttribute('frontier');
  }
  set frontier(value: boolean) {
    this.toggleAttribute('frontier', value);
  }

  /** Default kind for features that carry none; null when the attribute is not a known kind. */
  get kind(): FeatureKind | null {
    const value = this.getAttribute('kind');
    return value && (FEATURE_KINDS as readonly string[]).includes(value) ? (value as FeatureKind) : null;
  }
  set kind(value: string) {
    this.setAttribute('kind', value);
  }

  /** URL of a GeoJSON file, resolved against the page. */
  get src(): string | null {
    return this.getAttribute('src');
  }
  set src(value: string | null) {
    if (value === null) this.removeAttribute('src');
    else this.setAttribute('src', value);
  }

  /** Marker colour; only a plain CSS colour is accepted (no other declarations can ride along). */
  get color(): string | null {
    return safeCssColor(this.getAttribute('color'));
  }
  set color(value: string | null) {
    if (value === null) this.removeAttribute('color');
    else this.setAttribute('color', value);
  }

  /** Largest response accepted from `src`, in bytes (`max-bytes`; 20 MB when absent or invalid). */
  get maxBytes(): number {
    return positiveInteger(this.getAttribute('max-bytes')) ?? DEFAULT_MAX_BYTES;
  }
  set maxBytes(value: number) {
    this.setAttribute('max-bytes', String(value));
  }

  /** How long to wait for `src`, in ms (`timeout-ms`; 15000 when absent or invalid). */
  get timeoutMs(): number {
    return positiveInteger(this.getAttribute('timeout-ms')) ?? DEFAULT_TIMEOUT_MS;
  }
  set timeoutMs(value: number) {
    this.setAttribute('timeout-ms', String(value));
  }

  /** True while the parent map fetches or parses this layer's data (read-only). */
  get loading(): boolean {
    return this.isLoading;
  }

  /** @internal Set by the parent map's source registry. */
  [SET_LOADING](on: boolean): void {
    this.isLoading = on;
  }

  /** Attribute values that are present but unusable, in plain words (the map reports them). */
  attributeProblems(): string[] {
    const problems: string[] = [];
    const color = this.getAttribute('color');
    if (color !== null && !this.color) {
      problems.push(`color attribute ${quote(color)} is not a CSS colour; the default colour is used`);
    }
    const format = this.format;
    if (format !== null && !(SOURCE_FORMATS as readonly string[]).includes(format.trim().toLowerCase())) {
      problems.push(`format attribute ${quote(format)} is unknown (expected ${SOURCE_FORMATS.join(', ')})`);
    }
    const kind = this.getAttribute('kind');
    if (kind !== null && !this.kind) {
      problems.push(`kind attribute ${quote(kind)} is unknown (expected one of ${FEATURE_KINDS.join(', ')})`);
    }
    for (const [name, fallback] of [
      ['max-bytes', DEFAULT_MAX_BYTES],
      ['timeout-ms', DEFAULT_TIMEOUT_MS],
    ] as const) {
      const value = this.getAttribute(name);
      if (value !== null && positiveInteger(value) === null) {
        problems.push(
          `${name} attribute ${quote(value)} is not a positive whole number; ${fallback} is used`,
        );
      }
    }
    return problems;
  }

  /** How to read the data, as the `format` attribute gives it (see table-source.ts for the default). */
  get format(): string | null {
    return this.getAttribute('format');
  }
  set format(value: string | null) {
    if (value === null) this.removeAttribute('format');
    else this.setAttribute('format', value);
  }

  /** The text of an inline `<script type="application/geo+json">` (or `text/csv`) child, if any. */
  get inlineText(): string | null {
    const script = this.inlineScript;
    return script ? (script.textContent ?? '') : null;
  }

  /** The `type` of the inline data's `<script>` (`text/csv` reads as CSV), if any. */
  get inlineType(): string | null {
    return this.inlineScript?.getAttribute('type') ?? null;
  }

  private get inlineScript(): Element | null {
    return this.querySelector(
      ':scope > script[type="application/geo+json"], :scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
  }

  connectedCallback(): void {
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  disconnectedCallback(): void {
    this.observer.disconnect();
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue !== newValue) this.changed();
  }

  private changed(): void {
    if (this.isConnected) this.dispatchEvent(new Event(LAYER_CHANGE_EVENT, { bubbles: true }));
  }
}
