import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierEventListElement } from '../../src/components/event-list/frontier-event-list.ts';
import { cleanup, markersOf, mountStory, shadow, storyPoint } from './helpers.ts';

afterEach(cleanup);

async function mountWithList(attributes: Record<string, string> = {}) {
  const list = document.createElement('frontier-event-list') as FrontierEventListElement;
  list.setAttribute('for', 'sync-map');
  list.style.height = '300px';
  document.body.append(list);
  const element = await mountStory({ id: 'sync-map', ...attributes });
  await list.updateComplete;
  return { element, list };
}

const rowsOf = (list: Element) => [...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];

describe('<frontier-event-list>', () => {
  it('lists the dated events of the visible layers in date order, as a table', async () => {
    const { list } = await mountWithList({ layers: 'strikes,attacks' });
    const rows = rowsOf(list);
    // Five strikes, two clashes and their summary row, one ground attack.
    expect(rows.map((row) => row.dataset.id)).toEqual([
      't-strike-1',
      't-strike-2',
      't-clash-1',
      't-clash-2',
      't-clash-summary',
      't-strike-3',
      't-attack-1',
      't-strike-4',
      't-strike-5',
    ]);
    const dates = rows.map((row) => row.querySelector('td.date time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2040-03-01');
    expect(list.shadowRoot!.querySelector('table caption')).not.toBeNull();
  });

  it('selects and flies to the event when a row is chosen', async () => {
    const { element, list } = await mountWithList({ layers: 'strikes' });
    const row = rowsOf(list).find((r) => r.dataset.id === 't-strike-4')!;
    const selections: string[] = [];
    element.addEventListener('frontier-select', (event) => selections.push(event.detail.feature.id));
    const zoomBefore = element.map!.getZoom();
    row.querySelector('button')!.click();
    await element.whenIdle();
    expect(selections).toEqual(['t-strike-4']);
    expect(element.selected).toBe('t-strike-4');
    expect(element.map!.getZoom()).toBeGreaterThanOrEqual(Math.max(zoomBefore, 7));
    const marker = markersOf(element).find((m) => m.dataset.featureId === 't-strike-4')!;
    expect(marker.classList.contains('is-selected')).toBe(true);
    const [lon, lat] = storyPoint('t-strike-4');
    expect(element.map!.getCenter().distanceTo([lat, lon])).toBeLessThan(2000);
  });

  it('highlights the row of a marker chosen on the map', async () => {
    const { element, list } = await mountWithList({ layers: 'strikes' });
    const marker = markersOf(element, 'strikes').find((m) => m.dataset.featureId === 't-strike-3')!;
    marker.click();
    await element.whenIdle();
    await list.updateComplete;
    const current = rowsOf(list).filter((row) => row.getAttribute('aria-current') === 'true');
    expect(current.map((row) => row.dataset.id)).toEqual(['t-strike-3']);
    expect(shadow(element).querySelector('[part="panel"]')).not.toBeNull();
  });

  it('follows the time window of the map', async () => {
    const { element, list } = await mountWithList({ layers: 'strikes' });
    expect(rowsOf(list)).toHaveLength(5);
    element.from = '2040-03-05';
    await element.whenIdle();
    await list.updateComplete;
    expect(rowsOf(list).map((row) => row.dataset.id)).toEqual(['t-strike-4', 't-strike-5']);
  });
});
