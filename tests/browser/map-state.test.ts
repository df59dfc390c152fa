/**
 * The one state of a map, as `element.state` exposes it: derived once per change of features,
 * layers, window or selection, read alike by every part, and carrying the view after a move.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mountStory } from './helpers.ts';

afterEach(cleanup);

describe('map state', () => {
  it('derives what is shown from the layers and the window', async () => {
    const map = await mountStory({ layers: 'strikes,posts', from: '2040-03-02', to: '2040-03-12' });
    const { state } = map;
    expect(state.layers).toEqual(['strikes', 'posts']);
    expect(state.window).toEqual({ from: '2040-03-02', to: '2040-03-12' });
    // Strikes on 4 and 12 March, and the undated post.
    expect(state.shown.map((f) => f.properties.kind).sort()).toEqual([
      'air_strike',
      'air_strike',
      'military_post',
    ]);
    expect([state.shownEvents, state.shownSites]).toEqual([2, 1]);
    // Counts cover every layer in the window, on or off: the legend keeps its switches.
    expect(state.counts.get('attacks')).toBe(4);
    expect(map.exportData('geojson')).toContain('"features"');
    expect(JSON.parse(map.exportData('geojson')).features).toHaveLength(3);
  });

  it('keeps what it worked out when only the selection changes', async () => {
    const map = await mountStory();
    const before = map.state;
    const shown = before.shown;
    map.select(shown[0]!.id);
    await map.whenIdle();
    expect(map.state).not.toBe(before);
    expect(map.state.selected).toBe(shown[0]!.id);
    expect(map.state.shown).toBe(shown);
    map.layers = 'strikes';
    await map.whenIdle();
    expect(map.state.shown).not.toBe(shown);
    expect(map.state.shown.every((f) => f.properties.kind === 'air_strike')).toBe(true);
  });

  it('takes the view of the map once a move has ended', async () => {
    const map = await mountStory({ center: '33,68', zoom: '6' });
    map.map!.setView([34, 70], 7, { animate: false });
    await map.whenIdle();
    expect(map.state.view?.zoom).toBe(7);
    expect(map.state.view?.center[0]).toBeCloseTo(70, 5);
    expect(map.state.view?.center[1]).toBeCloseTo(34, 5);
  });
});
