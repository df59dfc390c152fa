/**
 * The rules of the source layout, checked on the code itself: no import cycles (type-only imports
 * count), Leaflet imported for its values only under `src/map/`, the pure engine free of Leaflet,
 * Lit and the DOM's elements, and no source file past the length where a module wants out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, sourceFiles } from './import-graph.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const files = sourceFiles(`${root}src`);
const edges = files.flatMap((file) => importsOf(root, file));

/** Data files that are long by nature (one string per line), not modules that grew. */
const LONG_BY_NATURE = /^src\/i18n\/locales\//;
const LINE_LIMIT = 300;

describe('source layout', () => {
  it('reads the imports of every module', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges.some((edge) => edge.to === 'leaflet')).toBe(true);
    expect(edges.some((edge) => edge.typeOnly)).toBe(true);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const loop = [
      { from: 'a.ts', to: 'b.ts', typeOnly: true },
      { from: 'b.ts', to: 'a.ts', typeOnly: false },
      { from: 'b.ts', to: 'c.ts', typeOnly: false },
    ];
    expect(cycles(loop)).toEqual([['a.ts', 'b.ts']]);
  });

  it('has no import cycles, type-only imports included', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('imports Leaflet for its values only under src/map/', () => {
    const outside = edges.filter(
      (edge) => edge.to.startsWith('leaflet') && !edge.typeOnly && !edge.from.startsWith('src/map/'),
    );
    expect(outside.map((edge) => edge.from)).toEqual([]);
  });

  it('keeps src/geo and src/data free of Leaflet, Lit and the UI', () => {
    const engine = edges.filter((edge) => /^src\/(geo|data)\//.test(edge.from));
    const reaching = engine.filter((edge) =>
      /^(leaflet|lit)|^src\/(map|components|controllers|print|app)\//.test(edge.to),
    );
    expect(reaching.map((edge) => `${edge.from} → ${edge.to}`)).toEqual([]);
  });

  it(`keeps every source file within about ${LINE_LIMIT} lines`, () => {
    const long = files
      .map((file) => ({
        file: file.slice(root.length),
        lines: readFileSync(file, 'utf8').split('\n').length,
      }))
      .filter(({ file, lines }) => lines > LINE_LIMIT + 15 && !LONG_BY_NATURE.test(file));
    expect(long).toEqual([]);
  });
});
