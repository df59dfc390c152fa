/**
 * The offline vector basemap: country polygons from the shipped TopoJSON, drawn as non-interactive
 * SVG paths, the lines between provinces, and the country names for the place-label layer. No tiles.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import * as L from 'leaflet';
import { mesh, feature as topoFeature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { pathOf } from './geojson-paths.ts';
import type { PlaceName } from './place-label-layer.ts';

export interface CountryProperties {
  iso3: string;
  name: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** Decodes the `countries` object of the basemap topology. */
export function decodeCountries(topology: Topology): CountryFeature[] {
  const object = topology.objects.countries;
  if (!object) throw new Error('basemap topology has no "countries" object');
  const collection = topoFeature(topology, object) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProperties
  >;
  return collection.features;
}

/** The two countries the frontier divides are drawn a shade apart from their neighbours. */
const FOCUS = new Set(['AFG', 'PAK']);

const ringArea = (ring: Position[]): number => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(sum / 2);
};

/** Centroid of the largest outer ring: a stable label point (planar; good enough for a label). */
export function labelPoint(country: CountryFeature): { lonLat: [number, number]; areaDeg2: number } {
  const polygons =
    country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  let best = polygons[0]![0]!;
  for (const polygon of polygons) if (ringArea(polygon[0]!) > ringArea(best)) best = polygon[0]!;
  let x = 0;
  let y = 0;
  let area = 0;
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const [x0, y0] = best[j]! as [number, number];
    const [x1, y1] = best[i]! as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { lonLat: [x / (3 * area), y / (3 * area)], areaDeg2: Math.abs(area / 2) };
}

/** Labels smaller than this (square degrees) would crowd the map at the zooms we show. */
const MIN_LABEL_AREA = 1.5;

/** The countries' fills, non-interactive, in the overlay pane below everything else. */
export function createBasemapLayer(countries: CountryFeature[]): L.FeatureGroup {
  return L.featureGroup(
    countries.map((country) => {
      const focus = FOCUS.has(country.properties.iso3);
      return pathOf(country.geometry, {
        interactive: false,
        className: `frontier-country${focus ? ' is-focus' : ''}`,
        weight: focus ? 1 : 0.7,
        fill: true,
        fillOpacity: 1,
      });
    }),
  );
}

/**
 * Country names for the place-label layer: the frontier's two countries right after the capitals,
 * their neighbours after the main towns; small countries not at all.
 */
export function countryNames(countries: CountryFeature[]): PlaceName[] {
  return countries.flatMap((country) => {
    const { lonLat, areaDeg2 } = labelPoint(country);
    if (areaDeg2 < MIN_LABEL_AREA || !Number.isFinite(lonLat[0])) return [];
    const focus = FOCUS.has(country.properties.iso3);
    return [
      {
        id: `country-${country.properties.iso3}`,
        text: country.properties.name,
        kind: focus ? 'country-focus' : 'country',
        lonLat,
        priority: focus ? 2.5 : 15.5,
        minZoom: 0,
      },
    ];
  });
}

/** `[lon, lat]` lines between two provinces of the same country (see geodata/README.md). */
export type ProvinceLines = MultiLineString;

/**
 * Decodes the province lines: only those between two provinces of one country, never the outer
 * edges, whose national borders are not the basemap's (the Durand Line is drawn once, from it).
 */
export function decodeProvinceLines(topology: Topology): ProvinceLines {
  const object = topology.objects.provinces as GeometryObject<{ country: string }> | undefined;
  if (!object) throw new Error('provinces topology has no "provinces" object');
  return mesh(topology, object, (a, b) => a !== b && countryOf(a) === countryOf(b)) as ProvinceLines;
}

const countryOf = (object: GeometryObject) =>
  (object.properties as { country?: string } | undefined)?.country;

/** The province lines, thin and quiet, non-interactive. */
export function createProvinceLayer(lines: ProvinceLines, pane: string): L.Layer {
  return L.polyline(
    lines.coordinates.map((line) => line.map(([lon, lat]) => [lat!, lon!] as L.LatLngTuple)),
    { pane, interactive: false, className: 'frontier-province-line', weight: 0.8 },
  );
}
