import { describe, expect, it } from 'vitest';
import { numberRuns, referenceNumbers } from '../../../src/data/reference-numbers.ts';
import type { FrontierFeature } from '../../../src/data/schema.ts';

const feature = (id: string, urls: string[]) =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [70, 34] },
    properties: {
      id,
      kind: 'air_strike',
      title: id,
      sources: urls.map((url) => ({ url, publisher: 'P', date: '2025-10-10' })),
    },
  }) as unknown as FrontierFeature;

describe('referenceNumbers', () => {
  it('gives each feature the numbers of its sources in the list, ascending, each once', () => {
    const entries = [
      { url: 'https://a.example/1', number: 1 },
      { url: 'https://b.example/2', number: 2 },
      { url: 'https://c.example/3', number: 3 },
    ];
    const numbers = referenceNumbers(
      [
        feature('e1', ['https://c.example/3', 'https://a.example/1', 'https://a.example/1']),
        feature('e2', ['https://b.example/2']),
        feature('e3', ['https://elsewhere.example/']),
      ],
      entries,
    );
    expect([...numbers]).toEqual([
      ['e1', [1, 3]],
      ['e2', [2]],
    ]);
  });
});

describe('numberRuns', () => {
  it('writes three or more numbers in a row as a range, the rest one by one', () => {
    expect(numberRuns([12, 3, 4, 5, 8, 9])).toBe('3–5, 8, 9, 12');
    expect(numberRuns([7])).toBe('7');
    expect(numberRuns([2, 2, 1])).toBe('1, 2');
    expect(numberRuns([])).toBe('');
    expect(numberRuns([1, 2, 3, 4, 10, 11, 12])).toBe('1–4, 10–12');
  });

  it('writes the digits the list writes', () => {
    const urdu = new Intl.NumberFormat('ur-PK-u-nu-arabext');
    expect(numberRuns([1, 2, 3], (n) => urdu.format(n))).toBe('۱–۳');
  });
});
