/**
 * `<frontier-layer format="acled">` and `format="csv"`: tables load through the element, one
 * `frontier-error` per bad row (naming it), the rest shown. Fixtures are synthetic
 * (tests/unit/fixtures/tables), served by the test server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierErrorDetail } from '../../src/events.ts';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { cleanup, layerElement } from './helpers.ts';

const ACLED_URL = new URL('../unit/fixtures/tables/acled-sample.csv', import.meta.url).href;
const POINTS_URL = new URL('../unit/fixtures/tables/points.csv', import.meta.url).href;

/** A map without default data holding `layers`; resolves once idle, with the errors it fired. */
async function mapWith(...layers: HTMLElement[]) {
  const map = document.createElement('frontier-map') as FrontierMapElement;
  map.setAttribute('no-default-data', '');
  map.style.height = '500px';
  const errors: FrontierErrorDetail[] = [];
  map.addEventListener('frontier-error', (event) => errors.push(event.detail));
  map.append(...layers);
  document.body.append(map);
  await map.whenIdle();
  return { map, errors };
}

afterEach(cleanup);

describe('table layers', () => {
  it('reads an ACLED export: every usable row a feature, one frontier-error per bad row', async () => {
    const { map, errors } = await mapWith(layerElement('ACLED', { format: 'acled', src: ACLED_URL }));
    expect(map.features.map((f) => f.id)).toEqual([
      'TST0001',
      'TST0002',
      'TST0005',
      'TST0006',
      'TST0007',
      'TST0008',
      'TST0009',
    ]);
    expect(map.features.map((f) => f.properties.kind)).toEqual([
      'air_strike',
      'clash',
      'militant_attack',
      'ceasefire',
      'statement',
      'statement',
      'ground_attack',
    ]);
    expect(errors).toEqual([
      { source: 'ACLED', message: 'row 4: latitude is empty', featureIndex: 2 },
      { source: 'ACLED', message: 'row 5: longitude "seventy" is not a number', featureIndex: 3 },
      {
        source: 'ACLED',
        message: 'row 11: event_date "31 February 2025" is not a date (2025-10-12 or 12 October 2025)',
        featureIndex: 9,
      },
    ]);
  });

  it('reads any CSV with coordinates, from format="csv" or from the .csv address alone', async () => {
    const variants: Array<Record<string, string>> = [{ format: 'csv', src: POINTS_URL }, { src: POINTS_URL }];
    for (const attributes of variants) {
      const { map, errors } = await mapWith(layerElement('Points', attributes));
      expect(map.features.map((f) => f.id)).toEqual(['pt-1', 'pt-2']);
      expect(errors.map((e) => [e.message.slice(0, 6), e.featureIndex])).toEqual([
        ['row 4:', 2],
        ['row 5:', 3],
        ['row 6:', 4],
        ['row 7:', 5],
        ['row 8:', 6],
      ]);
      cleanup();
    }
  });

  it('takes CSV from a text/csv response and from an inline <script type="text/csv">', async () => {
    const inline = layerElement('Inline', { kind: 'crossing' });
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = 'name,latitude,longitude\nFirst,34.1,71.1\nSecond,,71.2\n';
    inline.append(script);
    const served = layerElement('Served', { kind: 'crossing', src: '/__faults/table?n=3' });
    const { map, errors } = await mapWith(inline, served);
    expect(map.features.map((f) => f.properties.title)).toEqual(['First', 't-0', 't-1', 't-2']);
    expect(errors).toEqual([{ source: 'Inline', message: 'row 3: latitude is empty', featureIndex: 1 }]);
  });

  it('parses a large export in the validation worker with the same result', async () => {
    // Over the 1 MB above which sources are validated off the main thread.
    const header = (await (await fetch(ACLED_URL)).text()).split('\r\n')[0]!;
    const note = 'Synthetic note, "quoted", long enough to make the file large. '.repeat(6);
    const rows = Array.from(
      { length: 3_000 },
      (_, i) =>
        `W${i},2025-10-12,2025,1,Political violence,Battles,Armed clash,A,,Rebel group,B,,Rebel group,x,,4,R,Afghanistan,P,D,,L,${i === 1_234 ? '' : '33.5'},69.5,2,Test Daily,National,"${note.replaceAll('"', '""')}",0,,1760313600`,
    );
    const layer = layerElement('Large', { format: 'acled' });
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = [header, ...rows].join('\r\n');
    expect(script.textContent.length).toBeGreaterThan(1_000_000);
    layer.append(script);
    const { map, errors } = await mapWith(layer);
    expect(map.features).toHaveLength(2_999);
    expect(errors).toEqual([
      { source: 'Large', message: 'row 1236: latitude is empty', featureIndex: 1_234 },
    ]);
  });

  it('shares a large export between workers and names rows as one reading would', async () => {
    // About 10 MB: over the 4 MB from which a source is split between workers (on 2 cores or more).
    const layer = layerElement('Big', { format: 'acled', src: '/__faults/acled?n=20000&bad=12345' });
    const { map, errors } = await mapWith(layer);
    expect(map.features).toHaveLength(19_999);
    expect(map.features[0]!.id).toBe('BEN0');
    expect(map.features.at(-1)!.id).toBe('BEN19999');
    expect(map.features.some((f) => f.id === 'BEN12345')).toBe(false);
    expect(errors).toEqual([
      { source: 'Big', message: 'row 12347: latitude is empty', featureIndex: 12_345 },
    ]);
  });

  it('reports an unknown format attribute and reads the data by the default (the .csv address)', async () => {
    const { map, errors } = await mapWith(layerElement('Odd', { format: 'xml', src: POINTS_URL }));
    expect(map.features.map((f) => f.id)).toEqual(['pt-1', 'pt-2']);
    expect(errors[0]!.message).toBe('format attribute "xml" is unknown (expected geojson, acled, csv)');
    expect(errors).toHaveLength(6);
  });
});
