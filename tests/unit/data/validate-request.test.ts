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
      (count) => counted.push(count),
    );
    expect(outcome).toEqual({
      ok: true,
      ...validateGeoJson(parseJson(text), { idPrefix: 'x', takenIds: new Set(['ev-007']) }),
    });
    expect(outcome.ok && outcome.problems.map((p) => p.featureIndex)).toEqual([5, 7]);
    expect(counted).toEqual([200]);
  });

  it('answers text that is not JSON with the loader’s message', () => {
    expect(handleValidateRequest({ text: '{"type":', options: {} })).toMatchObject({
      ok: false,
      failure: 'not-json',
      message: expect.stringMatching(/^is not valid JSON/),
    });
  });
});
