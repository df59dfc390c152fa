/**
 * Random GeoJSON-shaped values thrown at the validator (seeded, so a failure replays). Whatever
 * comes in: it never throws, every position it accepts is finite and in range, and every valid
 * feature mixed into the garbage comes out, in order, unchanged.
 */
import fc from 'fast-check';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, PRECISIONS } from '../../../src/data/schema.ts';
import { validateGeoJson } from '../../../src/data/validate.ts';
import { positionsOf } from '../../../src/geo/lon-lat.ts';

const RUNS = { seed: 42, numRuns: 500 } as const;

// --- valid input --------------------------------------------------------------------------------

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true });
const position = fc.oneof(
  fc.tuple(lon, lat),
  fc.tuple(lon, lat, fc.double({ min: -500, max: 9000, noNaN: true })),
) as fc.Arbitrary<Position>;
const ring = fc
  .array(position, { minLength: 3, maxLength: 6 })
  .map((positions) => [...positions, [...positions[0]!]] as Position[]);

const validGeometry: fc.Arbitrary<Geometry> = fc.oneof(
  position.map((coordinates) => ({ type: 'Point' as const, coordinates })),
  fc
    .array(position, { minLength: 1, maxLength: 4 })
    .map((coordinates) => ({ type: 'MultiPoint' as const, coordinates })),
  fc
    .array(position, { minLength: 2, maxLength: 4 })
    .map((coordinates) => ({ type: 'LineString' as const, coordinates })),
  fc
    .array(fc.array(position, { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map((coordinates) => ({ type: 'MultiLineString' as const, coordinates })),
  fc
    .array(ring, { minLength: 1, maxLength: 2 })
    .map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
  fc
    .array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
    .map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates })),
);

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const validProperties = fc.record(
  {
    kind: fc.constantFrom(...FEATURE_KINDS),
    title: fc.string(),
    description: fc.string(),
    place: fc.string(),
    date: isoDate,
    precision: fc.constantFrom(...PRECISIONS.filter((precision) => precision !== 'multi_site')),
    uncertaintyKm: fc.double({ min: 0, max: 1000, noNaN: true }),
    claims: fc.array(fc.record({ by: fc.string(), claim: fc.string() }), { maxLength: 2 }),
    sources: fc.array(fc.record({ url: fc.webUrl(), publisher: fc.string() }), { maxLength: 2 }),
  },
  { requiredKeys: ['kind'] },
);

/** A valid feature; its id is set when the list is assembled (ids must be unique). */
const validFeature = fc.record({ geometry: validGeometry, properties: validProperties });

// --- hostile input ------------------------------------------------------------------------------

const number = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, −0 and huge values
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number('1e400'), 90.000001, -180.5, 181),
);
const junk = fc.oneof(number, fc.string(), fc.constant(null), fc.boolean(), fc.anything());
const { coordinates } = fc.letrec((tie) => ({
  coordinates: fc.oneof(
    { depthSize: 'small' },
    junk,
    fc.array(number, { maxLength: 4 }),
    fc.array(tie('coordinates'), { maxLength: 4 }),
  ),
}));
const geometryType = fc.oneof(
  fc.constantFrom('Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'),
  fc.constantFrom('GeometryCollection', 'Circle', 'point', '__proto__', 'constructor', 'toString'),
  junk,
);
const hostileGeometry = fc.oneof(
  fc.record({ type: geometryType, coordinates }, { requiredKeys: [] }),
  validGeometry.map((geometry) => ({
    ...geometry,
    crs: { type: 'name', properties: { name: 'EPSG:3857' } },
  })),
  junk,
);
const hostileProperties = fc.oneof(
  fc.dictionary(
    fc.constantFrom('kind', 'title', 'date', 'dateEnd', 'claims', 'sources', 'color', '__proto__'),
    junk,
  ),
  validProperties.chain((properties) =>
    fc.record({
      ...Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, fc.constant(v)])),
      date: junk,
    }),
  ),
  junk,
);
/** Anything at all where a feature belongs. */
const randomFeature = fc.oneof(
  fc.record(
    {
      type: fc.oneof(fc.constant('Feature'), junk),
      geometry: hostileGeometry,
      properties: hostileProperties,
    },
    { requiredKeys: [] },
  ),
  junk,
);

const badCoordinate = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  180.000001,
  -181,
  90.5,
  -1e9,
  '69',
  null,
  undefined,
  [],
  [69, 34],
);

/** A valid feature with one coordinate replaced by a bad value: the nearest miss there is. */
const badPositionFeature = fc
  .tuple(validFeature, fc.nat(), fc.nat({ max: 2 }), badCoordinate)
  .map(([feature, which, axis, bad]) => {
    const geometry = structuredClone(feature.geometry);
    const positions = positionsOf(geometry);
    const position = positions[which % positions.length]! as unknown[];
    position[Math.min(axis, position.length - 1)] = bad;
    return { type: 'Feature', geometry, properties: feature.properties };
  });

/** A valid feature with one property replaced by junk (which may, by chance, still be valid). */
const badPropertyFeature = fc
  .tuple(
    validFeature,
    fc.constantFrom(
      'kind',
      'title',
      'date',
      'dateEnd',
      'precision',
      'uncertaintyKm',
      'claims',
      'sources',
      'color',
    ),
    fc.oneof(junk, fc.array(junk, { maxLength: 3 })),
  )
  .map(([feature, key, bad]) => ({
    type: 'Feature',
    geometry: feature.geometry,
    properties: { ...feature.properties, [key]: bad },
  }));

const hostileFeature = fc.oneof(randomFeature, badPositionFeature, badPropertyFeature);

type ValidFeature = { geometry: Geometry; properties: object };
type Item = { valid: true; feature: ValidFeature } | { valid: false; feature: unknown };
const mixedList = fc.array(
  fc.oneof(
    validFeature.map((feature): Item => ({ valid: true, feature })),
    hostileFeature.map((feature): Item => ({ valid: false, feature })),
  ),
  { maxLength: 12 },
);

/** Gives valid features unique ids, and hostile ones ids that cannot collide with them. */
function assemble(items: Item[]) {
  return items.map((item, index) => {
    if (item.valid) {
      const { geometry, properties } = item.feature;
      return { type: 'Feature', geometry, properties: { ...properties, id: `valid-${index}` } };
    }
    const feature = item.feature;
    if (typeof feature !== 'object' || feature === null || Array.isArray(feature)) return feature;
    const { properties } = feature as { properties?: unknown };
    const plain = typeof properties === 'object' && properties !== null && !Array.isArray(properties);
    return {
      ...feature,
      id: `hostile-${index}`,
      ...(plain ? { properties: { ...properties, id: `hostile-${index}` } } : {}),
    };
  });
}

const inRange = (position: Position) =>
  (position.length === 2 || position.length === 3) &&
  position.every((value) => typeof value === 'number' && Number.isFinite(value)) &&
  Math.abs(position[0]!) <= 180 &&
  Math.abs(position[1]!) <= 90;

// --- properties ---------------------------------------------------------------------------------

describe('validateGeoJson under random input (fast-check, seed 42)', () => {
  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), hostileFeature, hostileGeometry), (input) => {
        const result = validateGeoJson(input);
        expect(Array.isArray(result.features) && Array.isArray(result.problems)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never accepts a non-finite or out-of-range coordinate', () => {
    fc.assert(
      fc.property(mixedList, fc.option(fc.constantFrom(...FEATURE_KINDS)), (items, kind) => {
        const input = { type: 'FeatureCollection', features: assemble(items) };
        const { features } = validateGeoJson(input, kind ? { defaultKind: kind } : {});
        for (const feature of features) {
          if (!feature.geometry) continue;
          for (const position of positionsOf(feature.geometry))
            expect(inRange(position), String(position)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never loses a valid feature among invalid ones, and reports each rejection once', () => {
    fc.assert(
      fc.property(mixedList, (items) => {
        const list = assemble(items);
        const { features, problems } = validateGeoJson({ type: 'FeatureCollection', features: list });
        const validIds = items.flatMap((item, index) => (item.valid ? [`valid-${index}`] : []));
        expect(features.map((feature) => feature.id).filter((id) => id.startsWith('valid-'))).toEqual(
          validIds,
        );
        for (const feature of features.filter((f) => f.id.startsWith('valid-'))) {
          const index = Number(feature.id.slice('valid-'.length));
          expect(feature.geometry).toEqual((list[index] as { geometry: Geometry }).geometry);
        }
        // Every feature is either kept or named in exactly one problem.
        expect(features.length + problems.length).toBe(list.length);
        expect(new Set(problems.map((problem) => problem.featureIndex)).size).toBe(problems.length);
      }),
      RUNS,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
