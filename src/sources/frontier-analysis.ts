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
import { createFrontierSide, describeFrontierDistance, type FrontierSide } from '../geo/frontier-side.ts';
import { venueDistances } from '../geo/great-circle-arc.ts';
import type { CountryFeature } from '../map/basemap.ts';

const km = (value: number) => Math.round(value).toLocaleString('en-GB');

/** Kinds whose place is a talks venue: they get distances to both capitals. */
export const VENUE_KINDS = new Set(['venue', 'talks', 'ceasefire']);

/** Where a talks venue is, for its arcs to the capitals; null for any other feature. */
export const venuePosition = (feature: FrontierFeature | undefined): GeoJSON.Position | null =>
  feature && VENUE_KINDS.has(feature.properties.kind) && feature.geometry?.type === 'Point'
    ? feature.geometry.coordinates
    : null;

/**
 * "The press cites 2,600 km (Reuters, …), 2,611 km (AP, …)": kilometre figures printed since 2025,
 * grouped by value; figures converted from miles are left out, as the outlet gave none in km.
 */
export function pressNote(figures: readonly PressLengthFigure[]): string | undefined {
  const byKm = new Map<number, string[]>();
  for (const figure of figures) {
    if (figure.kmFromMiles || !figure.date || figure.date < '2025') continue;
    const outlet = figure.who.split(/ \(| via /)[0]!;
    const outlets = byKm.get(figure.km) ?? [];
    if (!outlets.includes(outlet)) outlets.push(outlet);
    byKm.set(figure.km, outlets);
  }
  const cited = [...byKm]
    .sort(([a], [b]) => a - b)
    .map(([value, outlets]) => `${km(value)} km (${outlets.join(', ')})`);
  return cited.length ? `The press cites ${cited.join(', ')}.` : undefined;
}

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
  private defaultNote: string | undefined;
  private defaultPressNote: string | undefined;
  private features: readonly FrontierFeature[] = [];
  private countCache = new Map<string, Map<FeatureLayerName, number>>();
  private distanceCache = new Map<string, { km: number; side: FrontierSide | null }>();
  /** The precomputed default buffers, by width. */
  readonly defaultBuffers = new Map<number, FrontierBuffer>();
  frontierNote: string | undefined;
  pressNote: string | undefined;

  setGeography(geography: DefaultGeography, countries: readonly CountryFeature[]): void {
    const line = geography.frontier.features[0];
    if (!line) return;
    const afghanistan = countries.find((country) => country.properties.iso3 === 'AFG');
    const pakistan = countries.find((country) => country.properties.iso3 === 'PAK');
    this.defaultSideOf =
      afghanistan && pakistan ? createFrontierSide({ AFG: afghanistan, PAK: pakistan }) : null;
    const p = line.properties;
    this.defaultNote =
      `${km(p.lengthKm)} km as drawn: OpenStreetMap boundaries at 10 m, simplified to ` +
      `${p.vertices.toLocaleString('en-GB')} points (${p.toleranceDeg}°); ${km(p.fullLengthKm)} km at full detail.`;
    this.defaultPressNote = pressNote(geography.pressFigures);
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
    this.frontierNote = undefined;
    this.pressNote = undefined;
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
      this.frontierNote = this.defaultNote;
      this.pressNote = this.defaultPressNote;
    } else {
      this.sideOf = null;
      this.frontierNote = `${km(frontierLengthKm(line))} km as drawn (${name}).`;
      this.pressNote = undefined;
    }
  }

  get frontierLoaded(): boolean {
    return this.index !== null;
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

  /** e.g. "≈ 86 km inside Afghanistan". */
  distanceText(feature: FrontierFeature): string | undefined {
    const result = this.frontierDistance(feature);
    return result ? describeFrontierDistance(result.km, result.side) : undefined;
  }

  /** For a talks venue: "≈ 2,180 km to Kabul, ≈ 2,050 km to Islamabad". */
  venueText(feature: FrontierFeature): string | undefined {
    if (!VENUE_KINDS.has(feature.properties.kind) || feature.geometry?.type !== 'Point') return undefined;
    const { kabulKm, islamabadKm } = venueDistances(feature.geometry.coordinates);
    if (kabulKm < 30 || islamabadKm < 30) return undefined;
    return `≈ ${km(kabulKm)} km to Kabul, ≈ ${km(islamabadKm)} km to Islamabad (great circle)`;
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
