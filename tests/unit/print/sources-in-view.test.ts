import { describe, expect, it } from 'vitest';
import type { FrontierFeature, FrontierFeatureProperties, Source } from '../../../src/data/schema.ts';
import { readableUrl, shortUrl } from '../../../src/print/print-sources.ts';
import {
  type BBox,
  featureInBox,
  groupByPublisher,
  sourcesByline,
  sourcesInView,
} from '../../../src/print/sources-in-view.ts';

const source = (url: string, publisher: string, date?: string): Source => ({
  url,
  publisher,
  ...(date ? { date } : {}),
});

const point = (
  id: string,
  coordinates: [number, number],
  props: Partial<FrontierFeatureProperties>,
): FrontierFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { id, kind: 'air_strike', title: id, ...props },
});

const BOX: BBox = [66, 30, 72, 36];

describe('sourcesInView', () => {
  it('numbers the sources of features inside the box, oldest event first, each URL once', () => {
    const features = [
      point('late', [69, 34], { date: '2025-11-02', sources: [source('https://b.example/2', 'B')] }),
      point('early', [70, 33], {
        date: '2025-10-09',
        sources: [source('https://a.example/1', 'A', '2025-10-10'), source('https://b.example/2', 'B')],
      }),
      point('site', [68, 31], { kind: 'military_post', sources: [source('https://c.example/3', 'C')] }),
      point('outside', [80, 34], { date: '2025-10-01', sources: [source('https://d.example/4', 'D')] }),
    ];
    expect(sourcesInView(features, BOX)).toEqual([
      { number: 1, url: 'https://a.example/1', publisher: 'A', date: '2025-10-10' },
      { number: 2, url: 'https://b.example/2', publisher: 'B' },
      { number: 3, url: 'https://c.example/3', publisher: 'C' },
    ]);
  });

  it('counts a line or area when any vertex is inside, and skips features without geometry', () => {
    const line: FrontierFeature = {
      type: 'Feature',
      id: 'line',
      geometry: {
        type: 'LineString',
        coordinates: [
          [60, 20],
          [67, 31],
        ],
      },
      properties: { id: 'line', kind: 'clash', title: 'line', date: '2025-10-11' },
    };
    const summary: FrontierFeature = { ...line, id: 'summary', geometry: null };
    expect(featureInBox(line, BOX)).toBe(true);
    expect(
      featureInBox(
        {
          ...line,
          geometry: {
            type: 'LineString',
            coordinates: [
              [60, 20],
              [61, 21],
            ],
          },
        },
        BOX,
      ),
    ).toBe(false);
    expect(featureInBox(summary, BOX)).toBe(false);
  });

  it('is empty when nothing sourced is in view', () => {
    expect(sourcesInView([point('x', [69, 34], {})], BOX)).toEqual([]);
    expect(sourcesInView([], BOX)).toEqual([]);
  });
});

describe('sourcesByline', () => {
  it('names publishers by number of reports and says how many there are', () => {
    const entries = ['A', 'B', 'B', 'C', 'B', 'A'].map((publisher, index) => ({
      number: index + 1,
      url: `https://x.example/${index}`,
      publisher,
    }));
    expect(sourcesByline(entries, 2)).toBe('Sources: 6 reports from 3 publishers (B, A, …).');
    expect(sourcesByline(entries)).toBe('Sources: 6 reports from 3 publishers (B, A, C).');
    expect(sourcesByline(entries.slice(0, 1))).toBe('Source: 1 report from A.');
    expect(sourcesByline([])).toBe('');
  });
});

describe('readableUrl', () => {
  it('decodes escaped letters but keeps spaces, controls, direction marks and RTL words escaped', () => {
    expect(readableUrl('https://x.example/%C3%BCst-%D0%BC%D0%B8%D1%80')).toBe('https://x.example/üst-мир');
    // Right-to-left words would be reordered on paper: kept as escapes.
    expect(readableUrl('https://x.example/%D8%A8%D8%A7')).toBe('https://x.example/%D8%A8%D8%A7');
    expect(readableUrl('https://x.example/a%20b')).toBe('https://x.example/a%20b');
    expect(readableUrl('https://x.example/%E2%80%AEevil')).toBe('https://x.example/%E2%80%AEevil');
    expect(readableUrl('https://x.example/%E0%A4%A')).toBe('https://x.example/%E0%A4%A');
  });
});

describe('sources grouped by publisher', () => {
  it("numbers one publisher's reports together, publishers in alphabetical order", () => {
    const features = [
      point('one', [69, 34], { date: '2025-10-09', sources: [source('https://z.example/1', 'Zeta')] }),
      point('two', [69, 34], {
        date: '2025-10-10',
        sources: [source('https://a.example/2', 'alpha'), source('https://z.example/3', 'Zeta')],
      }),
      point('three', [69, 34], { date: '2025-10-11', sources: [source('https://a.example/4', 'alpha')] }),
    ];
    const entries = sourcesInView(features, BOX);
    expect(entries.map((entry) => [entry.number, entry.url])).toEqual([
      [1, 'https://a.example/2'],
      [2, 'https://a.example/4'],
      [3, 'https://z.example/1'],
      [4, 'https://z.example/3'],
    ]);
    expect(groupByPublisher(entries).map((group) => group.map((entry) => entry.number))).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe('shortUrl', () => {
  it('is the host without www and the decoded path, without query or fragment', () => {
    expect(shortUrl('https://www.dawn.com/news/1948221/?utm_source=x#top')).toBe('dawn.com/news/1948221');
    expect(shortUrl('https://tr.example/haber/%C3%A7at%C4%B1%C5%9Fma')).toBe('tr.example/haber/çatışma');
    expect(shortUrl('https://example.org/')).toBe('example.org');
  });

  it('cuts a long address in the middle, keeping its start and end', () => {
    const url = `https://news.example.com/${'a'.repeat(200)}/the-end-of-the-slug`;
    const short = shortUrl(url, 60);
    expect(short).toHaveLength(60);
    expect(short.startsWith('news.example.com/aaa')).toBe(true);
    expect(short.endsWith('the-end-of-the-slug')).toBe(true);
    expect(short).toContain('…');
  });
});
