import { describe, expect, it } from 'vitest';
import {
  CLUSTER_LIMIT,
  chooseRenderer,
  MARKER_LIMIT,
  parseRendererPreference,
} from '../../../src/map/renderer-choice.ts';

describe('chooseRenderer', () => {
  it('picks markers, then canvas, then clusters as points grow', () => {
    expect(chooseRenderer(0)).toBe('markers');
    expect(chooseRenderer(110)).toBe('markers');
    expect(chooseRenderer(MARKER_LIMIT - 1)).toBe('markers');
    expect(chooseRenderer(MARKER_LIMIT)).toBe('canvas');
    expect(chooseRenderer(CLUSTER_LIMIT - 1)).toBe('canvas');
    expect(chooseRenderer(CLUSTER_LIMIT)).toBe('clusters');
    expect(MARKER_LIMIT).toBeLessThan(CLUSTER_LIMIT);
  });

  it('obeys a preference, and reads unknown ones as auto', () => {
    expect(chooseRenderer(100_000, 'markers')).toBe('markers');
    expect(chooseRenderer(10, 'clusters')).toBe('clusters');
    expect(parseRendererPreference('canvas')).toBe('canvas');
    expect(parseRendererPreference('webgl')).toBe('auto');
    expect(parseRendererPreference(null)).toBe('auto');
  });
});
