import { describe, expect, it } from 'vitest';
import { formatHash, isIsoDate, parseHash, parseLayerList } from '../../../src/data/view-state.ts';

describe('view state ↔ hash', () => {
  it('round-trips a full state', () => {
    const state = {
      center: [70.1, 33.9] as [number, number],
      zoom: 6,
      layers: ['strikes', 'posts'] as const,
      from: '2025-10-09',
      to: '2025-10-19',
      event: 'e001',
    };
    const hash = formatHash({ ...state, layers: [...state.layers] });
    expect(hash).toBe('#map=6/33.9/70.1&layers=strikes,posts&from=2025-10-09&to=2025-10-19&event=e001');
    expect(parseHash(hash)).toEqual({ state: { ...state, layers: [...state.layers] }, warnings: [] });
  });

  it('ignores bad parts with a warning and keeps the good ones', () => {
    const { state, warnings } = parseHash('#map=99/500/x&layers=strikes,bogus&from=2025-02-30&to=2025-10-19');
    expect(state).toEqual({ layers: ['strikes'], to: '2025-10-19' });
    expect(warnings).toEqual([
      'map=99/500/x is not zoom/lat/lon within range; ignored',
      'unknown layers ignored: bogus',
      'from=2025-02-30 is not a date (yyyy-mm-dd); ignored',
    ]);
  });

  it('drops a reversed window', () => {
    const { state, warnings } = parseHash('from=2025-11-01&to=2025-10-01');
    expect(state).toEqual({});
    expect(warnings[0]).toContain('is after');
  });

  it('checks dates and layer lists', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(parseLayerList(' strikes, ,posts,strikes,x')).toEqual({
      layers: ['strikes', 'posts'],
      unknown: ['x'],
    });
  });
});
