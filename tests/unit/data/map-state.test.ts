import { describe, expect, it } from 'vitest';
import { deriveMapState, withView } from '../../../src/data/map-state.ts';
import type { FrontierFeature } from '../../../src/data/schema.ts';

const point = (id: string, kind: string, date?: string, dateEnd?: string): FrontierFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [70, 33] },
    properties: { id, kind, title: id, ...(date ? { date } : {}), ...(dateEnd ? { dateEnd } : {}) },
  }) as unknown as FrontierFeature;

const features = [
  point('strike-a', 'air_strike', '2025-10-09'),
  point('strike-b', 'air_strike', '2025-10-20'),
  point('clash-a', 'clash', '2025-10-11', '2025-10-12'),
  point('post-a', 'military_post'),
  point('statement-a', 'statement', '2025-10-15'),
];

const inputs = { features, layers: null, from: null, to: null, selected: null };

describe('deriveMapState', () => {
  it('shows the default layers (not statements) at every date, sites included', () => {
    const state = deriveMapState(null, inputs);
    expect(state.shown.map((f) => f.id)).toEqual(['strike-a', 'strike-b', 'clash-a', 'post-a']);
    expect([state.shownEvents, state.shownSites]).toEqual([3, 1]);
    expect(state.layerSet.has('statements')).toBe(false);
  });

  it('keeps events whose span overlaps the window, and undated sites', () => {
    const state = deriveMapState(null, { ...inputs, from: '2025-10-12', to: '2025-10-19' });
    expect(state.shown.map((f) => f.id)).toEqual(['clash-a', 'post-a']);
    expect(state.window).toEqual({ from: '2025-10-12', to: '2025-10-19' });
  });

  it('counts every layer in the window, shown or not, and knows which layers hold anything', () => {
    const state = deriveMapState(null, { ...inputs, layers: 'strikes', from: '2025-10-10' });
    expect(state.shown.map((f) => f.id)).toEqual(['strike-b']);
    expect(Object.fromEntries(state.counts)).toEqual({ strikes: 1, attacks: 1, posts: 1, statements: 1 });
    expect([...state.present].sort()).toEqual(['attacks', 'posts', 'statements', 'strikes']);
  });

  it('drops unknown layer names and repeats', () => {
    const state = deriveMapState(null, { ...inputs, layers: 'posts, nonsense,posts' });
    expect(state.layers).toEqual(['posts']);
  });

  it('returns the same state when nothing changed, and keeps what it worked out on a selection', () => {
    const first = deriveMapState(null, inputs);
    expect(deriveMapState(first, inputs)).toBe(first);
    const shown = first.shown;
    const selected = deriveMapState(first, { ...inputs, selected: 'strike-a' });
    expect(selected).not.toBe(first);
    expect(selected.selected).toBe('strike-a');
    expect(selected.shown).toBe(shown);
    expect(selected.layers).toBe(first.layers);
  });

  it('works the shown features out again when the window or the features change', () => {
    const first = deriveMapState(null, inputs);
    const windowed = deriveMapState(first, { ...inputs, to: '2025-10-10' });
    expect(windowed.shown.map((f) => f.id)).toEqual(['strike-a', 'post-a']);
    const fewer = deriveMapState(windowed, { ...inputs, features: features.slice(0, 1), to: '2025-10-10' });
    expect(fewer.shown.map((f) => f.id)).toEqual(['strike-a']);
  });

  it('carries the view through new settings, and takes a new view without recounting', () => {
    const first = deriveMapState(null, inputs);
    const moved = withView(first, { center: [70, 33], zoom: 7 });
    expect(moved.view).toEqual({ center: [70, 33], zoom: 7 });
    expect(moved.shown).toBe(first.shown);
    expect(deriveMapState(moved, { ...inputs, layers: 'posts' }).view).toEqual({ center: [70, 33], zoom: 7 });
  });
});
