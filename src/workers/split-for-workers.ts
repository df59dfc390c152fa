/**
 * How a large source is shared out between validation workers: a FeatureCollection in runs of whole
 * features (split-features.ts), a table in runs of whole records (split-table.ts), one run a worker,
 * when the source is large enough to gain and the machine has more than one core.
 */
import { parseJson } from '../data/load-source.ts';
import { type FeatureSplit, splitFeatures } from '../data/split-features.ts';
import { splitTable, tableRunBytes } from '../data/split-table.ts';
import { validateGeoJson } from '../data/validate.ts';
import type { ValidateRequest } from '../data/validate-request.ts';

/** Workers started for one source at most. */
export const MAX_WORKERS = 4;

/**
 * Sources of this many bytes or more are shared out between workers, when the machine has more than
 * one core: below it, one worker is done in ~100 ms, and a second would save less than it costs.
 */
export const PARALLEL_BYTES = 4_000_000;

/**
 * Runs for each worker, when the source is large, a FeatureCollection whose other members check
 * out on their own, and the machine has more than one core. Null: one worker takes it whole.
 */
export function splitForWorkers(bytes: Uint8Array): FeatureSplit | null {
  const workers = Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1);
  if (bytes.length < PARALLEL_BYTES || workers < 2) return null;
  const split = splitFeatures(bytes, workers);
  if (!split || split.runs.length < 2) return null;
  try {
    // The collection without its features must be fine by itself (type, crs): else one worker
    // takes the whole source, and reports what is wrong with it exactly as ever.
    const skeleton = parseJson(new TextDecoder().decode(split.skeleton)) as { type?: unknown };
    const { features, problems } = validateGeoJson(skeleton);
    if (skeleton.type !== 'FeatureCollection' || features.length || problems.length) return null;
  } catch {
    return null;
  }
  return split;
}

/**
 * Requests for the runs of a large table, one per worker, with the index of each run's first row,
 * and how many records the table has.
 */
export function splitTableForWorkers(
  bytes: Uint8Array,
): { requests: ValidateRequest[]; firsts: number[]; records: number } | null {
  const workers = Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1);
  if (bytes.length < PARALLEL_BYTES || workers < 2) return null;
  const split = splitTable(bytes, workers);
  if (!split) return null;
  return {
    requests: split.runs.map((run) => ({
      text: tableRunBytes(bytes, split, run),
      options: { firstRow: run.firstRow },
    })),
    firsts: split.runs.map((run) => run.firstRow - 2),
    records: split.records,
  };
}
