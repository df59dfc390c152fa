import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { handleBufferRequest } from '../../../src/geo/buffer-request.ts';
import { readFixture } from './fixtures.ts';

const [line] = readFixture('buffer-bands').features as Feature<LineString>[];

describe('handleBufferRequest', () => {
  it('replies with the polygon and echoes the id', () => {
    const reply = handleBufferRequest({ id: 7, line, widthKm: 15 });
    expect(reply).toMatchObject({ id: 7, ok: true, polygon: { properties: { widthKm: 15 } } });
    if (reply.ok) expect(reply.ms).toBeGreaterThanOrEqual(0);
  });

  it('replies with a message instead of throwing', () => {
    expect(handleBufferRequest({ id: 'a', line, widthKm: 0 })).toEqual({
      id: 'a',
      ok: false,
      error: expect.stringMatching(/width/),
    });
    expect(handleBufferRequest(null as never)).toMatchObject({ ok: false });
    expect(handleBufferRequest({ line: { type: 'Point' }, widthKm: 5 } as never)).toMatchObject({
      ok: false,
    });
  });
});
