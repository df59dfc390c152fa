/**
 * The Durand Line: a dashed dark line on a white casing (reads on any fill and in greyscale print). Its
 * caption (the de facto border that Afghanistan does not recognise) is placed with the place names.
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
  return L.layerGroup([casing, stroke]);
}

/**
 * Where along the longest part the caption may sit, in order of preference (`[lon, lat]`). The Durand
 * Line runs north-east to south-west; most events crowd its northern half, so the caption tries the
 * quieter south, in Balochistan, first, then further along until it finds room (see place-label-layer).
 */
const CAPTION_AT = [0.85, 0.75, 0.93, 0.65, 0.55, 0.45, 0.35, 0.25, 0.15, 0.05];

export function captionAnchors(line: FrontierLine): [number, number][] {
  const parts = toLatLngLines(line);
  return CAPTION_AT.map((fraction) => {
    const [lat, lng] = pointAlong(parts, fraction);
    return [lng, lat];
  });
}

/** The vertex at `fraction` of the longest part's planar length. */
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
