/**
 * Where the members of an opened stack go: pixel offsets from the stack's position, on a circle for a
 * few members and on a spiral for many, as overlapping-marker-spiderfier lays them out; here with the
 * spacing derived from the hit area, so that no two members' hit areas overlap and the middle (the
 * stack's own marker, which closes it) stays free.
 */

export interface SpiderfyOptions {
  /** Diameter of a member's round hit area in pixels. Default 24 (the smallest comfortable target). */
  hitSize?: number;
  /** Extra pixels between neighbouring hit areas. Default 4. */
  gap?: number;
  /** Up to this many members go on one circle; more go on a spiral. Default 8. */
  circleMax?: number;
}

export interface SpiderOffset {
  dx: number;
  dy: number;
}

// The spiral's turns lie this much more than one spacing apart: neighbours on adjacent turns are not
// always radially aligned, and the margin keeps them a full spacing apart at any angle.
const TURN_FACTOR = 1.25;

/**
 * Offsets for `n` members, in member order. Every offset is at least `hitSize + gap` from the middle and
 * from every other offset, so round hit areas of `hitSize` never overlap each other or the stack marker
 * (for square hit areas pass `hitSize × √2`). The first member sits straight above the middle and the
 * rest follow clockwise.
 *
 * @example
 * spiderfy(2); // [{ dx: 0, dy: -28 }, { dx: 0, dy: 28 }]
 */
export function spiderfy(n: number, options: SpiderfyOptions = {}): SpiderOffset[] {
  const { hitSize = 24, gap = 4, circleMax = 8 } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  if (!(hitSize > 0) || !(gap >= 0)) throw new RangeError('hitSize must be > 0 and gap ≥ 0');
  const spacing = hitSize + gap;
  const offsets: SpiderOffset[] = [];
  const at = (r: number, angle: number) => offsets.push({ dx: r * Math.cos(angle), dy: r * Math.sin(angle) });
  const top = -Math.PI / 2;
  if (n <= circleMax) {
    // The chord between neighbours, 2r·sin(π/n), is at least one spacing, and so is the radius.
    const radius = n > 1 ? Math.max(spacing, spacing / (2 * Math.sin(Math.PI / n))) : spacing;
    for (let i = 0; i < n; i++) at(radius, top + (2 * Math.PI * i) / n);
    return offsets;
  }
  // Archimedean spiral r = spacing + b·θ, one spacing (plus margin) further out per turn. Each step turns
  // by the angle whose chord at the current radius is one spacing; the next point is farther out, so
  // its distance from the last is at least that chord.
  const perRadian = (spacing * TURN_FACTOR) / (2 * Math.PI);
  let theta = 0;
  for (let i = 0; i < n; i++) {
    const r = spacing + perRadian * theta;
    at(r, top + theta);
    theta += 2 * Math.asin(Math.min(1, spacing / (2 * r)));
  }
  return offsets;
}
