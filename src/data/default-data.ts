/**
 * The shipped geodata, bundled into the module as text (no fetch: works offline, from any host and
 * under a strict CSP). Loaded with dynamic imports so the element can render before it is parsed.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';

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

export interface DefaultGeography {
  basemap: Topology;
  frontier: FeatureCollection<LineString | MultiLineString, FrontierProperties>;
  cities: FeatureCollection<Point, { id: string; name: string; country: string }>;
  pressFigures: PressLengthFigure[];
  /** "Data as of": the latest publication day among the default data's sources (`yyyy-mm-dd`). */
  dataAsOf: string;
  /** Precomputed frontier buffers (10, 25 and 50 km), so no buffer is computed on the main thread. */
  buffers: FeatureCollection<Polygon | MultiPolygon, { widthKm: number }>;
}

/** The built-in event and site sources, by name. */
export const DEFAULT_SOURCES = ['events', 'posts', 'crossings', 'venues'] as const;
export type DefaultSourceName = (typeof DEFAULT_SOURCES)[number];

export async function loadDefaultGeography(): Promise<DefaultGeography> {
  const [basemap, frontier, cities, facts, buffers] = await Promise.all([
    import('../../geodata/basemap.topojson?raw'),
    import('../../geodata/frontier.geojson?raw'),
    import('../../geodata/labels.geojson?raw'),
    import('../../geodata/facts.json?raw'),
    import('../../geodata/derived/frontier-buffers.geojson?raw'),
  ]);
  const { dataAsOf, pressFigures }: DefaultFacts = JSON.parse(facts.default);
  return {
    basemap: JSON.parse(basemap.default),
    frontier: JSON.parse(frontier.default),
    cities: JSON.parse(cities.default),
    pressFigures,
    dataAsOf,
    buffers: JSON.parse(buffers.default),
  };
}

/** The raw text of the built-in event and site sources; validated like any other source. */
export async function loadDefaultSources(): Promise<Array<{ name: DefaultSourceName; text: string }>> {
  const texts = await Promise.all([
    import('../../geodata/events.geojson?raw'),
    import('../../geodata/posts.geojson?raw'),
    import('../../geodata/crossings.geojson?raw'),
    import('../../geodata/venues.geojson?raw'),
  ]);
  return DEFAULT_SOURCES.map((name, index) => ({ name, text: texts[index]!.default }));
}
