/**
 * The sources behind what a printed map shows: the features drawn inside the map's bounds, their
 * sources numbered once each (by URL) in the order the features happened. Pure: runs in Node.
 */
import type { Position } from 'geojson';
import type { FrontierFeature } from '../data/schema.ts';
import { positionsOf } from '../geo/lon-lat.ts';

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/** One numbered source; `url` is an http(s) address already checked by validation. */
export interface SourceEntry {
  number: number;
  url: string;
  publisher: string;
  date?: string;
}

const inBox = ([lon, lat]: Position, [west, south, east, north]: BBox) =>
  lon! >= west && lon! <= east && lat! >= south && lat! <= north;

/** True when any vertex of the feature lies in the box (a point on the map, or part of a line or area). */
export function featureInBox(feature: FrontierFeature, box: BBox): boolean {
  return feature.geometry !== null && positionsOf(feature.geometry).some((position) => inBox(position, box));
}

const byDateThenTitle = (a: FrontierFeature, b: FrontierFeature) => {
  const da = a.properties.date ?? '9999';
  const db = b.properties.date ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return a.properties.title.localeCompare(b.properties.title);
};

/**
 * Numbers the sources of the features inside `box`, each URL once, grouped by publisher (publishers
 * in alphabetical order; within one, in the order of the events, oldest first, undated sites last),
 * so that a reader finds every report of one outlet together. `features` are those drawn (layers and
 * time window already applied).
 *
 * @example
 * sourcesInView(features, [60, 29, 75, 37]) // [{ number: 1, url: 'https://…', publisher: 'Al Jazeera' }, …]
 */
export function sourcesInView(features: readonly FrontierFeature[], box: BBox): SourceEntry[] {
  const byPublisher = new Map<string, Omit<SourceEntry, 'number'>[]>();
  const seen = new Set<string>();
  for (const feature of features.filter((f) => featureInBox(f, box)).sort(byDateThenTitle)) {
    for (const source of feature.properties.sources ?? []) {
      if (seen.has(source.url)) continue;
      seen.add(source.url);
      const list = byPublisher.get(source.publisher) ?? [];
      list.push({
        url: source.url,
        publisher: source.publisher,
        ...(source.date ? { date: source.date } : {}),
      });
      byPublisher.set(source.publisher, list);
    }
  }
  const publishers = [...byPublisher.keys()].sort((a, b) =>
    a.localeCompare(b, 'en', { sensitivity: 'base' }),
  );
  return publishers
    .flatMap((publisher) => byPublisher.get(publisher)!)
    .map((entry, index) => ({ number: index + 1, ...entry }));
}

/** The entries in runs of one publisher each, in order. */
export function groupByPublisher(entries: readonly SourceEntry[]): SourceEntry[][] {
  const groups: SourceEntry[][] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last[0]!.publisher === entry.publisher) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/**
 * "Sources: 210 reports from 85 publishers, most from Dawn, Reuters, …": a one-line credit for
 * small images where the numbered list does not fit. Publishers by number of reports, then name.
 */
export function sourcesByline(entries: readonly SourceEntry[], limit = 8): string {
  if (entries.length === 0) return '';
  const counts = new Map<string, number>();
  for (const { publisher } of entries) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  const publishers = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name]) => name);
  const reports = entries.length === 1 ? '1 report' : `${entries.length} reports`;
  if (publishers.length === 1) return `Source: ${reports} from ${publishers[0]}.`;
  const named = publishers.slice(0, limit).join(', ');
  const more = publishers.length > limit ? ', …' : '';
  return `Sources: ${reports} from ${publishers.length} publishers (${named}${more}).`;
}
