import type { Feature, Geometry, Position } from 'geojson';
import type { FrontierSide } from './frontier-side.ts';

/** Side key of a count: a country, or `'none'` for points inside neither outline. */
export type SideKey = FrontierSide | 'none';

/** Counts of point features in one distance band, `fromKm < d ≤ toKm` (the first band includes 0). */
export interface BandCount {
  fromKm: number;
  toKm: number;
  /** Feature count per side, then per `properties.kind`. */
  bySide: Record<SideKey, Map<string, number>>;
  /** All features in the band. */
  total: number;
}

export interface BandCounts {
  bands: BandCount[];
  /** Point features further than the widest band. */
  beyond: number;
  /** Features left out: not a Point, bad coordinates, or no string `kind`. */
  skipped: number;
}

/** What the counting needs from the frontier: a distance and a side for a `[lon, lat]` point. */
export interface FrontierLookups {
  distanceKm(point: Position): number;
  sideOf(point: Position): FrontierSide | null;
}

/**
 * Counts point features per distance band from the frontier (0–10, 10–25, 25–50 km by default), per
 * side and per kind: the numbers behind the "events near the frontier" table. Pure: the distance and
 * side come from `lookups` (a `createFrontierIndex` index and a `createFrontierSide` function).
 *
 * @example
 * const index = createFrontierIndex(frontier);
 * const counts = countInBands(events, { distanceKm: index.distanceKm, sideOf });
 * counts.bands[0].bySide.PAK.get('air_strike'); // air strikes within 10 km, inside Pakistan
 */
export function countInBands(
  features: readonly Feature<Geometry | null>[],
  lookups: FrontierLookups,
  widthsKm: readonly number[] = [10, 25, 50],
): BandCounts {
  const widths = [...new Set(widthsKm)].sort((a, b) => a - b);
  if (widths.length === 0 || widths.some((w) => !Number.isFinite(w) || w <= 0)) {
    throw new RangeError(
      `band widths must be finite numbers of kilometres > 0, got [${widthsKm.join(', ')}]`,
    );
  }
  const bands: BandCount[] = widths.map((toKm, i) => ({
    fromKm: i === 0 ? 0 : widths[i - 1],
    toKm,
    bySide: { AFG: new Map(), PAK: new Map(), none: new Map() },
    total: 0,
  }));
  let beyond = 0;
  let skipped = 0;
  for (const feature of features) {
    const geometry = feature?.geometry;
    const kind = feature?.properties?.kind;
    const point = geometry?.type === 'Point' ? geometry.coordinates : undefined;
    if (!point || typeof kind !== 'string' || !isLonLat(point)) {
      skipped++;
      continue;
    }
    const km = lookups.distanceKm(point);
    const band = bands.find((b) => km <= b.toKm);
    if (!band) {
      beyond++;
      continue;
    }
    const counts = band.bySide[lookups.sideOf(point) ?? 'none'];
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    band.total++;
  }
  return { bands, beyond, skipped };
}

function isLonLat(p: Position): boolean {
  const [lon, lat] = p;
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}
