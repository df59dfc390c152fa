import { pointToLineDistance } from '@turf/point-to-line-distance';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FrontierEventListElement } from '../../src/components/event-list/frontier-event-list.ts';
import {
  cleanup,
  markersOf,
  mountMap,
  mountStory,
  shadow,
  storyFrontierData,
  storyLayer,
  storyPoint,
} from './helpers.ts';

afterEach(cleanup);

describe('distance to the frontier', () => {
  it('distanceToFrontierKm agrees with Turf', async () => {
    const element = await mountStory();
    const line = storyFrontierData().features[0]! as GeoJSON.Feature<GeoJSON.LineString>;
    for (const id of ['t-strike-1', 't-strike-4', 't-crossing-2']) {
      const point = storyPoint(id);
      const turf = pointToLineDistance(point, line, { units: 'kilometers' });
      expect(element.distanceToFrontierKm(point), id).toBeCloseTo(turf, 3);
    }
    expect(element.distanceToFrontierKm(storyPoint('t-strike-1'))).toBeGreaterThan(50);
  });

  it('says in the panel how far an event is and on which side of the Durand Line', async () => {
    // Sides are named for the default frontier only: the default data with the test story beside it.
    const element = await mountMap({ layers: 'strikes' }, [storyLayer()]);
    element.select('t-strike-1');
    await element.whenIdle();
    const text = shadow(element).querySelector('.panel-distance')!.textContent!;
    expect(text).toMatch(/^≈ \d+ km inside Afghanistan$/);
    const km = Number(text.match(/\d+/)![0]);
    expect(Math.abs(km - element.distanceToFrontierKm(storyPoint('t-strike-1')))).toBeLessThan(1);
  });

  it('sorts the event list by distance, nearest first', async () => {
    const list = document.createElement('frontier-event-list') as FrontierEventListElement;
    list.setAttribute('for', 'dist-map');
    document.body.append(list);
    const element = await mountStory({ id: 'dist-map', layers: 'strikes' });
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLButtonElement>('th.distance button')!.click();
    await list.updateComplete;
    expect(list.sort).toBe('distance');
    const ids = [...list.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.id!);
    expect([...ids].sort()).toEqual(['t-strike-1', 't-strike-2', 't-strike-3', 't-strike-4', 't-strike-5']);
    const km = ids.map((id) => element.distanceToFrontierKm(storyPoint(id)));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(list.shadowRoot!.querySelector('th.distance')!.getAttribute('aria-sort')).toBe('ascending');
  });
});

describe('buffers layer', () => {
  it('draws one band per width and counts the events in each, per side of the Durand Line', async () => {
    // Per-side counts need the default frontier; the window keeps the count to the test story.
    const element = await mountMap(
      { layers: 'frontier,strikes,attacks,buffers', from: '2040-03-01', to: '2040-03-31' },
      [storyLayer()],
    );
    const bands = shadow(element).querySelectorAll('path.frontier-buffer');
    expect(bands).toHaveLength(3);
    const rows = [...shadow(element).querySelectorAll<HTMLTableRowElement>('.band-table tbody tr.band-row')];
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual([
      '0–10 km',
      '10–25 km',
      '25–50 km',
    ]);
    // Recount by hand from the public API: the story's strikes and attacks with a place.
    const shown = ['t-strike-1', 't-strike-2', 't-strike-3', 't-strike-4', 't-strike-5']
      .concat(['t-clash-1', 't-clash-2', 't-attack-1'])
      .map((id) => element.frontierDistance(element.features.find((f) => f.id === id)!)!);
    const columns = [...rows.keys()].map((band) => {
      const [low, high] = [
        [0, 10],
        [10, 25],
        [25, 50],
      ][band]!;
      const inBand = shown.filter((d) => d.km > low! && d.km <= high!);
      return [inBand.filter((d) => d.side === 'AFG').length, inBand.filter((d) => d.side === 'PAK').length];
    });
    expect(columns.flat().reduce((a, b) => a + b)).toBeGreaterThan(0);
    rows.forEach((row, band) => {
      const cells = [...row.querySelectorAll('td')].slice(0, 2).map((td) => Number(td.textContent));
      expect(cells, row.querySelector('th')!.textContent!).toEqual(columns[band]);
    });
  });

  it('counts follow the time window', async () => {
    const element = await mountStory({ layers: 'strikes,attacks,buffers', 'buffer-km': '100,200' });
    const total = () =>
      [...shadow(element).querySelectorAll('.band-table tbody td')].reduce(
        (n, td) => n + Number(td.textContent),
        0,
      );
    const all = total();
    expect(all).toBeGreaterThan(0);
    element.to = '2040-03-02';
    await element.whenIdle();
    expect(total()).toBeLessThan(all);
  });

  it('computes a width that is not precomputed in a worker', async () => {
    const element = await mountMap({ layers: 'frontier,buffers', 'buffer-km': '5,25' });
    expect(shadow(element).querySelectorAll('path.frontier-buffer')).toHaveLength(2);
    const rows = [...shadow(element).querySelectorAll('.band-table tbody tr.band-row th')];
    expect(rows.map((th) => th.textContent)).toEqual(['0–5 km', '5–25 km']);
  });

  it('computes bands around a frontier of its own', async () => {
    const element = await mountStory({ layers: 'frontier,buffers', 'buffer-km': '5,25' });
    expect(shadow(element).querySelectorAll('path.frontier-buffer')).toHaveLength(2);
    const rows = [...shadow(element).querySelectorAll('.band-table tbody tr.band-row th')];
    expect(rows.map((th) => th.textContent)).toEqual(['0–5 km', '5–25 km']);
  });
});

describe('talk venues', () => {
  it('shows great-circle distances to both capitals and draws the arcs', async () => {
    const element = await mountStory({ layers: 'venues' });
    element.select('t-venue-1');
    await element.whenIdle();
    const text = shadow(element).querySelector('.panel-venue')!.textContent!;
    expect(text).toMatch(/^≈ [\d,]+ km to Kabul, ≈ [\d,]+ km to Islamabad/);
    expect(shadow(element).querySelectorAll('path.frontier-venue-arc')).toHaveLength(2);
    element.select(null);
    await element.whenIdle();
    expect(shadow(element).querySelectorAll('path.frontier-venue-arc')).toHaveLength(0);
  });
});

describe('measure tool', () => {
  it('measures a geodesic path by clicks and never selects a feature', async () => {
    const element = await mountStory({ layers: 'crossings' });
    const selections: unknown[] = [];
    element.addEventListener('frontier-select', (event) => selections.push(event));
    const button = shadow(element).querySelector<HTMLButtonElement>('.frontier-measure-control button')!;
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const map = element.map!;
    const [a, b] = [map.latLngToContainerPoint([34, 69]), map.latLngToContainerPoint([33, 71])];
    const container = map.getContainer();
    await userEvent.click(container, { position: { x: a.x, y: a.y } });
    await userEvent.click(container, { position: { x: b.x, y: b.y } });
    markersOf(element, 'crossings')[0]!.click();
    const readout = shadow(element).querySelector('.frontier-measure-readout')!.textContent!;
    expect(readout).toMatch(/km \([\d.,]+ mi\) over 2 legs/);
    const firstLegKm = Number(readout.match(/^[\d.,]+/)![0].replace(/,/g, ''));
    expect(firstLegKm).toBeGreaterThan(200);
    expect(selections).toEqual([]);
    expect(element.selected).toBeNull();
    container.focus();
    await userEvent.keyboard('{Escape}');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(shadow(element).querySelectorAll('path.frontier-measure-line')).toHaveLength(0);
  });

  it('works from the keyboard: Enter adds the centre, Backspace removes it', async () => {
    const element = await mountMap({ 'no-default-data': '' });
    shadow(element).querySelector<HTMLButtonElement>('.frontier-measure-control button')!.click();
    const container = element.map!.getContainer();
    expect(shadow(element).activeElement).toBe(container);
    await userEvent.keyboard('{Enter}');
    element.map!.panBy([200, 0], { animate: false });
    await userEvent.keyboard('{Enter}');
    const readout = () => shadow(element).querySelector('.frontier-measure-readout')!.textContent!;
    expect(readout()).toMatch(/over 1 leg$/);
    await userEvent.keyboard('{Backspace}');
    expect(readout()).toMatch(/^1 point/);
  });
});
