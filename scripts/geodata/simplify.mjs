// Per-arc simplification of a topology, so neighbours keep sharing edges at every level of detail.
import { dedupe, simplifyArc } from './planar.mjs';

// Douglas–Peucker per arc with its ends fixed, then snapped to the output grid (`scale` = output unit /
// source unit). Arcs used by every country of `focus` (the frontier) use `frontierTol`; the others
// `tolAt(point)`; both in source units.
export function simplifyArcs(arcs, users, { focus, frontierTol, tolAt, scale }) {
  return arcs.map((arc, i) => {
    const frontier = focus.every((c) => users[i].has(c));
    const tol2 = arc.map((pt) => (frontier ? frontierTol : tolAt(pt)) ** 2);
    const points = dedupe(
      simplifyArc(arc, tol2).map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]),
    );
    // An arc that snapped to one point keeps two: clients (topojson-client's mesh) expect two or more.
    return points.length > 1 ? points : [points[0], points[0]];
  });
}
