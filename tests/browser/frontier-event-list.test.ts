import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierEventListElement } from '../../src/components/event-list/frontier-event-list.ts';
import { cleanup, markersOf, mountMap, shadow } from './helpers.ts';

afterEach(cleanup);

async function mountWithList(attributes: Record<string, string> = {}) {
  const list = document.createElement('frontier-event-list') as FrontierEventListElement;
  list.setAttribute('for', 'sync-map');
  list.style.height = '300px';
  document.body.append(list);
  const element = await mountMap({ id: 'sync-map', ...attributes });
  await list.updateComplete;
  return { element, list };
}

const rowsOf = (list: Element) => [...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];

describe('<frontier-event-list>', () => {
  it('lists the dated events of the visible layers in date order, as a table', async () => {
    const { element, list } = await mountWithList({ layers: 'strikes,attacks' });
    const rows = rowsOf(list);
    const expected = element.features.filter(
      (f) => f.properties.date && ['air_strike', 'ground_attack', 'clash'].includes(f.properties.kind),
    );
    expect(rows).toHaveLength(expected.length);
    const dates = rows.map((row) => row.querySelector('td.date time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    expect(list.shadowRoot!.querySelector('table caption')).not.toBeNull();
  });

  it('selects and flies to the event when a row is chosen', async () => {
    const { element, list } = await mountWithList({ layers: 'strikes' });
    const row = rowsOf(list).find((r) =>
      markersOf(element).some((m) => m.dataset.featureId === r.dataset.id),
    )!;
    const selections: string[] = [];
    element.addEventListener('frontier-select', (event) => selections.push(event.detail.feature.id));
    const zoomBefore = element.map!.getZoom();
    row.querySelector('button')!.click();
    await element.whenIdle();
    expect(selections).toEqual([row.dataset.id]);
    expect(element.selected).toBe(row.dataset.id);
    expect(element.map!.getZoom()).toBeGreaterThanOrEqual(Math.max(zoomBefore, 7));
    const marker = markersOf(element).find((m) => m.dataset.featureId === row.dataset.id)!;
    expect(marker.classList.contains('is-selected')).toBe(true);
    const [lon, lat] = (element.features.find((f) => f.id === row.dataset.id)!.geometry as GeoJSON.Point)
      .coordinates as [number, number];
    expect(element.map!.getCenter().distanceTo([lat, lon])).toBeLessThan(2000);
  });

  it('highlights the row of a marker chosen on the map', async () => {
    const { element, list } = await mountWithList({ layers: 'strikes' });
    const marker = markersOf(element, 'strikes')[3]!;
    marker.click();
    await element.whenIdle();
    await list.updateComplete;
    const current = rowsOf(list).filter((row) => row.getAttribute('aria-current') === 'true');
    expect(current.map((row) => row.dataset.id)).toEqual([marker.dataset.featureId]);
    expect(shadow(element).querySelector('[part="panel"]')).not.toBeNull();
  });

  it('follows the time window of the map', async () => {
    const { element, list } = await mountWithList({ layers: 'strikes' });
    const all = rowsOf(list).length;
    element.from = '2026-01-01';
    await element.whenIdle();
    await list.updateComplete;
    const later = rowsOf(list);
    expect(later.length).toBeLessThan(all);
    for (const row of later) expect(row.dataset.id).toBeTruthy();
  });
});
