/**
 * Cutting a FeatureCollection's bytes into runs of features: the runs, parsed and put together, are
 * the features JSON.parse reads from the whole, and the skeleton is the rest; anything else is null.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBytes, splitFeatures } from '../../../src/data/split-features.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** JSON text of a value with whitespace of `spaces` (cycled) between every token. */
function spacedJson(value: unknown, spaces: readonly string[]): string {
  let k = 0;
  const space = () => spaces[k++ % spaces.length] ?? '';
  const write = (item: unknown): string => {
    if (Array.isArray(item))
      return `[${space()}${item.map((v) => `${write(v)}${space()}`).join(`,${space()}`)}]`;
    if (item && typeof item === 'object') {
      const members = Object.entries(item).map(
        ([key, v]) => `${JSON.stringify(key)}${space()}:${space()}${write(v)}`,
      );
      return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
    }
    return JSON.stringify(item);
  };
  return write(value);
}

const awkwardText = fc.oneof(
  fc.string(),
  fc.constantFrom('a"b', 'back\\slash', '[{]}', ',', '\u2028', 'Ḱhost', '😀', '\\"', '"]}'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    awkwardText,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(awkwardText, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const feature = fc.record({
  type: fc.constant('Feature'),
  properties: fc.dictionary(awkwardText, json, { maxKeys: 4 }),
});
const collection = fc.record({
  before: fc.dictionary(
    fc.string().filter((key) => key !== 'features'),
    json,
    { maxKeys: 2 },
  ),
  features: fc.array(fc.oneof(feature, json), { maxLength: 25 }),
  after: fc.dictionary(
    fc.string().filter((key) => key !== 'features'),
    json,
    { maxKeys: 2 },
  ),
});
const spacing = fc.array(fc.constantFrom('', ' ', '\n', '\t ', '\r\n'), { minLength: 1, maxLength: 5 });

/** The runs parsed and put together, or null when one of them does not parse. */
function parsedRuns(bytes: Uint8Array, split: NonNullable<ReturnType<typeof splitFeatures>>) {
  try {
    return split.runs.flatMap((run) => JSON.parse(decode(runBytes(bytes, run))) as unknown[]);
  } catch {
    return null;
  }
}

describe('splitFeatures', () => {
  it('never gives runs that parse to anything but the features JSON.parse reads', () => {
    // Features that begin alike or not, and members before and after the array: a cut may fail,
    // and the runs then do not parse; when they all parse, they are exactly the features.
    const seen = { split: 0, cut: 0, parsed: 0 };
    fc.assert(
      fc.property(
        collection,
        spacing,
        fc.integer({ min: 1, max: 5 }),
        ({ before, features, after }, spaces, parts) => {
          const value = { ...before, type: 'FeatureCollection', features, ...after };
          const bytes = encode(spacedJson(value, spaces));
          const split = splitFeatures(bytes, parts);
          if (!split) return;
          seen.split++;
          if (split.runs.length > 1) seen.cut++;
          expect(split.runs.length).toBeLessThanOrEqual(parts);
          const parsed = parsedRuns(bytes, split);
          if (parsed === null) return;
          if (split.runs.length > 1) seen.parsed++;
          expect(parsed).toEqual(JSON.parse(decode(bytes)).features);
          expect(JSON.parse(decode(split.skeleton))).toEqual({ ...JSON.parse(decode(bytes)), features: [] });
        },
      ),
      { seed: 3, numRuns: 600 },
    );
    // The property must have met real cuts, most of which parse, not only the cases it skips.
    expect(seen.cut).toBeGreaterThan(50);
    expect(seen.parsed).toBeGreaterThan(40);
  });

  it('cuts a collection of features that begin alike into runs of about equal bytes', () => {
    fc.assert(
      fc.property(fc.array(feature, { minLength: 40, maxLength: 80 }), spacing, (features, spaces) => {
        const value = { type: 'FeatureCollection', name: 'x', features };
        const bytes = encode(spacedJson(value, spaces));
        const split = splitFeatures(bytes, 3)!;
        expect(split.runs).toHaveLength(3);
        expect(parsedRuns(bytes, split)).toEqual(features);
      }),
      { seed: 8, numRuns: 100 },
    );
    const features = Array.from({ length: 1000 }, (_, i) => ({ type: 'Feature', properties: { i } }));
    const bytes = encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const { runs } = splitFeatures(bytes, 3)!;
    for (const run of runs) expect(Math.abs(run.end - run.start - bytes.length / 3)).toBeLessThan(200);
  });

  it('leaves a run that does not parse when members follow the array, or a key repeats', () => {
    const features = Array.from({ length: 50 }, (_, i) => ({ type: 'Feature', properties: { i } }));
    for (const text of [
      JSON.stringify({ type: 'FeatureCollection', features, bbox: [60, 29, 75, 38] }),
      `{"features":${JSON.stringify(features)},"type":"FeatureCollection","features":[]}`,
    ]) {
      const bytes = encode(text);
      const split = splitFeatures(bytes, 2);
      expect(split && parsedRuns(bytes, split), text.slice(-40)).toBeNull();
    }
  });

  it('reads an escaped key and a byte order mark as JSON.parse does', () => {
    const text = '\uFEFF {"type":"FeatureCollection","\\u0066eatures" : [ {"a":"]"} , {"a":[3]} ] } ';
    const bytes = encode(text);
    const split = splitFeatures(bytes, 2)!;
    expect(parsedRuns(bytes, split)).toEqual([{ a: ']' }, { a: [3] }]);
    expect(JSON.parse(decode(split.skeleton))).toEqual({ features: [], type: 'FeatureCollection' });
  });

  it('has no runs for an empty array, and gives null for what is not an object with a features array', () => {
    expect(splitFeatures(encode('{"type":"FeatureCollection","features":[ ]}'), 2)).toMatchObject({
      runs: [],
    });
    for (const text of [
      '[]',
      '{}',
      '{"type":"Feature","geometry":null}',
      '{"features":{}}',
      '{"features":[1,2]} x',
      '{"features":[1,2',
      '{"features":[1,2]}',
      '{"a":"unterminated}',
      '',
    ]) {
      expect(splitFeatures(encode(text), 2), text).toBeNull();
    }
  });
});
