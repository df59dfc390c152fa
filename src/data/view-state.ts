/**
 * The view as plain data, and its round trip through a readable URL hash:
 * `#map=6/33.9/70.1&layers=strikes,posts&from=2025-10-09&to=2025-10-19&event=e001&lang=ps`.
 * Pure: no DOM, so it is tested in Node.
 */
import { type Lang, normalizeLanguage } from '../i18n/languages.ts';
import { LAYER_NAMES, type LayerName } from './schema.ts';

export interface ViewState {
  /** `[lon, lat]` */
  center: [number, number];
  zoom: number;
  layers: LayerName[];
  from?: string;
  to?: string;
  /** id of the selected feature */
  event?: string;
  /**
   * The interface language the link was shared in (the element's own `lang`); dates in the hash
   * stay ISO whatever it is.
   */
  lang?: Lang;
}

export interface ParsedHash {
  state: Partial<ViewState>;
  /** One line per part of the hash that was ignored, saying why. */
  warnings: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar date written `yyyy-mm-dd` (proleptic Gregorian, years 0000–9999, as
 * `Date` reads them). Arithmetic rather than a `Date` per call: validation asks this of every date
 * of every feature, and 100,000 `Date` objects cost a large source ~150 ms.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Parses a comma list of layer names; unknown names are reported, not kept. */
export function parseLayerList(value: string): { layers: LayerName[]; unknown: string[] } {
  const layers: LayerName[] = [];
  const unknown: string[] = [];
  for (const raw of value.split(',')) {
    const name = raw.trim();
    if (!name) continue;
    if ((LAYER_NAMES as readonly string[]).includes(name)) {
      if (!layers.includes(name as LayerName)) layers.push(name as LayerName);
    } else unknown.push(name);
  }
  return { layers, unknown };
}

/** Reads a hash (with or without `#`). Bad parts are skipped with a warning; the rest is kept. */
export function parseHash(hash: string): ParsedHash {
  const state: Partial<ViewState> = {};
  const warnings: string[] = [];
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const map = params.get('map');
  if (map !== null) {
    // Number('') is 0: an empty or sloppy part must not become zoom 0 over Null Island.
    const parts = map.split('/').map((part) => (DECIMAL.test(part) ? Number(part) : Number.NaN));
    const [zoom, lat, lon] = parts;
    if (
      parts.length === 3 &&
      parts.every(Number.isFinite) &&
      zoom! >= 0 &&
      zoom! <= 22 &&
      Math.abs(lat!) <= 90 &&
      Math.abs(lon!) <= 180
    ) {
      state.zoom = zoom!;
      state.center = [lon!, lat!];
    } else warnings.push(`map=${map} is not zoom/lat/lon within range; ignored`);
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const parsed = parseLayerList(layers);
    if (parsed.unknown.length) warnings.push(`unknown layers ignored: ${parsed.unknown.join(', ')}`);
    // `layers=` (none) is a real state; a list of nothing but unknown names is not.
    if (parsed.layers.length || !parsed.unknown.length) state.layers = parsed.layers;
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (isIsoDate(value)) state[key] = value;
    else warnings.push(`${key}=${value} is not a date (yyyy-mm-dd); ignored`);
  }
  if (state.from && state.to && state.from > state.to) {
    warnings.push(`from ${state.from} is after to ${state.to}; time window ignored`);
    delete state.from;
    delete state.to;
  }
  const event = params.get('event');
  if (event !== null && event !== '') state.event = event;
  const lang = params.get('lang');
  if (lang !== null) {
    const known = normalizeLanguage(lang);
    if (known) state.lang = known;
    else warnings.push(`lang=${lang} is not a language of the map (en, ps, prs, ur); ignored`);
  }
  return { state, warnings };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Writes the hash for a state: centre rounded to what the zoom can show. */
export function formatHash(state: ViewState): string {
  const digits = Math.max(2, Math.ceil(Math.log2(Math.max(1, state.zoom)) + 1));
  const [lon, lat] = state.center;
  const parts = [`map=${round(state.zoom, 2)}/${round(lat, digits)}/${round(lon, digits)}`];
  parts.push(`layers=${state.layers.join(',')}`);
  if (state.from) parts.push(`from=${state.from}`);
  if (state.to) parts.push(`to=${state.to}`);
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return `#${parts.join('&')}`;
}

/** The `center` attribute, `"lat,lng"`, as `[lng, lat]`; null when absent or not two finite numbers. */
export function parseCenter(value: string | null): [number, number] | null {
  if (!value) return null;
  const parts = value.split(',');
  if (parts.length !== 2) return null;
  const [lat, lng] = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  return [lng as number, lat as number];
}
