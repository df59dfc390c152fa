/**
 * `<frontier-timeline>` under a real map in Chromium: the histogram counts the test story's events per
 * day, the handles (keyboard and pointer) filter markers and the event list, and playback moves the
 * window a day per step with one `frontier-view-change` each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FrontierEventListElement } from '../../src/components/event-list/frontier-event-list.ts';
import type { FrontierTimelineElement } from '../../src/components/timeline/frontier-timeline.ts';
import type { FrontierFeature } from '../../src/data/schema.ts';
import type { ViewState } from '../../src/data/view-state.ts';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { cleanup, markersOf, mountStory, shadow } from './helpers.ts';

afterEach(cleanup);

async function mountWithList(attributes: Record<string, string>) {
  const list = document.createElement('frontier-event-list') as FrontierEventListElement;
  list.setAttribute('for', 'timeline-map');
  document.body.append(list);
  const element = await mountStory({ id: 'timeline-map', ...attributes }, { width: 1000, height: 560 });
  await list.updateComplete;
  return { element, list, timeline: timelineOf(element) };
}

const timelineOf = (element: FrontierMapElement) =>
  shadow(element).querySelector<FrontierTimelineElement>('frontier-timeline')!;
const handle = (timeline: FrontierTimelineElement, which: 'from' | 'to') =>
  timeline.shadowRoot!.querySelector<HTMLElement>(`.handle[data-handle="${which}"]`)!;
const rowIds = (list: FrontierEventListElement) =>
  [...list.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.id);

async function settle(element: FrontierMapElement, list?: FrontierEventListElement) {
  await element.whenIdle();
  await list?.updateComplete;
}

describe('<frontier-timeline> in <frontier-map>', () => {
  it('is the map part "timeline", under the map, with a bar per day of events', async () => {
    const { element, timeline } = await mountWithList({ layers: 'frontier,strikes,attacks' });
    expect(timeline.getAttribute('part')).toBe('timeline');
    const mapBox = shadow(element).querySelector('.map')!.getBoundingClientRect();
    const box = timeline.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(mapBox.bottom - 1);
    expect(box.height).toBeGreaterThan(60);
    expect(box.height).toBeLessThan(110);

    // The test story's strikes and attacks per day; the summary of the two clashes stands aside.
    const expected: Record<string, Record<string, number>> = {
      '2040-03-01': { strikes: 2 },
      '2040-03-02': { attacks: 2 },
      '2040-03-04': { strikes: 1 },
      '2040-03-12': { strikes: 1, attacks: 1 },
      '2040-03-21': { strikes: 1 },
    };
    const days = [...timeline.shadowRoot!.querySelectorAll<SVGGElement>('.day')];
    expect(days.map((day) => day.dataset.date)).toEqual(Object.keys(expected));
    for (const day of days) {
      const counts = expected[day.dataset.date!]!;
      const total = Object.values(counts).reduce((a, b) => a + b);
      expect(Number(day.dataset.total), day.dataset.date).toBe(total);
      const bars = Object.fromEntries(
        [...day.querySelectorAll<SVGRectElement>('rect.bar')].map((bar) => [
          bar.dataset.layer,
          Number(bar.dataset.count),
        ]),
      );
      expect(bars).toEqual(counts);
    }
    // Bar heights follow the counts: the tallest day is the tallest bar.
    const heightOf = (day: SVGGElement) =>
      [...day.querySelectorAll('rect')].reduce((sum, r) => sum + r.getBBox().height, 0);
    const tallest = days.reduce((a, b) => (Number(b.dataset.total) > Number(a.dataset.total) ? b : a));
    for (const day of days) expect(heightOf(day)).toBeLessThanOrEqual(heightOf(tallest) + 0.01);
    expect(heightOf(days[2]!)).toBeLessThan(heightOf(days[0]!));
    // Bars take the layer colours.
    const strike = timeline.shadowRoot!.querySelector('rect.bar.layer-strikes')!;
    expect(getComputedStyle(strike).fill).toBe('rgb(198, 40, 40)');
    // Ceasefires and talks are marked on the axis.
    const markers = [...timeline.shadowRoot!.querySelectorAll<SVGGElement>('.marker[data-id]')];
    expect(markers.map((m) => m.dataset.id)).toEqual(['t-ceasefire-1', 't-talks-1']);
    expect(markers.every((m) => /is-(ceasefire|talks)/.test(m.getAttribute('class')!))).toBe(true);
  });

  it('moves the handles from the keyboard, and markers and the event list follow', async () => {
    const { element, list, timeline } = await mountWithList({ layers: 'frontier,strikes' });
    const end = handle(timeline, 'to');
    expect(end.getAttribute('role')).toBe('slider');
    expect(end.getAttribute('aria-valuetext')).toBe('21 March 2040');
    end.focus();
    await userEvent.keyboard('{Home}');
    await settle(element, list);
    expect([element.from, element.to]).toEqual([null, '2040-03-01']);
    expect(end.getAttribute('aria-valuetext')).toBe('1 March 2040');
    expect(rowIds(list).sort()).toEqual(['t-strike-1', 't-strike-2']);

    await userEvent.keyboard('{PageUp}{ArrowRight}');
    await settle(element, list);
    expect(element.to).toBe('2040-03-09');
    const shown = ['t-strike-1', 't-strike-2', 't-strike-3'];
    expect(rowIds(list).sort()).toEqual(shown);
    const drawn = markersOf(element, 'strikes').map((m) => m.dataset.featureId!);
    expect([...new Set(drawn)].sort()).toEqual(shown);

    const start = handle(timeline, 'from');
    start.focus();
    await userEvent.keyboard('{End}');
    await settle(element, list);
    expect([element.from, element.to]).toEqual(['2040-03-09', '2040-03-09']);
    await userEvent.keyboard('{ArrowRight}');
    await settle(element, list);
    // The start cannot pass the end.
    expect(element.from).toBe('2040-03-09');
    expect(start.getAttribute('aria-valuetext')).toBe('9 March 2040');
  });

  it('drags a handle with the pointer', async () => {
    const { element, list, timeline } = await mountWithList({ layers: 'frontier,strikes' });
    const track = timeline.shadowRoot!.querySelector<HTMLElement>('.track')!;
    const bar = timeline.shadowRoot!.querySelector<SVGGElement>('.day[data-date="2040-03-12"] rect')!;
    const trackBox = track.getBoundingClientRect();
    const barBox = bar.getBoundingClientRect();
    const start = handle(timeline, 'from');
    const startBox = start.getBoundingClientRect();
    await userEvent.dragAndDrop(start, track, {
      sourcePosition: { x: startBox.width / 2, y: startBox.height / 2 },
      targetPosition: { x: barBox.left - trackBox.left + 0.5, y: 20 },
    } as never);
    await settle(element, list);
    expect(element.from).toBe('2040-03-12');
    expect(element.to).toBeNull();
    expect(rowIds(list).sort()).toEqual(['t-strike-4', 't-strike-5']);
    expect(
      markersOf(element, 'strikes')
        .map((m) => m.dataset.featureId)
        .sort(),
    ).toEqual(['t-strike-4', 't-strike-5']);
    // A click on the track moves the nearer handle there.
    const early = timeline.shadowRoot!.querySelector<SVGGElement>('.day[data-date="2040-03-04"] rect')!;
    await userEvent.click(track, {
      position: { x: early.getBoundingClientRect().left - trackBox.left + 1, y: 20 },
    });
    await settle(element, list);
    expect(element.from).toBe('2040-03-04');
  });

  it('plays day by day, with one view change per step, and pauses', async () => {
    const { element, list, timeline } = await mountWithList({
      layers: 'frontier,strikes,attacks',
      from: '2040-03-01',
      to: '2040-03-04',
    });
    const views: ViewState[] = [];
    element.addEventListener('frontier-view-change', (event) => views.push(event.detail.state));
    // Slow enough that the pause below comes long before the story's last day ends the playback.
    timeline.playIntervalMs = 150;
    const play = timeline.shadowRoot!.querySelector<HTMLButtonElement>('button.play')!;
    expect(play.getAttribute('aria-label')).toBe('Play');
    play.click();
    await expect.poll(() => views.length).toBeGreaterThanOrEqual(4);
    handle(timeline, 'from').focus();
    await userEvent.keyboard(' ');
    expect(timeline.playing).toBe(false);
    await settle(element, list);
    const steps = views.filter((v, i) => i === 0 || v.from !== views[i - 1]!.from);
    expect(steps.length).toBe(views.length);
    views.forEach((view, i) => {
      const day = new Date(Date.UTC(2040, 2, 2 + i)).toISOString().slice(0, 10);
      const last = new Date(Date.UTC(2040, 2, 5 + i)).toISOString().slice(0, 10);
      expect([view.from, view.to]).toEqual([day, last]);
    });
    const final = views.at(-1)!;
    expect([element.from, element.to]).toEqual([final.from, final.to]);
    // The story's strikes and attacks by date (all one-day events), looked up for the last window.
    const dates: Record<string, string> = {
      't-strike-1': '2040-03-01',
      't-strike-2': '2040-03-01',
      't-clash-1': '2040-03-02',
      't-clash-2': '2040-03-02',
      't-clash-summary': '2040-03-02',
      't-strike-3': '2040-03-04',
      't-strike-4': '2040-03-12',
      't-attack-1': '2040-03-12',
      't-strike-5': '2040-03-21',
    };
    const inWindow = Object.keys(dates).filter((id) => dates[id]! >= final.from! && dates[id]! <= final.to!);
    expect(rowIds(list).sort()).toEqual(inWindow.sort());
  });

  it('steps on demand, keeping the window length, and stops at the last day', async () => {
    const element = await mountStory({ layers: 'strikes', from: '2040-03-13', to: '2040-03-19' });
    const timeline = timelineOf(element);
    expect(timeline.step()).toBe(true);
    await element.whenIdle();
    expect([element.from, element.to]).toEqual(['2040-03-14', '2040-03-20']);
    expect(timeline.step()).toBe(true);
    expect(timeline.step()).toBe(false);
    await element.whenIdle();
    expect([element.from, element.to]).toEqual(['2040-03-15', '2040-03-21']);
  });

  it('is hidden in static mode unless a window is set, and then shows it without controls', async () => {
    const plain = await mountStory({ static: '' });
    expect(shadow(plain).querySelector('frontier-timeline')).toBeNull();
    plain.remove();
    const windowed = await mountStory({ static: '', from: '2040-03-01', to: '2040-03-11' });
    const timeline = timelineOf(windowed);
    expect(timeline.static).toBe(true);
    expect(timeline.shadowRoot!.querySelectorAll('button, [role="slider"]')).toHaveLength(0);
    expect(timeline.shadowRoot!.querySelector('.summary')!.textContent).toContain('1–11 Mar 2040');
    expect(shadow(windowed).querySelector('.heading p')!.textContent).toBe('Events 1–11 Mar 2040');
  });

  it('stands alone, charting any features given to it', async () => {
    const timeline = document.createElement('frontier-timeline') as FrontierTimelineElement;
    const make = (id: string, date: string): FrontierFeature => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [69, 34] },
      properties: { id, kind: 'air_strike', title: id, date },
    });
    timeline.features = [make('a', '2025-01-01'), make('b', '2025-01-01'), make('c', '2025-01-20')];
    timeline.style.width = '600px';
    document.body.append(timeline);
    const changes: unknown[] = [];
    timeline.addEventListener('frontier-time-change', (event) => changes.push(event.detail));
    await expect.poll(() => timeline.shadowRoot!.querySelectorAll('.day').length).toBe(2);
    const ticks = [...timeline.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(ticks.slice(0, 2)).toEqual(['1 Jan', '3 Jan']);
    timeline.step();
    expect(changes).toEqual([]);
    handle(timeline, 'to').focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(changes.at(-1)).toEqual({ from: null, to: '2025-01-19', transient: false });
    timeline.remove();
  });

  it('charts a long feature list a task after it arrives; updateComplete waits for the chart', async () => {
    const timeline = document.createElement('frontier-timeline') as FrontierTimelineElement;
    timeline.style.width = '600px';
    document.body.append(timeline);
    await timeline.updateComplete;
    const days = () => timeline.shadowRoot!.querySelectorAll('.day').length;
    const event = (i: number, year = 2025): FrontierFeature => {
      const id = `e${i}`;
      const date = `${year}-${String(10 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      return { type: 'Feature', id, geometry: null, properties: { id, kind: 'clash', title: id, date } };
    };
    timeline.features = Array.from({ length: 9_999 }, (_, i) => event(i));
    for (let k = 0; k < 5; k++) await new Promise<void>((resolve) => queueMicrotask(resolve));
    // Short of 10,000: charted at once, in microtasks.
    expect(days()).toBe(84);
    timeline.features = Array.from({ length: 10_000 }, (_, i) => event(i, 2026));
    for (let k = 0; k < 5; k++) await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(timeline.shadowRoot!.querySelector('.day')!.getAttribute('data-date')).toBe('2025-10-01');
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelector('.day')!.getAttribute('data-date')).toBe('2026-10-01');
    timeline.remove();
  });

  it('marks many talks of one day once, with a title that counts them, and follows new features', async () => {
    const timeline = document.createElement('frontier-timeline') as FrontierTimelineElement;
    const make = (
      id: string,
      kind: 'talks' | 'ceasefire',
      date: string,
      dateEnd?: string,
    ): FrontierFeature => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [51.5, 25.3] },
      properties: { id, kind, title: `Round ${id}`, date, ...(dateEnd ? { dateEnd } : {}) },
    });
    const talks = Array.from({ length: 8 }, (_, i) => make(`t${i}`, 'talks', '2025-10-25'));
    timeline.features = [
      ...talks,
      make('c1', 'ceasefire', '2025-10-19'),
      make('long', 'talks', '2025-10-25', '2025-10-30'),
    ];
    timeline.style.width = '600px';
    document.body.append(timeline);
    const marks = () =>
      [...timeline.shadowRoot!.querySelectorAll<SVGGElement>('.markers > .marker')].map((mark) => ({
        id: mark.dataset.id,
        count: mark.dataset.count,
        title: mark.querySelector('title')!.textContent,
      }));
    await expect.poll(() => marks().length).toBe(3);
    expect(marks()).toEqual([
      {
        id: 't0',
        count: '8',
        title: '8 talks, 25 Oct 2025: Round t0; Round t1; Round t2; Round t3; Round t4; and 3 more',
      },
      { id: 'c1', count: '1', title: 'Ceasefire: Round c1 (19 Oct 2025)' },
      { id: 'long', count: '1', title: 'Talks: Round long (25–30 Oct 2025)' },
    ]);
    // A new feature list is charted anew.
    timeline.features = [make('x', 'talks', '2025-10-26')];
    await expect.poll(() => marks().map((mark) => mark.id)).toEqual(['x']);
    timeline.remove();
  });
});
