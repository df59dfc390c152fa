/**
 * The map in the languages of the frontier: its language from its own `lang`, else the closest
 * ancestor's; right to left for Pashto, Dari and Urdu; text from the catalogue, dates in the
 * locale's calendar, data text without a translation isolated and marked English; a change of
 * language at run time re-renders, timeline included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../src/i18n/translations.ts';
import { cleanup, inlineLayer, mountMap, mountStory, shadow } from './helpers.ts';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('lang');
});

const frame = (map: Element) => shadow(map).querySelector<HTMLElement>('.frame')!;
const legendTitle = (map: Element) => shadow(map).querySelector('.legend .legend-title')!.textContent!.trim();
const timelineOf = (map: Element) => shadow(map).querySelector('frontier-timeline')!;

describe('languages', () => {
  it('speaks English by default, left to right', async () => {
    const map = await mountStory();
    expect(frame(map).dir).toBe('ltr');
    expect(legendTitle(map)).toBe('Legend');
  });

  for (const [lang, htmlLang] of [
    ['ps', 'ps'],
    ['prs', 'fa-AF'],
    ['fa-AF', 'fa-AF'],
    ['ur', 'ur'],
  ] as const) {
    it(`renders ${lang} right to left from its own lang attribute`, async () => {
      const map = await mountStory({ lang });
      const key = lang === 'fa-AF' ? 'prs' : lang;
      expect(frame(map).dir).toBe('rtl');
      expect(frame(map).lang).toBe(htmlLang);
      expect(legendTitle(map)).toBe(TRANSLATIONS[key]['legend.title']);
      const timeline = timelineOf(map);
      await timeline.updateComplete;
      const play = shadow(timeline).querySelector('button.play')!;
      expect(play.getAttribute('aria-label')).toBe(TRANSLATIONS[key]['timeline.play']);
      // The time axis runs left to right in every language (see the timeline's note).
      expect(shadow(timeline).querySelector<HTMLElement>('.track')!.dir).toBe('ltr');
    });
  }

  it('mirrors the map controls right to left and names them in the language', async () => {
    const map = await mountStory({ lang: 'ur' });
    const root = shadow(map);
    const zoomIn = root.querySelector('.leaflet-top.leaflet-right .leaflet-control-zoom-in')!;
    expect(zoomIn.getAttribute('title')).toBe(TRANSLATIONS.ur['control.zoomIn']);
    expect(root.querySelector('.leaflet-bottom.leaflet-right .leaflet-control-scale')).not.toBeNull();
    expect(root.querySelector('.leaflet-bottom.leaflet-left .leaflet-control-attribution')).not.toBeNull();
    const measure = root.querySelector('.frontier-measure-control button')!;
    expect(measure.getAttribute('aria-label')).toBe(TRANSLATIONS.ur['control.measure']);
    // Back to English at run time: the controls come back to the left, in English, at the same view.
    const view = map.state.view;
    map.lang = 'en';
    await map.whenIdle();
    expect(
      root.querySelector('.leaflet-top.leaflet-left .leaflet-control-zoom-in')!.getAttribute('title'),
    ).toBe('Zoom in');
    expect(map.state.view?.zoom).toBe(view?.zoom);
  });

  it('takes the closest ancestor’s language, and follows it when it changes', async () => {
    document.documentElement.lang = 'ur';
    const map = await mountStory();
    expect(frame(map).dir).toBe('rtl');
    expect(legendTitle(map)).toBe(TRANSLATIONS.ur['legend.title']);
    document.documentElement.lang = 'en';
    await expect.poll(() => legendTitle(map)).toBe('Legend');
    expect(frame(map).dir).toBe('ltr');
  });

  it('switches language at run time, timeline included', async () => {
    const map = await mountStory();
    map.lang = 'prs';
    await map.updateComplete;
    expect(legendTitle(map)).toBe(TRANSLATIONS.prs['legend.title']);
    const timeline = timelineOf(map);
    await timeline.updateComplete;
    const summary = shadow(timeline).querySelector('.summary')!.textContent!;
    // Dari writes the Solar Hijri date first, with Afghan month names and Persian digits.
    expect(summary).toMatch(/[۰-۹]/);
    expect(summary).toMatch(/حوت|حمل/);
  });

  it('isolates data text that has no translation and marks it English', async () => {
    const map = await mountStory({ lang: 'ps' });
    const strike = map.state.shown.find((f) => f.properties.kind === 'air_strike')!;
    map.select(strike.id);
    await map.whenIdle();
    const title = shadow(map).querySelector<HTMLElement>('.panel-title')!;
    expect(title.lang).toBe('en');
    expect(title.dir).toBe('ltr');
    expect(title.textContent).toBe(strike.properties.title);
    const heading = shadow(map).querySelector('.panel h3')!.textContent;
    expect([TRANSLATIONS.ps['panel.claims'], TRANSLATIONS.ps['panel.sources']]).toContain(heading);
  });
});

describe('the opening view, mirrored', () => {
  // A frontier whose two top corners hold an event each: the fit puts them where the buttons are
  // unless the fit keeps clear of the buttons' column, on whichever side it is.
  const line = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'LineString',
      coordinates: [
        [66, 36],
        [69, 30],
        [72, 36],
      ],
    },
  };
  const corner = (id: string, lon: number) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, 36] },
    properties: {
      id,
      kind: 'air_strike',
      title: `Strike ${id}`,
      date: '2025-10-12',
      sources: [{ url: 'https://example.org/a', publisher: 'Example' }],
    },
  });
  for (const lang of ['en', 'ur'] as const) {
    it(`keeps the events clear of the map's buttons (${lang})`, async () => {
      const map = await mountMap(
        { 'no-default-data': '', lang },
        [
          inlineLayer('Corners', {
            type: 'FeatureCollection',
            features: [corner('nw', 66), corner('ne', 72)],
          }),
          inlineLayer('Line', line, { frontier: '' }),
        ],
        { width: 420, height: 520 },
      );
      const root = shadow(map);
      const controls = [...root.querySelectorAll('.leaflet-top .leaflet-control')].map((c) =>
        c.getBoundingClientRect(),
      );
      const drawn = [...root.querySelectorAll<HTMLElement>('.frontier-marker')];
      expect(drawn).toHaveLength(2);
      for (const marker of drawn) {
        const box = marker.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        const under = controls.some((c) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom);
        expect(under, marker.dataset.featureId).toBe(false);
      }
    });
  }
});
