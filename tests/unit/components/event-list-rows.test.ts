/** The large event list's ordering and scroll arithmetic. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../bench/generate-events.mjs';
import {
  compareIds,
  EventOrder,
  PLAIN_ID,
  rowWindow,
  scrollToRow,
} from '../../../src/components/event-list/event-list-rows.ts';
import { isEvent, visibleFeatures } from '../../../src/data/filter.ts';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import { validateGeoJson } from '../../../src/data/validate.ts';

const features = validateGeoJson(generateEvents(3000, { seed: 4 })).features;
// A site and a tie on date with ids that sort differently by code unit and by locale.
features.push(
  {
    type: 'Feature',
    id: 'Zed',
    geometry: null,
    properties: { id: 'Zed', kind: 'clash', title: 'z', date: '2025-12-01' },
  },
  {
    type: 'Feature',
    id: 'alpha',
    geometry: null,
    properties: { id: 'alpha', kind: 'clash', title: 'a', date: '2025-12-01' },
  },
  {
    type: 'Feature',
    id: 'post',
    geometry: null,
    properties: { id: 'post', kind: 'military_post', title: 'p' },
  },
);

describe('compareIds', () => {
  it('orders plain ids by code unit exactly as localeCompare orders them', () => {
    const plainId = fc.stringMatching(/^[a-z0-9-]{0,10}$/);
    fc.assert(
      fc.property(plainId, plainId, (a, b) => {
        expect(PLAIN_ID.test(a) && PLAIN_ID.test(b)).toBe(true);
        expect(Math.sign(compareIds(a, b, true))).toBe(Math.sign(a.localeCompare(b)));
      }),
      { seed: 12, numRuns: 20_000 },
    );
    // Not plain: the collator's order, which differs from code units.
    expect(compareIds('Zed', 'alpha', false)).toBeGreaterThan(0);
    expect(PLAIN_ID.test('Zed')).toBe(false);
  });
});

describe('EventOrder', () => {
  it('lists what the list always listed, in the same order', () => {
    const byDate = (a: FrontierFeature, b: FrontierFeature) =>
      a.properties.date!.localeCompare(b.properties.date!) || a.id.localeCompare(b.id);
    const order = new EventOrder(features);
    for (const [window, layers] of [
      [{}, ['strikes', 'attacks', 'posts']],
      [{ from: '2026-01-01', to: '2026-02-15' }, ['attacks', 'militancy', 'statements']],
      [{ from: '2026-04-30' }, ['strikes']],
    ] as const) {
      const expected = visibleFeatures(features, layers, window).filter(isEvent).sort(byDate);
      expect(order.rows(window, layers)).toEqual(expected);
    }
    const ids = order.rows({ from: '2025-12-01', to: '2025-12-01' }, ['attacks']).map((f) => f.id);
    expect(ids.indexOf('alpha')).toBeLessThan(ids.indexOf('Zed'));
  });
});

describe('rowWindow and scrollToRow', () => {
  const viewport = { scrollTop: 0, height: 400, rowsTop: 60, rowHeight: 40, count: 1000, overscan: 5 };

  it('covers the viewport plus the overscan, within the rows', () => {
    expect(rowWindow(viewport)).toEqual({ first: 0, last: 14 });
    expect(rowWindow({ ...viewport, scrollTop: 4060 })).toEqual({ first: 95, last: 116 });
    expect(rowWindow({ ...viewport, scrollTop: 1e6 })).toEqual({ first: 1000, last: 1000 });
    expect(rowWindow({ ...viewport, count: 3 })).toEqual({ first: 0, last: 3 });
  });

  it('scrolls the least that brings a row clear of the sticky header', () => {
    const header = 30;
    expect(scrollToRow(2, { ...viewport, scrollTop: 0 }, header)).toBeNull();
    expect(scrollToRow(500, viewport, header)).toBe(60 + 501 * 40 - 400);
    expect(scrollToRow(10, { ...viewport, scrollTop: 5000 }, header)).toBe(60 + 400 - header);
  });
});
