/**
 * Greedy label placement in screen space, the way `labelgun` does it: candidates in order of priority,
 * each tried at a few positions around its anchor; a position is taken if its box stays inside the
 * viewport and overlaps no obstacle (event markers) and no label placed before it. The obstacles, known
 * up front and many, go into a packed R-tree (`flatbush`); the labels placed so far, a few hundred at
 * most, are a plain list (an R-tree there cost more bytes than the milliseconds it saved).
 *
 * Pure: pixel numbers in, boxes out; no DOM, no Leaflet. The caller projects the places, measures (or
 * estimates) the text, and passes only the obstacles in view: for 100,000 events that is what keeps the
 * tree small.
 */
import Flatbush from 'flatbush';

/** An axis-aligned box in screen pixels (y grows downwards). */
export interface ScreenBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Where the text sits relative to its anchor. */
export type LabelPosition = 'right' | 'left' | 'above' | 'below';

export interface LabelCandidate {
  id: string;
  /** The place's projected point, in pixels. */
  x: number;
  y: number;
  /** The text's size in pixels. */
  width: number;
  height: number;
  /** Lower is placed first (a capital before a province before a town). Ties go by `id`. */
  priority: number;
  /** Positions to try, in order. Default: right, left, above, below. */
  positions?: readonly LabelPosition[];
  /** Pixels between this label's anchor and its text, in place of the common `gap` (say, past a marker). */
  gap?: number;
  /** Whether a dot marks the anchor (default true); the name of an area has none. */
  dot?: boolean;
  /**
   * Other anchors to try, as pixel offsets from `x`, `y`, in order, when no position fits at the
   * anchor itself: the name of an area may slide within it rather than be left out.
   */
  shifts?: readonly (readonly [number, number])[];
}

export interface PlacedLabel {
  id: string;
  position: LabelPosition;
  /** The text's box, in pixels. */
  box: ScreenBox;
}

export interface PlaceLabelsOptions {
  /** Labels must lie wholly inside this box (usually 0, 0, width, height of the map). */
  viewport: ScreenBox;
  /** Boxes no label may cover: the markers drawn on the map. */
  obstacles?: readonly ScreenBox[];
  /** Pixels between the anchor and the nearest edge of the text. Default 4. */
  gap?: number;
  /** Pixels of clearance kept around every label's box. Default 2. */
  padding?: number;
  /**
   * Radius of the dot drawn at each labelled place (0: none). A placed label's dot is an obstacle for the
   * labels after it, and a label is not placed where its dot would sit under an earlier label's text.
   * Default 0.
   */
  dotRadius?: number;
}

const DEFAULT_POSITIONS: readonly LabelPosition[] = ['right', 'left', 'above', 'below'];

interface Entry extends ScreenBox {
  /** Text of a placed label (1) or its dot (2). */
  type: 1 | 2;
}

/** A test for "does this box touch an obstacle", over a packed index (none: never). */
function obstacleTest(obstacles: readonly ScreenBox[]): (box: ScreenBox) => boolean {
  if (!obstacles.length) return () => false;
  const index = new Flatbush(obstacles.length);
  for (const o of obstacles) index.add(o.minX, o.minY, o.maxX, o.maxY);
  index.finish();
  return (box) => index.search(box.minX, box.minY, box.maxX, box.maxY).length > 0;
}

/** The box of a label's text at `position`. */
export function labelBox(candidate: LabelCandidate, position: LabelPosition, gap = 4): ScreenBox {
  const { x, y, width: w, height: h } = candidate;
  switch (position) {
    case 'right':
      return { minX: x + gap, minY: y - h / 2, maxX: x + gap + w, maxY: y + h / 2 };
    case 'left':
      return { minX: x - gap - w, minY: y - h / 2, maxX: x - gap, maxY: y + h / 2 };
    case 'above':
      return { minX: x - w / 2, minY: y - gap - h, maxX: x + w / 2, maxY: y - gap };
    case 'below':
      return { minX: x - w / 2, minY: y + gap, maxX: x + w / 2, maxY: y + gap + h };
  }
}

/** The first position, at the anchor and then at each shift of it, whose box `fits`. */
function firstClearSpot(
  candidate: LabelCandidate,
  fits: (box: ScreenBox) => boolean,
  gap: number,
): { position: LabelPosition; box: ScreenBox } | null {
  for (const [dx, dy] of [[0, 0] as const, ...(candidate.shifts ?? [])]) {
    const anchor =
      dx === 0 && dy === 0 ? candidate : { ...candidate, x: candidate.x + dx, y: candidate.y + dy };
    for (const position of candidate.positions ?? DEFAULT_POSITIONS) {
      const box = labelBox(anchor, position, gap);
      if (fits(box)) return { position, box };
    }
  }
  return null;
}

const overlap = (a: ScreenBox, b: ScreenBox) =>
  a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** The boxes of the labels placed so far, and of their dots. */
class PlacedBoxes {
  private readonly entries: Entry[] = [];
  insert(entry: Entry): void {
    this.entries.push(entry);
  }
  collides(box: ScreenBox): boolean {
    return this.entries.some((entry) => overlap(entry, box));
  }
  touchesText(box: ScreenBox): boolean {
    return this.entries.some((entry) => entry.type === 1 && overlap(entry, box));
  }
}

const inside = (box: ScreenBox, outer: ScreenBox) =>
  box.minX >= outer.minX && box.maxX <= outer.maxX && box.minY >= outer.minY && box.maxY <= outer.maxY;

const grow = (box: ScreenBox, by: number): ScreenBox => ({
  minX: box.minX - by,
  minY: box.minY - by,
  maxX: box.maxX + by,
  maxY: box.maxY + by,
});

const finite = (c: LabelCandidate) =>
  Number.isFinite(c.x) &&
  Number.isFinite(c.y) &&
  c.width >= 0 &&
  c.height >= 0 &&
  Number.isFinite(c.priority);

/**
 * Places as many labels as fit, most important first, none over another or over an obstacle, all in
 * the viewport. Deterministic: the same input gives the same output whatever the candidates' order.
 * Candidates with non-finite numbers are skipped.
 *
 * @example
 * const placed = placeLabels(
 *   [
 *     { id: 'kabul', x: 100, y: 100, width: 40, height: 14, priority: 1 },
 *     { id: 'logar', x: 120, y: 100, width: 40, height: 14, priority: 2 },
 *   ],
 *   { viewport: { minX: 0, minY: 0, maxX: 400, maxY: 300 } },
 * );
 * // [{ id: 'kabul', position: 'right', box: {...} }, { id: 'logar', position: 'below', box: {...} }]
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlaceLabelsOptions,
): PlacedLabel[] {
  const { viewport, obstacles = [], gap = 4, padding = 2, dotRadius = 0 } = options;
  const hitsObstacle = obstacleTest(obstacles);
  const tree = new PlacedBoxes();
  const order = candidates
    .filter(finite)
    .slice()
    .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const candidate of order) {
    const withDot = dotRadius > 0 && candidate.dot !== false;
    const dot: ScreenBox = {
      minX: candidate.x - dotRadius,
      minY: candidate.y - dotRadius,
      maxX: candidate.x + dotRadius,
      maxY: candidate.y + dotRadius,
    };
    if (withDot && tree.touchesText(dot)) continue;
    const spot = firstClearSpot(
      candidate,
      (box) => {
        const clear = grow(box, padding);
        return inside(box, viewport) && !tree.collides(clear) && !hitsObstacle(clear);
      },
      candidate.gap ?? gap,
    );
    if (!spot) continue;
    tree.insert({ ...spot.box, type: 1 });
    if (withDot) tree.insert({ ...dot, type: 2 });
    placed.push({ id: candidate.id, ...spot });
  }
  return placed;
}
