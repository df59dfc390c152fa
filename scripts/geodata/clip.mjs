// Clips polygons to a rectangle (Weiler–Atherton): the parts inside stay whole polygons with their holes,
// joined along the rectangle's edges. No degenerate bridges along the edges, unlike Sutherland–Hodgman.
import { pointInRing, ringInRing } from './planar.mjs';

export const inBox = ([x, y], box) => x > box.w && x < box.e && y > box.s && y < box.n;

// Liang–Barsky. Endpoints are ordered first, so an edge shared by two countries (walked in opposite
// directions) is cut at bit-identical points and the neighbours still share them.
export function clipSegment(a, b, box) {
  const flip = a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const [p, q] = flip ? [b, a] : [a, b];
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const edges = [
    [-dx, p[0] - box.w, (t) => [box.w, p[1] + t * dy]],
    [dx, box.e - p[0], (t) => [box.e, p[1] + t * dy]],
    [-dy, p[1] - box.s, (t) => [p[0] + t * dx, box.s]],
    [dy, box.n - p[1], (t) => [p[0] + t * dx, box.n]],
  ];
  let t0 = 0;
  let t1 = 1;
  let u = p;
  let v = q;
  for (const [pk, qk, at] of edges) {
    if (pk === 0) {
      if (qk < 0) return null;
      continue;
    }
    const r = qk / pk;
    if (pk < 0) {
      if (r > t1) return null;
      if (r > t0) [t0, u] = [r, at(r)];
    } else {
      if (r < t0) return null;
      if (r < t1) [t1, v] = [r, at(r)];
    }
  }
  return flip ? [v, u] : [u, v];
}

// Position of a point on the box outline, counter-clockwise from the south-west corner.
export function perimeterPos([x, y], box) {
  const w = box.e - box.w;
  const h = box.n - box.s;
  if (y === box.s) return x - box.w;
  if (x === box.e) return w + y - box.s;
  if (y === box.n) return w + h + box.e - x;
  return 2 * w + h + box.n - y;
}

// rings: outer counter-clockwise, holes clockwise, closed; box: { w, s, e, n }, with no vertex exactly on
// an edge (the caller puts the edges off the vertices' grid). Returns the polygons inside the box.
export function clipPolygon(rings, box) {
  const fragments = [];
  const whole = [];
  for (const [index, ring] of rings.entries()) {
    const n = ring.length - 1;
    const start = ring.findIndex((pt, i) => i < n && !inBox(pt, box));
    if (start < 0) {
      whole.push({ ring, hole: index > 0 });
      continue;
    }
    let current = null;
    for (let k = 0; k < n; k++) {
      const a = ring[(start + k) % n];
      const b = ring[(start + k + 1) % n];
      const aIn = inBox(a, box);
      const bIn = inBox(b, box);
      if (aIn && bIn) {
        current.push(b);
        continue;
      }
      const cut = clipSegment(a, b, box);
      if (!cut) continue;
      if (!aIn) current = [cut[0]];
      current.push(bIn ? b : cut[1]);
      if (!bIn) {
        fragments.push(current);
        current = null;
      }
    }
  }
  if (!fragments.length && !whole.some((r) => !r.hole)) {
    const centre = [(box.w + box.e) / 2, (box.s + box.n) / 2];
    if (pointInRing(centre, rings[0])) throw new Error('a polygon encloses the whole clip box');
    return [];
  }
  // Leaving the box, the outline is followed counter-clockwise to the next entry: the polygon's inside
  // is on the left of both its outer rings and its holes.
  const w = box.e - box.w;
  const h = box.n - box.s;
  const corners = [
    [0, [box.w, box.s]],
    [w, [box.e, box.s]],
    [w + h, [box.e, box.n]],
    [2 * w + h, [box.w, box.n]],
  ];
  const entries = fragments
    .map((f, i) => ({ s: perimeterPos(f[0], box), i }))
    .sort((a, b) => a.s - b.s || a.i - b.i);
  const used = new Uint8Array(fragments.length);
  const polygons = [];
  for (let first = 0; first < fragments.length; first++) {
    if (used[first]) continue;
    const ring = [];
    let i = first;
    while (!used[i]) {
      used[i] = 1;
      ring.push(...fragments[i]);
      const exit = perimeterPos(fragments[i].at(-1), box);
      const next = entries.find((e) => e.s > exit) ?? entries[0];
      const between =
        next.s > exit
          ? corners.filter(([c]) => c > exit && c < next.s)
          : [...corners.filter(([c]) => c > exit), ...corners.filter(([c]) => c < next.s)];
      for (const [, corner] of between) ring.push(corner);
      i = next.i;
    }
    if (i !== first) throw new Error('clipping produced an open ring');
    ring.push(ring[0]);
    polygons.push([ring]);
  }
  for (const { ring, hole } of whole) if (!hole) polygons.push([ring]);
  for (const { ring, hole } of whole) {
    if (!hole) continue;
    const owner = polygons.length === 1 ? polygons[0] : polygons.find((p) => ringInRing(ring, p[0]));
    if (!owner) throw new Error('a hole inside the clip box lost its outer ring');
    owner.push(ring);
  }
  return polygons;
}
