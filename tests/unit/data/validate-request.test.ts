/** The message a validation worker answers: the same result as parsing and validating here. */
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../bench/generate-events.mjs';
import { parseJson } from '../../../src/data/load-source.ts';
import { validateGeoJson } from '../../../src/data/validate.ts';
import { handleValidateRequest } from '../../../src/data/validate-request.ts';

describe('handleValidateRequest', () => {
  it('gives what parseJson and validateGeoJson give, taken ids as a list', () => {
    const data = generateEvents(200, { seed: 3 }) as unknown as { features: unknown[] };
    data.features[5] = { type: 'Feature', geometry: null, properties: { kind: 'clash' } };
    const text = JSON.stringify(data);
    const counted: Array<number | null> = [];
    const outcome = handleValidateRequest(
      { text, options: { idPrefix: 'x', takenIds: ['ev-007'] } },
      { onParsed: (count) => counted.push(count) },
    );
    expect(outcome).toEqual({
      ok: true,
      ...validateGeoJson(parseJson(text), { idPrefix: 'x', takenIds: new Set(['ev-007']) }),
    });
    expect(outcome.ok && outcome.problems.map((p) => p.featureIndex)).toEqual([5, 7]);
    expect(counted).toEqual([200]);
  });

  it('reads bytes as UTF-8, and hands features out a slice at a time with the same result', () => {
    const data = generateEvents(450, { seed: 5 }) as unknown as { features: unknown[] };
    data.features[3] = { type: 'Feature', geometry: null, properties: { kind: 'clash' } };
    data.features[449] = data.features[0];
    (data.features[10] as { properties: { title: string } }).properties.title = 'Ḱhost — “bazaar”';
    const text = JSON.stringify(data);
    const whole = handleValidateRequest({ text, options: {} });
    for (const sliceSize of [1, 7, 200, 450, 10_000]) {
      const slices: number[] = [];
      const features: unknown[] = [];
      const outcome = handleValidateRequest(
        { text: new TextEncoder().encode(text), options: {} },
        {
          sliceSize,
          onFeatures: (slice) => {
            slices.push(slice.length);
            features.push(...slice);
          },
        },
      );
      expect(outcome).toEqual({ ok: true, features: [], problems: whole.ok && whole.problems });
      expect(features).toEqual(whole.ok && whole.features);
      expect(slices.length, `slices of ${sliceSize}`).toBe(Math.ceil(450 / sliceSize));
    }
    expect(whole.ok && whole.problems.map((p) => p.featureIndex)).toEqual([3, 449]);
  });

  it('answers text that is not JSON with the loader’s message', () => {
    expect(handleValidateRequest({ text: '{"type":', options: {} })).toMatchObject({
      ok: false,
      failure: 'not-json',
      message: expect.stringMatching(/^is not valid JSON/),
    });
  });
});
