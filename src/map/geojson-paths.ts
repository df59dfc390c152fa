/**
 * GeoJSON lines and areas as Leaflet paths: what Leaflet's GeoJSON layer does for them, without the parts
 * of it the map never uses (points become markers elsewhere; a GeometryCollection is refused when read).
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import * as L from 'leaflet';

export type PathGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

const latLngs = (line: Position[]) => line.map(([lon, lat]) => [lat!, lon!] as L.LatLngTuple);

/** One path for `geometry`: a polyline for lines, a polygon (holes and parts kept) for areas. */
export function pathOf(geometry: PathGeometry, options: L.PolylineOptions): L.Path {
  switch (geometry.type) {
    case 'LineString':
      return L.polyline(latLngs(geometry.coordinates), options);
    case 'MultiLineString':
      return L.polyline(geometry.coordinates.map(latLngs), options);
    case 'Polygon':
      return L.polygon(geometry.coordinates.map(latLngs), options);
    case 'MultiPolygon':
      return L.polygon(
        geometry.coordinates.map((polygon) => polygon.map(latLngs)),
        options,
      );
    default:
      throw new TypeError(`a ${(geometry as { type: string }).type} is not drawn as a path`);
  }
}
