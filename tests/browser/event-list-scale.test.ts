/**
 * The event list with 10,000 events: only the rows in view are in the DOM, the table still counts
 * them all for screen readers, and scrolling, selection, sorting and Tab keep it in step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { generateEvents } from '../../bench/generate-events.mjs';
import frontierText from '../../geodata/frontier.geojson?raw';
import type { FrontierEventListElement } from '../../src/components/event-list/frontier-event-list.ts';
import { cleanup, inlineLayer, mountMap } from './helpers.ts';

afterEach(cleanup);

async function mountWithList(count: number) {
  const list = document.createElement('frontier-event-list') as FrontierEventListElement;
  list.setAttribute('for', 'big-map');
  list.style.height = '400px';
  document.body.append(list);
  const element = await mountMap(
    { id: 'big-map', 'no-default-data': '', layers: 'frontier,strikes,attacks,militancy,crossings,venues' },
    // Without the default data there is no Durand Line: the page gives it, to sort by distance to it.
    [
      inlineLayer('Synthetic', generateEvents(count, { seed: 8 })),
      inlineLayer('Durand Line', JSON.parse(frontierText), { frontier: '' }),
    ],
    { width: 800, height: 400 },
  );
  await list.updateComplete;
  return { element, list };
}

const renderedRows = (list: Element) => [
  ...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]'),
];
const rowIndex = (row: Element) => Number(row.getAttribute('aria-rowindex'));

/** The rendered row at a height inside the list's viewport. */
function rowAt(list: FrontierEventListElement, fraction: number): HTMLTableRowElement {
  const box = list.getBoundingClientRect();
  const hit = list.shadowRoot!.elementFromPoint(box.left + 150, box.top + box.height * fraction);
  return hit!.closest('tr')!;
}

describe('<frontier-event-list> with many events', () => {
  it('keeps only the rows in view in the DOM, and counts them all for screen readers', async () => {
    const { list } = await mountWithList(10_000);
    const total = list.rows.length;
    expect(total).toBeGreaterThan(7000);
    const rows = renderedRows(list);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(list.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).toBe(String(total + 1));
    expect(rows.map(rowIndex)).toEqual(rows.map((_, i) => i + 2));
    expect(rows.map((row) => row.dataset.id)).toEqual(list.rows.slice(0, rows.length).map((f) => f.id));
  });

  it('scrolling brings the rows of that place, and no more', async () => {
    const { list } = await mountWithList(10_000);
    list.scrollTop = list.scrollHeight / 2;
    const middle = () => rowIndex(rowAt(list, 0.5)) - 2;
    await expect.poll(middle).toBeGreaterThan(list.rows.length * 0.45);
    expect(middle()).toBeLessThan(list.rows.length * 0.55);
    const row = rowAt(list, 0.5);
    expect(row.dataset.id).toBe(list.rows[rowIndex(row) - 2]!.id);
    expect(renderedRows(list).length).toBeLessThan(40);
    list.scrollTop = list.scrollHeight;
    await expect.poll(() => rowAt(list, 0.95).dataset.id).toBe(list.rows.at(-1)!.id);
  });

  it('a selection on the map scrolls its row into view, highlighted', async () => {
    const { element, list } = await mountWithList(10_000);
    const target = list.rows[6000]!;
    element.select(target.id);
    await element.whenIdle();
    await expect
      .poll(() => list.shadowRoot!.querySelector<HTMLElement>('tr[aria-current="true"]')?.dataset.id)
      .toBe(target.id);
    const row = list.shadowRoot!.querySelector('tr[aria-current="true"]')!.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(row.top).toBeGreaterThanOrEqual(box.top);
    expect(row.bottom).toBeLessThanOrEqual(box.bottom + 1);
  });

  it('choosing a row selects the event and flies to it', async () => {
    const { element, list } = await mountWithList(10_000);
    list.scrollTop = 20_000;
    await expect.poll(() => rowIndex(rowAt(list, 0.5))).toBeGreaterThan(300);
    const row = rowAt(list, 0.5);
    row.querySelector('button')!.click();
    await element.whenIdle();
    expect(element.selected).toBe(row.dataset.id);
    const feature = element.features.find((f) => f.id === row.dataset.id)!;
    const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    expect(element.map!.getCenter().distanceTo([lat, lon])).toBeLessThan(2000);
  });

  it('sorts by distance, still rendering only the rows in view', async () => {
    const { element, list } = await mountWithList(3000);
    list.shadowRoot!.querySelector<HTMLButtonElement>('th.distance button')!.click();
    await list.updateComplete;
    const rows = renderedRows(list);
    expect(rows.length).toBeLessThan(40);
    const km = (id: string) => element.frontierDistance(element.features.find((f) => f.id === id)!)!.km;
    const distances = rows.map((row) => km(row.dataset.id!));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('Tab goes from row to row past the rows first rendered', async () => {
    const { list } = await mountWithList(3000);
    const first = renderedRows(list).length;
    const buttons = () => [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button.title')];
    buttons()[0]!.focus();
    for (let step = 0; step < first + 10; step++) await userEvent.tab();
    const focused = list.shadowRoot!.activeElement!.closest('tr')!;
    expect(rowIndex(focused) - 2).toBe(first + 10);
    expect(focused.dataset.id).toBe(list.rows[first + 10]!.id);
  });
});
