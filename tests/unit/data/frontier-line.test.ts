/** A user's own frontier line: what is accepted, joined, and rejected with a message. */
import { describe, expect, it } from 'vitest';
import { extractFrontierLine } from '../../../src/data/frontier-line.ts';
import { createFrontierIndex } from '../../../src/geo/frontier-index.ts';

const multi = (...parts: number[][][]) => ({ type: 'MultiLineString', coordinates: parts });

describe('extractFrontierLine', () => {
  it('joins every LineString and MultiLineString part into one MultiLineString', () => {
    const line = extractFrontierLine(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [45, 40] } },
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'LineString',
              coordinates: [
                [45, 41],
                [46, 40],
              ],
            },
          },
          {
            type: 'Feature',
            properties: {},
            geometry: multi(
              [
                [44, 39],
                [45, 39],
              ],
              [
                [46, 38],
                [46.5, 38],
              ],
            ),
          },
        ],
      },
      'Test border',
    );
    expect(line.properties.name).toBe('Test border');
    expect(line.geometry.coordinates).toEqual([
      [
        [45, 41],
        [46, 40],
      ],
      [
        [44, 39],
        [45, 39],
      ],
      [
        [46, 38],
        [46.5, 38],
      ],
    ]);
  });

  it('rejects a MultiLineString part of one position with a message, before the index sees it', () => {
    const input = multi(
      [
        [45, 41],
        [46, 40],
      ],
      [[46.5, 38.9]],
    );
    expect(() => extractFrontierLine(input, 'Test border')).toThrow(
      'frontier line 0: MultiLineString part 1 has 1 position; a line needs at least 2',
    );
    // What the index would otherwise meet: a throw of its own, with no word of the source.
    expect(() => createFrontierIndex(input as never)).toThrow(RangeError);
  });

  it('rejects a LineString of one position, naming the geometry', () => {
    const input = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [45, 41],
              [46, 40],
            ],
          },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[45, 41]] } },
      ],
    };
    expect(() => extractFrontierLine(input, 'Test border')).toThrow(
      'frontier line 1: a LineString needs at least 2 positions',
    );
  });

  it('says when there is no line at all', () => {
    expect(() => extractFrontierLine({ type: 'Point', coordinates: [45, 40] }, 'Points only')).toThrow(
      'has no LineString or MultiLineString to draw as the frontier (got object)',
    );
  });
});
