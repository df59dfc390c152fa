/**
 * The reference numbers a printed map writes beside its markers: each event carries the numbers its
 * sources have in the printed, numbered source list, so a reader goes from a marker to its reports,
 * and a stack of events carries the numbers of all of them. Pure: runs in Node.
 */
import type { FrontierFeature } from './schema.ts';

/** A numbered source of the printed list (only its address and number matter here). */
export interface NumberedSource {
  url: string;
  number: number;
}

/**
 * For every feature with a source in `entries`, the numbers of its sources, ascending, each once.
 *
 * @example
 * referenceNumbers(shown, [{ url: 'https://a.example/1', number: 1 }, …]) // Map { 'e001' => [1, 4] }
 */
export function referenceNumbers(
  features: readonly FrontierFeature[],
  entries: readonly NumberedSource[],
): Map<string, number[]> {
  const byUrl = new Map(entries.map((entry) => [entry.url, entry.number]));
  const numbers = new Map<string, number[]>();
  for (const feature of features) {
    const found = new Set<number>();
    for (const source of feature.properties.sources ?? []) {
      const number = byUrl.get(source.url);
      if (number !== undefined) found.add(number);
    }
    if (found.size)
      numbers.set(
        feature.id,
        [...found].sort((a, b) => a - b),
      );
  }
  return numbers;
}

/**
 * Numbers as a reader scans them: ascending, each once, three or more in a row as a range.
 * `format` writes one number (the list's own digits in Urdu or Dari).
 *
 * @example
 * numberRuns([12, 3, 4, 5, 8, 9]) // '3–5, 8, 9, 12'
 */
export function numberRuns(numbers: Iterable<number>, format: (n: number) => string = String): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    if (end - start >= 2) parts.push(`${format(sorted[start]!)}–${format(sorted[end]!)}`);
    else for (let i = start; i <= end; i++) parts.push(format(sorted[i]!));
    start = end + 1;
  }
  return parts.join(', ');
}
