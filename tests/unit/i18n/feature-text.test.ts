import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../../src/data/validate.ts';
import { featureText } from '../../../src/i18n/feature-text.ts';

const properties = {
  title: 'Strike on Torkham, Pakistan says',
  description: 'Own words.',
  i18n: { ps: { title: 'پر تورخم برید، پاکستان وايي' } },
};

describe('featureText', () => {
  it('gives the translation where the data has one', () => {
    expect(featureText(properties, 'title', 'ps')).toEqual({
      text: 'پر تورخم برید، پاکستان وايي',
      lang: 'ps',
      htmlLang: 'ps',
      dir: 'rtl',
      fallback: false,
    });
  });
  it('falls back to English, flagged, where it has none', () => {
    expect(featureText(properties, 'description', 'ps')).toMatchObject({
      text: 'Own words.',
      lang: 'en',
      dir: 'ltr',
      fallback: true,
    });
    expect(featureText(properties, 'title', 'ur')).toMatchObject({ text: properties.title, fallback: true });
  });
  it('is English, not a fallback, in English', () => {
    expect(featureText(properties, 'title', 'en')).toMatchObject({ text: properties.title, fallback: false });
  });
  it('is null when there is no such text at all', () => {
    expect(featureText({ title: 'x' }, 'description', 'prs')).toBeNull();
  });
});

const point = (i18n: unknown) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [71, 34] },
  properties: { id: 'a', kind: 'crossing', title: 'Torkham', i18n },
});

describe('validateGeoJson keeps i18n', () => {
  it('copies the known languages and fields only', () => {
    const { features, problems } = validateGeoJson(
      point({
        ps: { title: 'تورخم', description: 'سرحدي لار', extra: 'x' },
        prs: { title: 'تورخم' },
        ur: { description: 'طورخم' },
        de: { title: 'Torkham' },
      }),
    );
    expect(problems).toEqual([]);
    expect(features[0]!.properties.i18n).toEqual({
      ps: { title: 'تورخم', description: 'سرحدي لار' },
      prs: { title: 'تورخم' },
      ur: { description: 'طورخم' },
    });
  });

  it('is safe against prototype pollution', () => {
    const raw = JSON.parse(
      '{"__proto__": {"polluted": true}, "ps": {"__proto__": {"polluted": true}, "title": "تورخم"}}',
    );
    const { features } = validateGeoJson(point(raw));
    const i18n = features[0]!.properties.i18n!;
    expect(i18n).toEqual({ ps: { title: 'تورخم' } });
    expect(Object.getPrototypeOf(i18n)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(i18n.ps)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves it out when absent, null or empty', () => {
    for (const value of [undefined, null, {}, { ps: {} }, { ps: { title: '  ' } }, { ps: null }]) {
      const { features } = validateGeoJson(point(value));
      expect(features[0]!.properties).not.toHaveProperty('i18n');
    }
  });

  it('rejects the feature when i18n has the wrong types', () => {
    for (const value of ['ps', [], { ps: 'تورخم' }, { ps: [] }, { prs: { title: 3 } }]) {
      const { features, problems } = validateGeoJson(point(value));
      expect(features).toEqual([]);
      expect(problems[0]!.message).toMatch(/i18n/);
    }
  });
});
