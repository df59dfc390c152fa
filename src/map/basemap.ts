/**
 * The offline vector basemap: country polygons from the shipped TopoJSON, drawn as non-interactive
 * SVG paths, with country names as plain-text labels. No tiles, so nothing is fetched.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import * as L from 'leaflet';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

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

function textLabel(text: string, className: string, pane: string, latLng: L.LatLngExpression): L.Marker {
  const element = document.createElement('span');
  element.textContent = text;
  return L.marker(latLng, {
    icon: L.divIcon({ html: element, className, iconSize: undefined as unknown as L.PointExpression }),
    interactive: false,
    keyboard: false,
    pane,
  });
}

/** Labels smaller than this (square degrees) would crowd the map at the zooms we show. */
const MIN_LABEL_AREA = 1.5;

export function createBasemapLayer(countries: CountryFeature[], labelPane: string): L.LayerGroup {
  const fills = L.geoJSON(countries as unknown as GeoJSON.GeoJsonObject, {
    interactive: false,
    style: (feature) => {
      const iso3 = (feature?.properties as CountryProperties | undefined)?.iso3 ?? '';
      return {
        className: `frontier-country${FOCUS.has(iso3) ? ' is-focus' : ''}`,
        weight: FOCUS.has(iso3) ? 1 : 0.7,
        fill: true,
        fillOpacity: 1,
      };
    },
  });
  const labels = countries.flatMap((country) => {
    const { lonLat, areaDeg2 } = labelPoint(country);
    if (areaDeg2 < MIN_LABEL_AREA || !Number.isFinite(lonLat[0])) return [];
    const focus = FOCUS.has(country.properties.iso3) ? ' is-focus' : '';
    return [
      textLabel(country.properties.name, `frontier-country-label${focus}`, labelPane, [lonLat[1], lonLat[0]]),
    ];
  });
  return L.layerGroup([fills, ...labels]);
}

/** City labels (not features: they carry no events), shown as small text with a dot. */
export function createCityLabels(
  cities: FeatureCollection<GeoJSON.Point, { name: string }>,
  labelPane: string,
): L.LayerGroup {
  return L.layerGroup(
    cities.features.map((city) => {
      const [lon, lat] = city.geometry.coordinates as [number, number];
      return textLabel(city.properties.name, 'frontier-city-label', labelPane, [lat, lon]);
    }),
  );
}
