// Operations on a TopoJSON topology with absolute (not yet delta-encoded) arcs whose countries carry
// properties.iso3: arc users, chaining shared arcs into a line, closing river slivers, writing.
import { bboxOf, dedupe, ringArea, samePoint, segmentDistance2 } from './planar.mjs';

export function arcUsers(topo) {
  const users = topo.arcs.map(() => new Set());
  for (const g of topo.objects.countries.geometries) {
    for (const ref of g.arcs.flat(2)) users[ref < 0 ? ~ref : ref].add(g.properties.iso3);
  }
  return users;
}

export function ringFromArcs(refs, arcs) {
  const points = [];
  for (const ref of refs) {
    const arc = ref < 0 ? arcs[~ref].slice().reverse() : arcs[ref];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

// Chains arcs into one line: from the northernmost arc end, always on to the nearest free arc end.
// Arcs that meet join at their common vertex; across a gap (water cut out of both countries' polygons,
// where a river crosses the border) the line goes straight. Returns the line and the gaps it bridged.
export function chainArcs(arcs) {
  let start = null;
  arcs.forEach((arc, i) => {
    for (const [reverse, pt] of [
      [false, arc[0]],
      [true, arc.at(-1)],
    ]) {
      if (!start || pt[1] > start.pt[1] || (pt[1] === start.pt[1] && pt[0] > start.pt[0])) {
        start = { i, reverse, pt };
      }
    }
  });
  const left = new Set(arcs.keys());
  const line = [];
  const gaps = [];
  let next = { ...start, d: 0 };
  while (next) {
    left.delete(next.i);
    const arc = next.reverse ? arcs[next.i].slice().reverse() : arcs[next.i];
    if (next.d > 0) gaps.push([line.at(-1), arc[0]]);
    line.push(...(next.d === 0 && line.length ? arc.slice(1) : arc));
    const tail = line.at(-1);
    next = null;
    for (const i of left) {
      for (const [reverse, pt] of [
        [false, arcs[i][0]],
        [true, arcs[i].at(-1)],
      ]) {
        const d = Math.hypot(pt[0] - tail[0], pt[1] - tail[1]);
        if (!next || d < next.d) next = { i, reverse, d };
      }
    }
  }
  return { line, gaps };
}

// Whether every vertex of line a lies within distance of line b.
function alongside(a, b, distance) {
  const max2 = distance ** 2;
  return a.every((pt) => {
    for (let i = 1; i < b.length; i++) if (segmentDistance2(pt, b[i - 1], b[i]) <= max2) return true;
    return false;
  });
}

// Border rivers: where water parts two neighbours, each has its own bank between the same two junctions,
// and the border breaks up into hundreds of short arcs. A sliver no wider than `width` goes to one of the
// two, so the border becomes one shared edge; countries in `own` keep their banks, and water between two
// of them is left alone. Rewrites ring references in place; rebuild the topology to join the arcs.
// Returns how many slivers were closed.
export function closeSlivers(topo, { own, width }) {
  const refs = topo.arcs.map(() => []);
  for (const g of topo.objects.countries.geometries) {
    for (const ring of g.arcs.flat()) {
      for (const [k, ref] of ring.entries())
        refs[ref < 0 ? ~ref : ref].push({ iso3: g.properties.iso3, ring, k });
    }
  }
  const ends = new Map();
  topo.arcs.forEach((arc, i) => {
    const [p, q] = [String(arc[0]), String(arc.at(-1))];
    if (refs[i].length !== 1 || p === q) return;
    const key = p < q ? `${p};${q}` : `${q};${p}`;
    ends.set(key, [...(ends.get(key) ?? []), i]);
  });
  const walk = ({ i, ring, k }) => (ring[k] < 0 ? topo.arcs[i].slice().reverse() : topo.arcs[i]);
  let closed = 0;
  for (const pair of ends.values()) {
    if (pair.length !== 2) continue;
    const [a, b] = pair.map((i) => ({ i, ...refs[i][0] }));
    if (a.iso3 === b.iso3 || own.every((c) => c === a.iso3 || c === b.iso3)) continue;
    const [wa, wb] = [walk(a), walk(b)];
    // Each outline has its land on the left, so water between them is enclosed clockwise.
    if (!samePoint(wa.at(-1), wb[0]) || ringArea([...wa, ...wb.slice(1)]) >= 0) continue;
    if (!alongside(wa, wb, width) || !alongside(wb, wa, width)) continue;
    const shorter = wa.length < wb.length || (wa.length === wb.length && a.i < b.i);
    const keepA = own.includes(a.iso3) || (!own.includes(b.iso3) && shorter);
    const [keep, drop] = keepA ? [a, b] : [b, a];
    drop.ring[drop.k] = samePoint(topo.arcs[keep.i][0], walk(drop)[0]) ? keep.i : ~keep.i;
    closed++;
  }
  return closed;
}

// The written topology for `arcs` (integer points on a grid of 1/unit degrees) replacing topo's arcs:
// degenerate rings dropped, unused arcs pruned, arcs delta-encoded from `origin` ([lon, lat]). A country
// whose every ring degenerates is an error, unless `dropVanished` (a coarse level that may lose specks).
// `keep(ring)` may drop further polygons by their outer ring (in output units).
// `object` names the topology's object (its geometries' ids are properties[idKey]).
export function encodeTopology(
  topo,
  arcs,
  { unit, origin, dropVanished = false, keep = () => true, object = 'countries', idKey = 'iso3' },
) {
  const translate = origin.map((v) => Math.round(v * unit));
  const index = new Map();
  const remap = (ref) => {
    const i = ref < 0 ? ~ref : ref;
    if (!index.has(i)) index.set(i, index.size);
    return ref < 0 ? ~index.get(i) : index.get(i);
  };
  const valid = (refs) => {
    const ring = ringFromArcs(refs, arcs);
    return dedupe(ring).length >= 4 && ringArea(ring) !== 0;
  };
  const geometries = [];
  for (const g of topo.objects[object].geometries) {
    const polygons = g.arcs
      .filter(([outer]) => valid(outer) && keep(ringFromArcs(outer, arcs)))
      .map((rings) => rings.filter(valid).map((refs) => refs.map(remap)));
    if (!polygons.length && dropVanished) continue;
    if (!polygons.length) throw new Error(`${g.properties[idKey]} vanished in simplification`);
    const geometry =
      polygons.length === 1
        ? { type: 'Polygon', arcs: polygons[0] }
        : { type: 'MultiPolygon', arcs: polygons };
    geometries.push({ ...geometry, id: g.properties[idKey], properties: g.properties });
  }
  const outArcs = [...index.keys()].map((i) => {
    let [px, py] = translate;
    return arcs[i].map(([x, y]) => {
      const delta = [x - px, y - py];
      [px, py] = [x, y];
      return delta;
    });
  });
  const used = [...index.keys()].map((i) => arcs[i]);
  const [x0, y0, x1, y1] = bboxOf(used);
  const topology = {
    type: 'Topology',
    bbox: [x0 / unit, y0 / unit, x1 / unit, y1 / unit],
    transform: { scale: [1 / unit, 1 / unit], translate: translate.map((t) => t / unit) },
    objects: { [object]: { type: 'GeometryCollection', geometries } },
    arcs: outArcs,
  };
  return { topology, arcs: used, users: object === 'countries' ? arcUsers(topology) : null };
}
