// Planar geometry on [x, y] points (integer grid units in the geodata build): rings are closed arrays.

// Signed area: positive for counter-clockwise rings.
export function ringArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}

export function ringLength(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += Math.hypot(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
  }
  return sum;
}

export function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Whether ring a lies inside ring b, by a vote of some of its vertices and edge midpoints: rings in this
// data may touch at a vertex, where a single point-in-ring test is ambiguous.
export function ringInRing(a, b) {
  let votes = 0;
  const step = Math.max(1, Math.floor((a.length - 1) / 16));
  for (let i = 1; i < a.length; i += step) {
    const mid = [(a[i - 1][0] + a[i][0]) / 2, (a[i - 1][1] + a[i][1]) / 2];
    votes += (pointInRing(a[i], b) ? 1 : -1) + (pointInRing(mid, b) ? 1 : -1);
  }
  return votes > 0;
}

export function bboxOf(rings) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

// Bounding boxes [minX, minY, maxX, maxY].
export const overlaps = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

export const contains = (a, b) => a[0] <= b[0] && a[2] >= b[2] && a[1] <= b[1] && a[3] >= b[3];

// Squared distance from a point to a segment.
export function segmentDistance2([x, y], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  const ex = ax + t * dx - x;
  const ey = ay + t * dy - y;
  return ex * ex + ey * ey;
}

export const samePoint = (p, q) => p[0] === q[0] && p[1] === q[1];

export function dedupe(points) {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}

// Douglas–Peucker with a tolerance per vertex: the vertex deviating most relative to its own tolerance
// splits the run. With a constant tolerance this is the classic algorithm. Ends are always kept, which
// keeps the junctions of a topology, and so shared edges stay shared.
export function simplifyArc(points, tol2) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = 1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const ratio = segmentDistance2(points[i], points[a], points[b]) / tol2[i];
      if (ratio > worst) {
        worst = ratio;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
