import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_NAMES } from '../../../src/data/schema.ts';
import {
  formatHash,
  isIsoDate,
  parseCenter,
  parseHash,
  parseLayerList,
  type ViewState,
} from '../../../src/data/view-state.ts';
import type { Lang } from '../../../src/i18n/languages.ts';

describe('view state ↔ hash', () => {
  it('round-trips a full state', () => {
    const state = {
      center: [70.1, 33.9] as [number, number],
      zoom: 6,
      layers: ['strikes', 'posts'] as const,
      from: '2025-10-09',
      to: '2025-10-19',
      event: 'e001',
    };
    const hash = formatHash({ ...state, layers: [...state.layers] });
    expect(hash).toBe('#map=6/33.9/70.1&layers=strikes,posts&from=2025-10-09&to=2025-10-19&event=e001');
    expect(parseHash(hash)).toEqual({ state: { ...state, layers: [...state.layers] }, warnings: [] });
  });

  it('ignores bad parts with a warning and keeps the good ones', () => {
    const { state, warnings } = parseHash('#map=99/500/x&layers=strikes,bogus&from=2025-02-30&to=2025-10-19');
    expect(state).toEqual({ layers: ['strikes'], to: '2025-10-19' });
    expect(warnings).toEqual([
      'map=99/500/x is not zoom/lat/lon within range; ignored',
      'unknown layers ignored: bogus',
      'from=2025-02-30 is not a date (yyyy-mm-dd); ignored',
    ]);
  });

  it('drops a reversed window', () => {
    const { state, warnings } = parseHash('from=2025-11-01&to=2025-10-01');
    expect(state).toEqual({});
    expect(warnings[0]).toContain('is after');
  });

  it('checks dates and layer lists', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    for (const text of [
      '1900-02-29',
      '2025-00-10',
      '2025-13-01',
      '2025-04-31',
      '2025-04-00',
      ' 2025-04-01',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
    for (const text of ['2000-02-29', '0000-02-29', '9999-12-31', '2025-04-30']) {
      expect(isIsoDate(text), text).toBe(true);
    }
  });

  it('reads every yyyy-mm-dd as Date does', () => {
    // The reference: a date is real when Date reads it and writes it back the same.
    const viaDate = (text: string) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    };
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(text)).toBe(viaDate(text));
        },
      ),
      { seed: 11, numRuns: 5_000 },
    );
    expect(parseLayerList(' strikes, ,posts,strikes,x')).toEqual({
      layers: ['strikes', 'posts'],
      unknown: ['x'],
    });
  });
});

describe('hash round trip and bad hashes', () => {
  it('keeps awkward event ids and an empty layer list', () => {
    const state = {
      center: [70.123456, 33.987654] as [number, number],
      zoom: 9.25,
      layers: [],
      event: 'a&b=c d/é#1+2',
    };
    const hash = formatHash(state);
    expect(hash).toBe('#map=9.25/33.98765/70.12346&layers=&event=a%26b%3Dc%20d%2F%C3%A9%231%2B2');
    expect(parseHash(hash)).toEqual({
      state: { ...state, center: [70.12346, 33.98765] },
      warnings: [],
    });
  });

  it('rounds the centre to what the zoom can show, never below 2 decimals', () => {
    expect(formatHash({ center: [70.123456, 33.987654], zoom: 3, layers: ['strikes'] })).toBe(
      '#map=3/33.988/70.123&layers=strikes',
    );
    expect(formatHash({ center: [70.123456, 33.987654], zoom: 0.5, layers: ['strikes'] })).toBe(
      '#map=0.5/33.99/70.12&layers=strikes',
    );
  });

  it.each([
    ['', {}, []],
    ['#', {}, []],
    ['#section-2', {}, []],
    ['#map=6/33.9', {}, ['map=6/33.9 is not zoom/lat/lon within range; ignored']],
    ['#map=6/-91/70', {}, ['map=6/-91/70 is not zoom/lat/lon within range; ignored']],
    ['#map=-1/30/70', {}, ['map=-1/30/70 is not zoom/lat/lon within range; ignored']],
    ['#map=6/30/Infinity', {}, ['map=6/30/Infinity is not zoom/lat/lon within range; ignored']],
    ['#map=//', {}, ['map=// is not zoom/lat/lon within range; ignored']],
    ['#layers=%E0%A4%A', {}, ['unknown layers ignored: \uFFFD%A']],
    ['#layers=', { layers: [] }, []],
    ['#map=6/3e1/70', {}, ['map=6/3e1/70 is not zoom/lat/lon within range; ignored']],
    ['#from=2025-10-09&to=2025-10-09', { from: '2025-10-09', to: '2025-10-09' }, []],
    ['#from=20251009', {}, ['from=20251009 is not a date (yyyy-mm-dd); ignored']],
    ['#to=<script>', {}, ['to=<script> is not a date (yyyy-mm-dd); ignored']],
    ['#event=', {}, []],
    ['#map=6/33.9/70.1&map=2/0/0', { zoom: 6, center: [70.1, 33.9] }, []],
  ])('parses %j to the good parts, warning about the rest', (hash, state, warnings) => {
    expect(parseHash(hash)).toEqual({ state, warnings });
  });

  it('round-trips any state it writes (fast-check, seed 7)', () => {
    const date = fc
      .integer({ min: 0, max: 3000 })
      .map((day) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10));
    const state = fc.record({
      zoom: fc.integer({ min: 0, max: 88 }).map((quarter) => quarter / 4),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      layers: fc.subarray([...LAYER_NAMES]),
      window: fc.option(fc.tuple(date, date), { nil: undefined }),
      event: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
      lang: fc.option(fc.constantFrom('en', 'ps', 'prs', 'ur') as fc.Arbitrary<Lang>, { nil: undefined }),
    });
    fc.assert(
      fc.property(state, ({ zoom, lat, lon, layers, window, event, lang }) => {
        const [from, to] = window ? [...window].sort() : [];
        const written: ViewState = {
          center: [lon, lat],
          zoom,
          layers,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(event ? { event } : {}),
          ...(lang ? { lang } : {}),
        };
        const hash = formatHash(written);
        const parsed = parseHash(hash);
        expect(parsed.warnings).toEqual([]);
        expect(parsed.state.zoom).toBe(zoom);
        expect(parsed.state.layers).toEqual(layers);
        expect([parsed.state.from, parsed.state.to, parsed.state.event]).toEqual([from, to, event]);
        expect(parsed.state.lang).toBe(lang);
        // Written again, the parsed state gives the same hash: a reload does not drift.
        expect(formatHash(parsed.state as ViewState)).toBe(hash);
        const [plon, plat] = parsed.state.center!;
        expect(Math.abs(plon - lon)).toBeLessThan(0.01);
        expect(Math.abs(plat - lat)).toBeLessThan(0.01);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('the language in the hash', () => {
  const view = { center: [70.1, 33.9] as [number, number], zoom: 6, layers: ['strikes' as const] };

  it('writes lang after the view keys, dates still ISO', () => {
    const hash = formatHash({ ...view, from: '2025-10-19', to: '2026-04-08', lang: 'ps' });
    expect(hash).toBe('#map=6/33.9/70.1&layers=strikes&from=2025-10-19&to=2026-04-08&lang=ps');
    expect(formatHash(view)).not.toContain('lang=');
  });

  it('reads each language, and Dari written as an HTML tag', () => {
    for (const lang of ['en', 'ps', 'prs', 'ur'] as const) {
      expect(parseHash(`#map=6/33.9/70.1&lang=${lang}`)).toEqual({
        state: { zoom: 6, center: [70.1, 33.9], lang },
        warnings: [],
      });
    }
    expect(parseHash('#lang=fa-AF').state.lang).toBe('prs');
    expect(parseHash('#lang=UR').state.lang).toBe('ur');
  });

  it('ignores an unknown or empty language with a warning and keeps the rest', () => {
    for (const bad of ['de', '', 'xx-ps', '<script>', '%E2%80%AE']) {
      const { state, warnings } = parseHash(`#map=6/33.9/70.1&from=2025-10-19&lang=${bad}`);
      expect(state).toEqual({ zoom: 6, center: [70.1, 33.9], from: '2025-10-19' });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^lang=.* is not a language of the map/);
    }
  });
});

describe('parseCenter', () => {
  it('reads "lat,lng" as [lng, lat]', () => {
    expect(parseCenter('34.1, 71.2')).toEqual([71.2, 34.1]);
  });
  it('refuses anything but two finite numbers', () => {
    for (const bad of [null, '', '34', '34,', ',71', 'a,b', '1,2,3', 'Infinity,1', '1e400,2']) {
      expect(parseCenter(bad)).toBeNull();
    }
  });
});
