import { pointToLineDistance } from '@turf/point-to-line-distance';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import frontierText from '../../geodata/frontier.geojson?raw';
import type { FrontierEventListElement } from '../../src/components/event-list/frontier-event-list.ts';
import { cleanup, markersOf, mountMap, shadow } from './helpers.ts';

afterEach(cleanup);

const frontier = JSON.parse(frontierText).features[0];
const KABUL: [number, number] = [69.2075, 34.5553];

describe('distance to the frontier', () => {
  it('distanceToFrontierKm agrees with Turf', async () => {
    const element = await mountMap({ layers: 'frontier' });
    const turf = pointToLineDistance(KABUL, frontier, { units: 'kilometers' });
    expect(element.distanceToFrontierKm(KABUL)).toBeCloseTo(turf, 3);
    expect(turf).toBeGreaterThan(50);
  });

  it('says in the panel how far an event is and on which side', async () => {
    const element = await mountMap({ layers: 'strikes' });
    const kabul = element.features.find((f) => f.id.startsWith('e001'))!;
    element.select(kabul.id);
    await element.whenIdle();
    const text = shadow(element).querySelector('.panel-distance')!.textContent!;
    expect(text).toMatch(/^≈ \d+ km inside Afghanistan$/);
    const km = Number(text.match(/\d+/)![0]);
    expect(Math.abs(km - element.distanceToFrontierKm(KABUL))).toBeLessThan(1);
  });

  it('sorts the event list by distance, nearest first', async () => {
    const list = document.createElement('frontier-event-list') as FrontierEventListElement;
    list.setAttribute('for', 'dist-map');
    document.body.append(list);
    const element = await mountMap({ id: 'dist-map', layers: 'strikes' });
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLButtonElement>('th.distance button')!.click();
    await list.updateComplete;
    expect(list.sort).toBe('distance');
    const ids = [...list.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.id!);
    const km = ids.map(
      (id) => element.frontierDistance(element.features.find((f) => f.id === id)!)?.km ?? Infinity,
    );
    expect(km.length).toBeGreaterThan(10);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(list.shadowRoot!.querySelector('th.distance')!.getAttribute('aria-sort')).toBe('ascending');
  });
});

describe('buffers layer', () => {
  it('draws one band per width and counts the events in each, per side', async () => {
    const element = await mountMap({ layers: 'frontier,strikes,attacks,buffers' });
    const bands = shadow(element).querySelectorAll('path.frontier-buffer');
    expect(bands).toHaveLength(3);
    const rows = [...shadow(element).querySelectorAll<HTMLTableRowElement>('.band-table tbody tr.band-row')];
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual([
      '0–10 km',
      '10–25 km',
      '25–50 km',
    ]);
    // Recount by hand from the public API.
    const shown = element.features.filter(
      (f) =>
        f.geometry?.type === 'Point' && ['air_strike', 'ground_attack', 'clash'].includes(f.properties.kind),
    );
    const within10 = shown.filter((f) => element.frontierDistance(f)!.km <= 10);
    const afg10 = within10.filter((f) => element.frontierDistance(f)!.side === 'AFG').length;
    const pak10 = within10.filter((f) => element.frontierDistance(f)!.side === 'PAK').length;
    const cells = rows[0]!.querySelectorAll('td');
    expect(Number(cells[0]!.textContent)).toBe(afg10);
    expect(Number(cells[1]!.textContent)).toBe(pak10);
    expect(afg10 + pak10).toBeGreaterThan(0);
  });

  it('counts follow the time window', async () => {
    const element = await mountMap({ layers: 'strikes,attacks,buffers' });
    const total = () =>
      [...shadow(element).querySelectorAll('.band-table tbody td')].reduce(
        (n, td) => n + Number(td.textContent),
        0,
      );
    const all = total();
    element.to = '2025-10-12';
    await element.whenIdle();
    expect(total()).toBeLessThan(all);
  });

  it('computes a width that is not precomputed in a worker', async () => {
    const element = await mountMap({ layers: 'frontier,buffers', 'buffer-km': '5,25' });
    expect(shadow(element).querySelectorAll('path.frontier-buffer')).toHaveLength(2);
    const rows = [...shadow(element).querySelectorAll('.band-table tbody tr.band-row th')];
    expect(rows.map((th) => th.textContent)).toEqual(['0–5 km', '5–25 km']);
  });
});

describe('talk venues', () => {
  it('shows great-circle distances to both capitals and draws the arcs', async () => {
    const element = await mountMap({ layers: 'venues' });
    const doha = element.features.find(
      (f) => f.properties.kind === 'venue' && f.properties.title.includes('Doha'),
    )!;
    element.select(doha.id);
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
    const element = await mountMap({ layers: 'crossings' });
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
