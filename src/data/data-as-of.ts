/**
 * "Data as of": how recent a set of features is, read from their sources. The shipped data carries
 * the value precomputed (`geodata/facts.json`, `dataAsOf`); this gives the same for any features,
 * such as a user's own layer.
 */
import type { FrontierFeature } from './schema.ts';

/**
 * The latest publication day (`yyyy-mm-dd`) among the features' sources; month- and year-only dates
 * of undated pages are left out. Null when no source has a day.
 *
 * @example
 * latestSourceDate([{ …, properties: { …, sources: [{ url, publisher, date: '2026-04-08' }] } }]); // '2026-04-08'
 */
export function latestSourceDate(features: readonly FrontierFeature[]): string | null {
  let latest: string | null = null;
  for (const feature of features) {
    for (const { date } of feature.properties.sources ?? []) {
      if (date?.length === 10 && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}
