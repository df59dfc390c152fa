/**
 * The shipped geodata, fetched at run time from `geodata/` beside the module (`geodata-url.ts`): each
 * file only when a view needs it (`geodata-pieces.ts`), same-origin with the bundle, so it works
 * offline and under `connect-src 'self'`. Nothing is fetched from any other host.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DEFAULT_SOURCE_FILES, GEODATA_FILES, type GeodataPiece } from './geodata-pieces.ts';
import { geodataUrl } from './geodata-url.ts';
import { holdWhile } from './hold.ts';

/** A frontier length as a news outlet printed it (geodata/facts.json). */
export interface PressLengthFigure {
  km: number;
  miles?: number;
  /** The outlet gave miles only; `km` is converted. */
  kmFromMiles?: boolean;
  /** e.g. "more than" */
  qualifier?: string;
  who: string;
  url: string;
  /** `yyyy-mm-dd` or `yyyy-mm` */
  date?: string;
  dateApprox?: boolean;
}

/** geodata/facts.json: the press figures and the day of the latest source. */
export interface DefaultFacts {
  /** `yyyy-mm-dd`: the latest publication day among the sources of the default data. */
  dataAsOf: string;
  pressFigures: PressLengthFigure[];
}

export interface FrontierProperties {
  name: string;
  lengthKm: number;
  vertices: number;
  toleranceDeg: number;
  fullLengthKm: number;
  fullVertices: number;
  source: string;
  licence: string;
  attribution: string;
}

/** A place label of `geodata/labels-*.geojson` (see geodata/README.md). */
export interface PlaceLabelProperties {
  id: string;
  rank: number;
  kind: 'capital' | 'province' | 'town' | 'crossing';
  name: string;
  /** The name in Pashto, Dari or Urdu where a named source gives one (geodata/SOURCES.md). */
  names?: { ps?: string; prs?: string; ur?: string };
  /** ISO 3166 alpha-3 (`PAK/AFG` for a crossing): its official languages stand in for a missing name. */
  country: string;
  minZoom: number;
  population?: number;
  source?: string;
}

export type FrontierCollection = FeatureCollection<LineString | MultiLineString, FrontierProperties>;
export type PlaceLabelCollection = FeatureCollection<Point, PlaceLabelProperties>;

/** What each piece of the default geography is, once parsed. */
export interface GeodataPieceTypes {
  basemapLow: Topology;
  frontierLow: FrontierCollection;
  labelsLow: PlaceLabelCollection;
  basemap: Topology;
  frontier: FrontierCollection;
  provinces: Topology;
  labelsMid: PlaceLabelCollection;
  labelsHigh: PlaceLabelCollection;
  facts: DefaultFacts;
  /** Precomputed frontier buffers (10, 25 and 50 km), so no buffer is computed on the main thread. */
  buffers: FeatureCollection<Polygon | MultiPolygon, { widthKm: number }>;
}

/** The Durand Line and what is said of it: what the frontier analysis needs from the geography. */
export interface DefaultGeography {
  frontier: FrontierCollection;
  pressFigures: PressLengthFigure[];
}

/** The built-in event and site sources, by name. */
export const DEFAULT_SOURCES = ['events', 'posts', 'crossings', 'venues'] as const;
export type DefaultSourceName = (typeof DEFAULT_SOURCES)[number];

/** Drawn under everything and largest: fetched after the events and the line on a slow link. */
const LOW_PRIORITY = new Set<GeodataPiece>(['basemapLow', 'basemap', 'provinces']);

async function fetchText(file: string, signal?: AbortSignal, priority?: RequestPriority): Promise<string> {
  const url = geodataUrl(file);
  const response = await fetch(url, { ...(signal ? { signal } : {}), ...(priority ? { priority } : {}) });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return holdWhile(response, response.text());
}

/** Fetches and parses one piece of the default geography. */
export async function loadGeodataPiece<P extends GeodataPiece>(
  piece: P,
  signal?: AbortSignal,
): Promise<GeodataPieceTypes[P]> {
  const priority = LOW_PRIORITY.has(piece) ? 'low' : undefined;
  return JSON.parse(await fetchText(GEODATA_FILES[piece], signal, priority)) as GeodataPieceTypes[P];
}

/** The raw text of the built-in event and site sources, fetched in parallel; validated like any other source. */
export async function loadDefaultSources(
  signal?: AbortSignal,
): Promise<Array<{ name: DefaultSourceName; text: string }>> {
  const texts = await Promise.all(
    DEFAULT_SOURCES.map((name) => fetchText(DEFAULT_SOURCE_FILES[name], signal)),
  );
  return DEFAULT_SOURCES.map((name, index) => ({ name, text: texts[index]! }));
}
