import { FEATURE_KINDS, type FeatureKind } from '../data/schema.ts';
import { safeCssColor } from '../data/validate.ts';

/** Internal: tells the parent map that this layer's configuration or inline data changed. */
export const LAYER_CHANGE_EVENT = 'frontier-layer-change';

/**
 * @tagname frontier-layer
 * `<frontier-layer>`: declarative configuration and data for one user layer. It renders nothing and
 * never touches Leaflet; the parent `<frontier-map>` reads it and redraws when it changes.
 *
 * @example
 * <frontier-layer name="My events" kind="air_strike" src="events.geojson" color="#c00"></frontier-layer>
 * <frontier-layer name="Inline"><script type="application/geo+json">{"type":"FeatureCollection",...}</script></frontier-layer>
 */
export class FrontierLayerElement extends HTMLElement {
  static readonly observedAttributes = ['name', 'kind', 'src', 'color'];
  private readonly observer = new MutationObserver(() => this.changed());

  /** Display name in the legend and in error messages. */
  get name(): string {
    return this.getAttribute('name')?.trim() || this.src || 'Untitled layer';
  }
  set name(value: string) {
    this.setAttribute('name', value);
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

  /** The text of an inline `<script type="application/geo+json">` child, if any. */
  get inlineText(): string | null {
    const script = this.querySelector(
      ':scope > script[type="application/geo+json"], :scope > script[type="application/json"]',
    );
    return script ? (script.textContent ?? '') : null;
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
