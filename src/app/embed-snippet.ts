/** The embed builder's output, as a pure function: a script tag plus the element, or an iframe. */

import type { LayerName } from '../data/schema.ts';
import { formatHash } from '../data/view-state.ts';
import { HTML_LANG, type Lang } from '../i18n/languages.ts';

export interface EmbedOptions {
  /** Absolute URL of `frontier-map.js`. */
  scriptUrl: string;
  /** Absolute URL of the full viewer page (iframe of the whole viewer). */
  viewerUrl: string;
  /** Absolute URL of the map-only page (`map.html`: title, map, source line; the usual iframe). */
  mapPageUrl?: string;
  /** CSS width, e.g. `100%` or `640px`. */
  width: string;
  heightPx: number;
  /** `[lon, lat]` and zoom, when the view is fixed. */
  view?: { center: [number, number]; zoom: number };
  layers: LayerName[];
  from?: string;
  to?: string;
  static: boolean;
  list: boolean;
  heading?: string;
  /** `iframe`: the map-only page; `viewer`: the whole viewer page in a frame. */
  mode: 'element' | 'iframe' | 'viewer';
  /** The map's language when not English: a `lang` attribute, or `lang=` in the framed page's hash. */
  lang?: Lang;
  /** The iframe's accessible name (in the map's language). */
  iframeTitle?: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Only plain CSS lengths pass (no other declarations can be smuggled into the style attribute). */
export function safeCssLength(value: string, fallback: string): string {
  const trimmed = value.trim();
  return /^\d+(\.\d+)?(px|%|rem|em|vw|vh)$/.test(trimmed) ? trimmed : fallback;
}

export function buildEmbedSnippet(options: EmbedOptions): string {
  const width = safeCssLength(options.width, '100%');
  const height = Math.min(Math.max(Math.round(options.heightPx) || 480, 200), 2000);
  if (options.mode === 'iframe' || options.mode === 'viewer') {
    const full = formatHash({
      center: options.view?.center ?? [0, 0],
      zoom: options.view?.zoom ?? 0,
      layers: options.layers,
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      ...(options.lang && options.lang !== 'en' ? { lang: options.lang } : {}),
    });
    // Without a chosen view the page fits the frontier to whatever size the frame has.
    const hash = options.view ? full : full.replace(/^#map=[^&]*&/, '#');
    const page = options.mode === 'iframe' ? (options.mapPageUrl ?? options.viewerUrl) : options.viewerUrl;
    return (
      `<iframe src="${escapeAttribute(page + hash)}" ` +
      `style="width: ${width}; height: ${height}px; border: 0" ` +
      `title="${escapeAttribute(options.iframeTitle ?? 'Map of the Afghanistan–Pakistan frontier')}" ` +
      'allowfullscreen loading="lazy"></iframe>'
    );
  }
  const attributes: string[] = [
    `id="frontier-map"`,
    `style="display: block; width: ${width}; height: ${height}px"`,
  ];
  if (options.view) {
    const [lon, lat] = options.view.center;
    attributes.push(`center="${lat.toFixed(3)},${lon.toFixed(3)}"`, `zoom="${options.view.zoom}"`);
  }
  attributes.push(`layers="${options.layers.join(',')}"`);
  if (options.from) attributes.push(`from="${escapeAttribute(options.from)}"`);
  if (options.to) attributes.push(`to="${escapeAttribute(options.to)}"`);
  if (options.heading) attributes.push(`heading="${escapeAttribute(options.heading)}"`);
  if (options.static) attributes.push('static');
  const lang = options.lang && options.lang !== 'en' ? ` lang="${HTML_LANG[options.lang]}"` : '';
  if (lang) attributes.push(lang.trim());
  const lines = [
    `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>`,
    `<frontier-map\n  ${attributes.join('\n  ')}\n></frontier-map>`,
  ];
  if (options.list)
    lines.push(
      `<frontier-event-list for="frontier-map"${lang} style="display: block; max-height: 360px"></frontier-event-list>`,
    );
  return lines.join('\n');
}
