/**
 * What the map says about the frontier itself: its measured length beside the press figures,
 * each feature's distance to the line and its side, and the counts per layer in a time window.
 * Thin glue over the pure functions of `src/geo` and `src/data`.
 */

import type { DefaultGeography, PressLengthFigure } from '../data/default-data.ts';
import { countByLayer } from '../data/filter.ts';
import type { FeatureLayerName, FrontierFeature } from '../data/schema.ts';
import { createFrontierIndex, type FrontierIndex } from '../geo/frontier-index.ts';

const km = (value: number) => Math.round(value).toLocaleString('en-GB');

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

export class FrontierAnalysis {
  private index: FrontierIndex | null = null;
  private features: readonly FrontierFeature[] = [];
  private countCache = new Map<string, Map<FeatureLayerName, number>>();
  frontierNote: string | undefined;
  pressNote: string | undefined;
  hasBuffers = false;

  setGeography(geography: DefaultGeography): void {
    const line = geography.frontier.features[0];
    if (!line) return;
    this.index = createFrontierIndex(line);
    const p = line.properties;
    this.frontierNote =
      `${km(p.lengthKm)} km as drawn: OpenStreetMap boundaries at 10 m, simplified to ${p.vertices.toLocaleString('en-GB')} ` +
      `points (${p.toleranceDeg}°); ${km(p.fullLengthKm)} km at full detail.`;
    this.pressNote = pressNote(geography.pressFigures);
  }

  setFeatures(features: readonly FrontierFeature[]): void {
    this.features = features;
    this.countCache.clear();
  }

  countsInWindow(from: string | null, to: string | null): Map<FeatureLayerName, number> {
    const key = `${from ?? ''}/${to ?? ''}`;
    let counts = this.countCache.get(key);
    if (!counts) {
      counts = countByLayer(this.features, { from: from ?? undefined, to: to ?? undefined });
      this.countCache.set(key, counts);
    }
    return counts;
  }

  distanceToFrontierKm(lngLat: [number, number]): number {
    if (!this.index) throw new Error('the frontier line is not loaded yet (await whenIdle())');
    return this.index.distanceKm(lngLat);
  }

  /** e.g. "≈ 12 km from the Durand Line"; undefined for features without a point. */
  distanceText(feature: FrontierFeature): string | undefined {
    if (!this.index || feature.geometry?.type !== 'Point') return undefined;
    const distance = this.index.distanceKm(feature.geometry.coordinates);
    if (distance < 1) return 'on the Durand Line (within 1 km)';
    return `≈ ${km(distance)} km from the Durand Line`;
  }
}
