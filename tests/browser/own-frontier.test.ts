/** Any other frontier: a `<frontier-layer frontier>` line replaces the Durand Line everywhere. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, inlineLayer, mountMap, shadow } from './helpers.ts';

afterEach(cleanup);

const border = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [45.0, 41.3],
        [45.6, 40.6],
        [46.5, 38.9],
      ],
      [
        [44.8, 39.7],
        [46.1, 38.8],
      ],
    ],
  },
};

describe('a frontier of your own', () => {
  it('draws it, labels it with the layer name, and measures against it', async () => {
    const durand = await mountMap({ layers: 'frontier' });
    const onDurand = durand.distanceToFrontierKm([45.6, 40.6]);
    cleanup();
    const element = await mountMap(
      { 'no-default-data': '', layers: 'frontier,buffers', 'buffer-km': '5,15' },
      [inlineLayer('Test border', border, { frontier: '' })],
    );
    expect(onDurand).toBeGreaterThan(1000);
    expect(element.distanceToFrontierKm([45.6, 40.6])).toBeLessThan(0.001);
    expect(shadow(element).querySelector('.frontier-line-label')!.textContent).toBe('Test border');
    expect(
      shadow(element).querySelector('.legend-row[data-layer="frontier"] .legend-label')!.textContent,
    ).toBe('Test border');
    expect(shadow(element).querySelector('.legend-note')!.textContent).toMatch(
      /^\d+ km as drawn \(Test border\)\.$/,
    );
    expect(element.features).toHaveLength(0);
    // Bands come from the worker: no precomputed buffers exist for this line.
    expect(shadow(element).querySelectorAll('path.frontier-buffer')).toHaveLength(2);
    expect(element.map!.getBounds().contains([40, 45.5])).toBe(true);
  });

  it('goes back to the Durand Line when the layer is removed', async () => {
    const layer = inlineLayer('Test border', border, { frontier: '' });
    const element = await mountMap({ layers: 'frontier' }, [layer]);
    expect(element.distanceToFrontierKm([45.6, 40.6])).toBeLessThan(0.001);
    layer.remove();
    await expect.poll(() => element.distanceToFrontierKm([45.6, 40.6])).toBeGreaterThan(1000);
    await element.whenIdle();
    const labels = [...shadow(element).querySelectorAll('.frontier-line-label')].map((l) => l.textContent);
    expect(labels).toEqual([expect.stringContaining('Durand Line')]);
  });

  it('reports a frontier layer with no line in it', async () => {
    const errors: string[] = [];
    document.addEventListener(
      'frontier-error',
      (event) => errors.push((event as CustomEvent).detail.message),
      {
        once: true,
      },
    );
    await mountMap({ 'no-default-data': '' }, [
      inlineLayer('Points only', { type: 'Point', coordinates: [45, 40] }, { frontier: '' }),
    ]);
    expect(errors[0]).toMatch(/has no LineString or MultiLineString to draw as the frontier/);
  });
});
