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

export function createFrontierLayer(
  line: FrontierLine,
  options: { pane: string; caption?: string; labelPane?: string },
): L.LayerGroup {
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
  caption.textContent = options.caption ?? FRONTIER_CAPTION;
  // A marker in the group rather than a bound tooltip: Leaflet leaves a permanent tooltip's element
  // behind when its polyline is removed, and a replaced frontier would keep the old label.
  const label = L.marker(pointAlong(latLngs, LABEL_AT), {
    icon: L.divIcon({ html: caption, className: 'frontier-line-label', iconSize: undefined as never }),
    interactive: false,
    keyboard: false,
    pane: options.labelPane ?? options.pane,
  });
  return L.layerGroup([casing, stroke, label]);
}

/**
 * Where along the longest part the label sits. The Durand Line runs north-east to south-west; most
 * events crowd its northern half, so the label goes to the quieter south, in Balochistan.
 */
const LABEL_AT = 0.85;

/** The vertex at `fraction` of the longest part's planar length: a stable spot for the label. */
function pointAlong(parts: L.LatLngTuple[][], fraction: number): L.LatLngTuple {
  const length = (part: L.LatLngTuple[]) =>
    part.slice(1).reduce((sum, [lat, lng], i) => sum + Math.hypot(lat - part[i]![0], lng - part[i]![1]), 0);
  const longest = parts.reduce((best, part) => (length(part) > length(best) ? part : best), parts[0]!);
  const target = length(longest) * fraction;
  let walked = 0;
  for (let i = 1; i < longest.length; i++) {
    walked += Math.hypot(longest[i]![0] - longest[i - 1]![0], longest[i]![1] - longest[i - 1]![1]);
    if (walked >= target) return longest[i]!;
  }
  return longest[0]!;
}
