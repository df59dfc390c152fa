/**
 * The Durand Line: a dashed dark line on a white casing (reads on any fill and in greyscale print),
 * labelled as the de facto border that Afghanistan does not recognise.
 */
import type { Feature, LineString, MultiLineString } from 'geojson';
import * as L from 'leaflet';

export type FrontierLine = Feature<LineString | MultiLineString>;

/** `[lon, lat]` lines → Leaflet's `[lat, lng]`, at the one boundary where the order flips. */
export function toLatLngLines(line: FrontierLine): L.LatLngTuple[][] {
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  return parts.map((part) => part.map(([lon, lat]) => [lat!, lon!] as L.LatLngTuple));
}

export const FRONTIER_CAPTION = 'Durand Line — de facto border, not recognised by Afghanistan';

export function createFrontierLayer(line: FrontierLine, options: { pane: string }): L.LayerGroup {
  const latLngs = toLatLngLines(line);
  const casing = L.polyline(latLngs, {
    pane: options.pane,
    className: 'frontier-line-casing',
    interactive: false,
    weight: 6,
  });
  const stroke = L.polyline(latLngs, {
    pane: options.pane,
    className: 'frontier-line',
    interactive: false,
    weight: 2.5,
    dashArray: '10 5',
  });
  const caption = document.createElement('span');
  caption.textContent = FRONTIER_CAPTION;
  // A DOM node, not a string: Leaflet writes tooltip strings with innerHTML.
  stroke.bindTooltip(caption, {
    permanent: true,
    direction: 'right',
    className: 'frontier-line-label',
    offset: [8, 0],
  });
  return L.layerGroup([casing, stroke]);
}
