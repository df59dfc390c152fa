/**
 * What the map says about the frontier itself: its measured length beside the press figures,
 * each feature's distance to the line and its side, events per distance band, and venue distances.
 * Thin glue over the pure functions of `src/geo` and `src/data`.
 */

import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { DefaultGeography, PressLengthFigure } from '../data/default-data.ts';
import type { FeatureLayerName, FrontierFeature } from '../data/schema.ts';
import { TimeIndex } from '../data/time-index.ts';
import type { FrontierBuffer } from '../geo/buffers.ts';
import { type BandCounts, countInBands } from '../geo/count-in-bands.ts';
import { createFrontierIndex, type FrontierIndex } from '../geo/frontier-index.ts';
import { frontierLengthKm } from '../geo/frontier-length.ts';
import { createFrontierSide, type FrontierSide } from '../geo/frontier-side.ts';
import { venueDistances } from '../geo/venue-distances.ts';
import type { CountryFeature } from '../map/basemap.ts';

/** Kinds whose place is a talks venue: they get distances to both capitals. */
export const VENUE_KINDS = new Set(['venue', 'talks', 'ceasefire']);

/** Where a talks venue is, for its arcs to the capitals; null for any other feature. */
export const venuePosition = (feature: FrontierFeature | undefined): GeoJSON.Position | null =>
  feature && VENUE_KINDS.has(feature.properties.kind) && feature.geometry?.type === 'Point'
    ? feature.geometry.coordinates
    : null;

/** A frontier length the press printed, with the outlets that printed it. */
export interface PressFigure {
  km: number;
  outlets: string[];
}

/**
 * The kilometre figures printed since 2025, grouped by value and sorted ("2,600 km (Reuters, …)");
 * figures converted from miles are left out, as the outlet gave none in km.
 */
export function groupPressFigures(figures: readonly PressLengthFigure[]): PressFigure[] {
  const byKm = new Map<number, string[]>();
  for (const figure of figures) {
    if (figure.kmFromMiles || !figure.date || figure.date < '2025') continue;
    const outlet = figure.who.split(/ \(| via /)[0] ?? figure.who;
    const outlets = byKm.get(figure.km) ?? [];
    if (!outlets.includes(outlet)) outlets.push(outlet);
    byKm.set(figure.km, outlets);
  }
  return [...byKm].sort(([a], [b]) => a - b).map(([km, outlets]) => ({ km, outlets }));
}

/** How long the frontier is as drawn: the Durand Line with its source's detail, or a user's line. */
export type FrontierLengthFacts =
  | { kind: 'default'; lengthKm: number; vertices: number; toleranceDeg: number; fullLengthKm: number }
  | { kind: 'own'; lengthKm: number; name: string };

/** Parses `buffer-km`: positive widths, ascending, without repeats; bad entries are reported. */
export function parseBufferWidths(value: string): { widths: number[]; rejected: string[] } {
  const widths = new Set<number>();
  const rejected: string[] = [];
  for (const part of value.split(',')) {
    const text = part.trim();
    if (!text) continue;
    const width = Number(text);
    if (Number.isFinite(width) && width > 0 && width <= 500) widths.add(width);
    else rejected.push(text);
  }
  return { widths: [...widths].sort((a, b) => a - b), rejected };
}

export class FrontierAnalysis {
  private index: FrontierIndex | null = null;
  private sideOf: ((point: GeoJSON.Position) => FrontierSide | null) | null = null;
  private defaultSideOf: ((point: GeoJSON.Position) => FrontierSide | null) | null = null;
  private defaultFacts: FrontierLengthFacts | undefined;
  private defaultPressFigures: PressFigure[] = [];
  private features: readonly FrontierFeature[] = [];
  private countCache = new Map<string, Map<FeatureLayerName, number>>();
  private distanceCache = new Map<string, { km: number; side: FrontierSide | null }>();
  /** The precomputed default buffers, by width. */
  readonly defaultBuffers = new Map<number, FrontierBuffer>();
  /** The length of the line measured against, for the legend. */
  frontierFacts: FrontierLengthFacts | undefined;
  /** The press figures of the Durand Line's length (none for a user's own line). */
  pressFigures: PressFigure[] = [];

  setGeography(geography: DefaultGeography, countries: readonly CountryFeature[]): void {
    const line = geography.frontier.features[0];
    if (!line) return;
    const afghanistan = countries.find((country) => country.properties.iso3 === 'AFG');
    const pakistan = countries.find((country) => country.properties.iso3 === 'PAK');
    this.defaultSideOf =
      afghanistan && pakistan ? createFrontierSide({ AFG: afghanistan, PAK: pakistan }) : null;
    const { lengthKm, vertices, toleranceDeg, fullLengthKm } = line.properties;
    this.defaultFacts = { kind: 'default', lengthKm, vertices, toleranceDeg, fullLengthKm };
    this.defaultPressFigures = groupPressFigures(geography.pressFigures);
    this.useFrontier(line, null);
  }

  /** The precomputed buffers of the Durand Line, loaded when the buffers layer is first shown. */
  setDefaultBuffers(buffers: FeatureCollection<Polygon | MultiPolygon, { widthKm: number }>): void {
    for (const buffer of buffers.features) {
      this.defaultBuffers.set(buffer.properties.widthKm, buffer as FrontierBuffer);
    }
  }

  /** No line to measure against (no default data and no `<frontier-layer frontier>`). */
  clear(): void {
    this.index = null;
    this.sideOf = null;
    this.distanceCache.clear();
    this.frontierFacts = undefined;
    this.pressFigures = [];
  }

  /**
   * Measures against `line`: the default frontier (`name` null) or a user's own, which has no
   * precomputed buffers, no sides (the countries are not known) and no press figures.
   */
  useFrontier(line: Feature<LineString | MultiLineString>, name: string | null): void {
    this.index = createFrontierIndex(line);
    this.distanceCache.clear();
    if (name === null) {
      this.sideOf = this.defaultSideOf;
      this.frontierFacts = this.defaultFacts;
      this.pressFigures = this.defaultPressFigures;
    } else {
      this.sideOf = null;
      this.frontierFacts = { kind: 'own', lengthKm: frontierLengthKm(line), name };
      this.pressFigures = [];
    }
  }

  get frontierLoaded(): boolean {
    return this.index !== null;
  }

  /** A new object whenever the line changes (null without one): a key for what its distances decide. */
  get lineKey(): object | null {
    return this.index;
  }

  setFeatures(features: readonly FrontierFeature[]): void {
    this.features = features;
    this.countCache.clear();
  }

  countsInWindow(from: string | null, to: string | null): Map<FeatureLayerName, number> {
    const key = `${from ?? ''}/${to ?? ''}`;
    let counts = this.countCache.get(key);
    if (!counts) {
      counts = TimeIndex.of(this.features).countByLayer({ from: from ?? undefined, to: to ?? undefined });
      this.countCache.set(key, counts);
    }
    return counts;
  }

  distanceToFrontierKm(lngLat: [number, number]): number {
    if (!this.index) throw new Error('the frontier line is not loaded yet (await whenIdle())');
    return this.index.distanceKm(lngLat);
  }

  /** Distance and side of a point feature (cached per id); null without a point or a frontier. */
  frontierDistance(feature: FrontierFeature): { km: number; side: FrontierSide | null } | null {
    if (!this.index || feature.geometry?.type !== 'Point') return null;
    let result = this.distanceCache.get(feature.id);
    if (!result) {
      const point = feature.geometry.coordinates;
      result = { km: this.index.distanceKm(point), side: this.sideOf?.(point) ?? null };
      this.distanceCache.set(feature.id, result);
    }
    return result;
  }

  /** For a talks venue: great-circle distances to Kabul and Islamabad; undefined for others. */
  venueDistances(feature: FrontierFeature): { kabulKm: number; islamabadKm: number } | undefined {
    const venue = venuePosition(feature);
    if (!venue) return undefined;
    const distances = venueDistances(venue);
    return distances.kabulKm < 30 || distances.islamabadKm < 30 ? undefined : distances;
  }

  /** Events per band and side for the features shown; null until the frontier is loaded. */
  bandCounts(features: readonly FrontierFeature[], widths: readonly number[]): BandCounts | null {
    const index = this.index;
    if (!index || !widths.length) return null;
    return countInBands(
      features.filter((feature) => feature.geometry?.type === 'Point'),
      { distanceKm: index.distanceKm, sideOf: this.sideOf ?? (() => null) },
      widths,
    );
  }
}
