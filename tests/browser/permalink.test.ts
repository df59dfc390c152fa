/**
 * The permalink controller inside a page with two maps: only the map with `permalink` writes the
 * hash or follows it; `frontier-view-change` carries the whole state, selection included, once per
 * change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ViewState } from '../../src/data/view-state.ts';
import { cleanup, mountStory } from './helpers.ts';

const cleanUrl = `${location.pathname}${location.search}`;

beforeEach(() => history.replaceState(null, '', cleanUrl));
afterEach(() => {
  cleanup();
  history.replaceState(null, '', cleanUrl);
});

describe('permalink with two maps on a page', () => {
  it('lets only the map with permalink touch the hash', async () => {
    const linked = await mountStory({ permalink: '', layers: 'frontier,strikes' });
    const plain = await mountStory({ layers: 'frontier,strikes' });
    const length = history.length;

    plain.from = '2040-03-05';
    plain.select('t-strike-4');
    await plain.whenIdle();
    expect(location.hash).toBe('');

    linked.from = '2040-03-02';
    await linked.whenIdle();
    expect(location.hash).toMatch(/^#map=[\d.]+\/[\d.]+\/[\d.]+&layers=frontier,strikes&from=2040-03-02$/);
    expect(history.length).toBe(length + 1);

    // A hash set by hand moves the linked map only.
    location.hash = '#layers=strikes&from=2040-03-10&to=2040-03-20';
    await expect.poll(() => linked.from).toBe('2040-03-10');
    expect([linked.to, linked.layers]).toEqual(['2040-03-20', 'strikes']);
    expect([plain.from, plain.to, plain.layers]).toEqual(['2040-03-05', null, 'frontier,strikes']);
  });

  it('reports the selection in frontier-view-change, once per change', async () => {
    const element = await mountStory({ layers: 'frontier,strikes' });
    const states: ViewState[] = [];
    element.addEventListener('frontier-view-change', (event) => states.push(event.detail.state));
    const id = 't-strike-2';
    element.select(id);
    await element.updateComplete;
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ layers: ['frontier', 'strikes'], event: id });
    expect(states[0]!.center).toHaveLength(2);

    states.length = 0;
    element.from = '2040-03-01';
    element.to = '2040-03-04';
    element.layers = 'strikes';
    await element.updateComplete;
    expect(states).toEqual([
      expect.objectContaining({ layers: ['strikes'], from: '2040-03-01', to: '2040-03-04', event: id }),
    ]);
    await element.whenIdle();
  });
});
