/**
 * Place names in the map's language: a label drawn in Pashto, Dari or Urdu where the label data gives
 * a name in that language, else in an official language of the place's country (same script, marked
 * with its language), else its English name marked `lang="en"`; the Durand Line's caption from the
 * catalogue. Synthetic labels on a bare Leaflet map (the shipped ones are checked in
 * tests/unit/geodata/places.test.ts).
 */
import * as L from 'leaflet';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadTranslation } from '../../src/i18n/catalogues.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { TRANSLATIONS } from '../../src/i18n/translations.ts';
import { GeographyLayers } from '../../src/map/geography-layers.ts';

const point = (
  id: string,
  kind: string,
  name: string,
  country: string,
  lonLat: [number, number],
  names?: object,
) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: lonLat },
  properties: { id, rank: id === 'c1' ? 1 : 2, kind, name, country, minZoom: 4, ...(names ? { names } : {}) },
});

const LABELS = {
  type: 'FeatureCollection' as const,
  features: [
    point('c1', 'capital', 'Alphaville', 'AFG', [69, 34], { ps: 'الفاویل', prs: 'آلفاویل' }),
    point('t1', 'town', 'Betatown', 'PAK', [70.5, 33]),
    point('t2', 'town', 'Gammatown', 'PAK', [71.5, 32], { ur: 'گاماٹاؤن' }),
  ],
};

let container: HTMLElement | undefined;
let map: L.Map | undefined;
afterEach(() => {
  map?.remove();
  container?.remove();
});

function draw(lang: 'en' | 'ps' | 'prs' | 'ur') {
  const root = document.createElement('div');
  container = root;
  root.style.cssText = 'width: 700px; height: 450px';
  document.body.append(root);
  map = L.map(root, { zoomControl: false, attributionControl: false }).setView([33.5, 69.7], 6);
  const geography = new GeographyLayers(map, {
    linePane: 'overlayPane',
    obstacles: () => [],
    credit: () => {},
    i18n: createTranslator(lang),
  });
  geography.setBasemap({ labels: [LABELS] });
  geography.setFrontier(
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [68, 31],
            [69.5, 33],
            [71, 35],
          ],
        ],
      },
    } as never,
    null,
  );
  const label = (text: string) =>
    [...root.querySelectorAll<HTMLElement>('.frontier-place-label')].find((l) => l.textContent === text);
  return { label, caption: root.querySelector('.frontier-line-label')?.textContent };
}

beforeAll(() => Promise.all((['ps', 'prs', 'ur'] as const).map(loadTranslation)));

describe('place names in the map’s language', () => {
  it('draws the Pashto and Dari names where the data has them, as text in that language', () => {
    for (const [lang, text, htmlLang] of [
      ['ps', 'الفاویل', 'ps'],
      ['prs', 'آلفاویل', 'fa-AF'],
    ] as const) {
      const { label, caption } = draw(lang);
      const capital = label(text)!;
      expect(capital, lang).toBeDefined();
      expect(capital.lang).toBe(htmlLang);
      expect(capital.dir).toBe('auto');
      expect(caption).toBe(TRANSLATIONS[lang]['frontier.caption']);
      // Only an Urdu name, Pakistan's: drawn in Urdu, marked Urdu.
      expect(label('گاماٹاؤن')!.lang).toBe('ur');
      // No name in the script: the English one, marked English.
      expect(label('Betatown')!.lang).toBe('en');
      map!.remove();
      map = undefined;
      container!.remove();
    }
  });

  it('falls back to the Dari name of an Afghan place in Urdu, marked Dari, and to English past that', () => {
    const { label, caption } = draw('ur');
    expect(label('آلفاویل')!.lang).toBe('fa-AF');
    expect(label('Alphaville')).toBeUndefined();
    expect(label('گاماٹاؤن')!.lang).toBe('ur');
    expect(label('Betatown')!.lang).toBe('en');
    expect(caption).toBe(TRANSLATIONS.ur['frontier.caption']);
  });

  it('keeps English names in English', () => {
    const { label, caption } = draw('en');
    expect(label('Alphaville')!.lang).toBe('en');
    expect(label('Gammatown')!.lang).toBe('en');
    expect(caption).toBe('Durand Line — de facto border, not recognised by Afghanistan');
  });
});
