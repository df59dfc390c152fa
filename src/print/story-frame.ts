/**
 * Where a printed map or an image looks when nobody chose a view: on the story, the extent of the
 * points shown plus a margin, not on the whole region. Points far from the frontier (talk venues in
 * Doha, Istanbul, Riyadh, Urumqi) would stretch that frame over seas and deserts; they stay out of
 * it and are listed in an inset with their distance and direction instead, never silently cut.
 * Pure: runs in Node.
 */
import distance from '@turf/distance';
import type { FrontierFeature } from '../data/schema.ts';
import type { BBox } from './sources-in-view.ts';

/** A place shown on the map but far from the frontier, seen from the frame's centre. */
export interface FarPlace {
  name: string;
  /** Great-circle distance from the frame's centre, rounded to 10 km. */
  km: number;
  /** Compass direction from the frame's centre, one of the eight points ('N', 'NE' …). */
  direction: Compass;
  position: [number, number];
}

export type Compass = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';

export interface StoryFrame {
  /** `[west, south, east, north]` with the margin, or null when no point lies near the frontier. */
  box: BBox | null;
  /** Places outside the frame, nearest first, each once. */
  far: FarPlace[];
}

export interface StoryFrameOptions {
  /** Points further than this from the frontier (km) are far-off places. */
  farKm?: number;
  /** Margin on each side, as a share of the points' extent. */
  margin?: number;
  /** The smallest frame (degrees), so that one event is not shown at street level. */
  minSpanDeg?: number;
}

const COMPASS: readonly Compass[] = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

/** Initial great-circle bearing from `a` to `b`, as one of eight compass points. */
export function compassDirection(a: [number, number], b: [number, number]): Compass {
  const rad = Math.PI / 180;
  const [lon1, lat1] = [a[0] * rad, a[1] * rad];
  const [lon2, lat2] = [b[0] * rad, b[1] * rad];
  const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  const degrees = (Math.atan2(y, x) / rad + 360) % 360;
  return COMPASS[Math.round(degrees / 45) % 8]!;
}

const pointOf = (feature: FrontierFeature): [number, number] | null => {
  const geometry = feature.geometry;
  if (geometry?.type !== 'Point') return null;
  const [lon, lat] = geometry.coordinates;
  return Number.isFinite(lon) && Number.isFinite(lat) ? [lon!, lat!] : null;
};

function padded(points: readonly [number, number][], margin: number, minSpan: number): BBox {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const grow = (low: number, high: number): [number, number] => {
    const span = Math.max(high - low, minSpan);
    const middle = (low + high) / 2;
    const half = span / 2 + span * margin;
    return [middle - half, middle + half];
  };
  const [w, e] = grow(west, east);
  const [s, n] = grow(south, north);
  return [Math.max(w, -180), Math.max(s, -85), Math.min(e, 180), Math.min(n, 85)];
}

/**
 * The frame for the point features shown. `distanceKm` gives a point feature's distance to the
 * frontier (NaN when there is no line: then every point is near).
 *
 * @example
 * storyFrame(state.shown, (feature) => analysis.frontierDistance(feature)?.km ?? Number.NaN)
 * // { box: [61.9, 29.1, 73.4, 36.2], far: [{ name: 'Riyadh', km: 2330, direction: 'SW', … }, …] }
 */
export function storyFrame(
  features: readonly FrontierFeature[],
  distanceKm: (feature: FrontierFeature) => number,
  options: StoryFrameOptions = {},
): StoryFrame {
  const { farKm = 600, margin = 0.06, minSpanDeg = 1 } = options;
  const near: [number, number][] = [];
  // Far points by place (a venue, its talks and its ceasefire are one place), named after the
  // feature's `place`, else the venue's title.
  const farOnes = new Map<string, { name: string; position: [number, number]; named: boolean }>();
  for (const feature of features) {
    const position = pointOf(feature);
    if (!position) continue;
    if (!(distanceKm(feature) > farKm)) {
      near.push(position);
      continue;
    }
    const key = `${position[0].toFixed(1)},${position[1].toFixed(1)}`;
    const { place, title, kind } = feature.properties;
    const named = Boolean(place) || kind === 'venue';
    const name = place?.split(',')[0]?.trim() || title;
    const known = farOnes.get(key);
    if (!known || (named && !known.named)) farOnes.set(key, { name, position, named });
  }
  if (near.length === 0) return { box: null, far: [] };
  const box = padded(near, margin, minSpanDeg);
  const centre: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const byName = new Map<string, FarPlace>();
  for (const { name, position } of farOnes.values()) {
    if (byName.has(name)) continue;
    const km = Math.round(distance(centre, position, { units: 'kilometers' }) / 10) * 10;
    byName.set(name, { name, km, direction: compassDirection(centre, position), position });
  }
  const far = [...byName.values()].sort((a, b) => a.km - b.km || a.name.localeCompare(b.name));
  return { box, far };
}

/** Whether `[lon, lat]` lies inside `box`. */
export const inBox = ([lon, lat]: [number, number], [west, south, east, north]: BBox) =>
  lon >= west && lon <= east && lat >= south && lat <= north;
