/**
 * The locator inset of a printed map: Afghanistan and Pakistan in outline, small, with a rectangle
 * where the main map's frame lies. Paths in a plain equirectangular projection scaled by the cosine
 * of the middle latitude (at this size nobody sees the difference to Web Mercator). Pure: runs in Node.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from './sources-in-view.ts';

export interface Locator {
  width: number;
  height: number;
  /** SVG path data of the countries' outlines. */
  paths: string[];
  /** The frame's rectangle in the inset's pixels. */
  frame: { x: number; y: number; width: number; height: number };
}

/** Countries drawn: the two sides of the frontier. */
const LOCATOR_COUNTRIES = new Set(['AFG', 'PAK']);
/** Vertices kept per ring at most: an inset of 120 px needs no more. */
const RING_POINTS = 120;

type Country = Feature<Polygon | MultiPolygon, { iso3: string }>;

const ringsOf = (country: Country): Position[][] =>
  country.geometry.type === 'Polygon'
    ? [country.geometry.coordinates[0]!]
    : country.geometry.coordinates.map((polygon) => polygon[0]!);

function extentOf(rings: readonly Position[][], frame: BBox): BBox {
  let [west, south, east, north] = frame;
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
  }
  return [west, south, east, north];
}

/**
 * The inset for `frame` (`[west, south, east, north]`), `width` px wide; null without the countries
 * (a map without the default geography) or when the frame takes in most of the region.
 *
 * @example
 * locator(countries, [66, 30, 72, 35], 120) // { width: 120, height: 118, paths: ['M…'], frame: {…} }
 */
export function locator(countries: readonly Country[], frame: BBox, width: number): Locator | null {
  const rings = countries
    .filter((country) => LOCATOR_COUNTRIES.has(country.properties.iso3))
    .flatMap(ringsOf)
    // Islets and enclaves are invisible at this size.
    .filter((ring) => ring.length > 8);
  if (rings.length === 0) return null;
  const [west, south, east, north] = extentOf(rings, frame);
  const [fw, fs, fe, fn] = frame;
  // A frame that takes in most of the region needs no inset to say where it lies.
  if ((fe - fw) * (fn - fs) > 0.5 * (east - west) * (north - south)) return null;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * xScale);
  const height = Math.round((north - south) * scale);
  const x = (lon: number) => (lon - west) * xScale * scale;
  const y = (lat: number) => (north - lat) * scale;
  const paths = rings.map((ring) => {
    const step = Math.max(1, Math.ceil(ring.length / RING_POINTS));
    const kept = ring.filter((_, index) => index % step === 0);
    return `M${kept.map(([lon, lat]) => `${x(lon!).toFixed(1)},${y(lat!).toFixed(1)}`).join('L')}Z`;
  });
  return {
    width,
    height,
    paths,
    frame: { x: x(fw), y: y(fn), width: (fe - fw) * xScale * scale, height: (fn - fs) * scale },
  };
}
