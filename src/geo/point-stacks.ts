/**
 * Stacks of points drawn at (nearly) the same screen position, so each can still be chosen: co-located
 * events become one marker with a count that opens into a "spider" (see `spiderfy.ts`). A packed
 * R-tree (`flatbush`, which the label placement uses too) finds each point's neighbours within the radius.
 *
 * Pure: pixel positions in, groups of ids out; no DOM, no Leaflet.
 */
import Flatbush from 'flatbush';

export interface ScreenPoint {
  id: string;
  /** Projected position in pixels. */
  x: number;
  y: number;
}

export interface PointStack {
  /** Member ids in `id` order; the first is the stack's seed. */
  ids: string[];
  /** The seed's position: where the stack is drawn. */
  x: number;
  y: number;
}

const byId = (a: ScreenPoint, b: ScreenPoint) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups points within `radius` pixels of a seed into one stack. Seeds are taken in `id` order, and each
 * takes every point not yet in a stack within `radius` of it; so every point is in exactly one stack,
 * each member lies within `radius` of its stack's position, and stack positions are more than `radius`
 * apart. The result does not depend on the input order. Stacks come in the order of their seeds; a
 * point alone is a stack of one. Points with non-finite positions are left out.
 *
 * @example
 * stackPoints(
 *   [
 *     { id: 'a', x: 10, y: 10 },
 *     { id: 'b', x: 12, y: 11 },
 *     { id: 'c', x: 80, y: 10 },
 *   ],
 *   12,
 * );
 * // [{ ids: ['a', 'b'], x: 10, y: 10 }, { ids: ['c'], x: 80, y: 10 }]
 */
export function stackPoints(points: readonly ScreenPoint[], radius: number): PointStack[] {
  if (!(radius >= 0)) throw new RangeError(`radius must be 0 or more, got ${radius}`);
  const sorted = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort(byId);
  if (!sorted.length) return [];
  const index = new Flatbush(sorted.length);
  for (const p of sorted) index.add(p.x, p.y, p.x, p.y);
  index.finish();
  const within = (seed: ScreenPoint) =>
    index.search(seed.x - radius, seed.y - radius, seed.x + radius, seed.y + radius, (j) => {
      const p = sorted[j]!;
      return (p.x - seed.x) ** 2 + (p.y - seed.y) ** 2 <= radius * radius;
    });
  const taken = new Uint8Array(sorted.length);
  const stacks: PointStack[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (taken[i]) continue;
    const seed = sorted[i]!;
    // Indices are positions in `sorted`, so sorting them keeps the members in id order.
    const members = within(seed)
      .filter((j) => !taken[j])
      .sort((a, b) => a - b);
    for (const j of members) taken[j] = 1;
    stacks.push({ ids: members.map((j) => sorted[j]!.id), x: seed.x, y: seed.y });
  }
  return stacks;
}
