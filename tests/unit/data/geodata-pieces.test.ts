import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_GEODATA } from '../../../scripts/vite-geodata.mjs';
import { DEFAULT_SOURCE_FILES, GEODATA_FILES, piecesFor } from '../../../src/data/geodata-pieces.ts';

describe('piecesFor', () => {
  it('asks only for the coarse basemap and its labels without the default data', () => {
    expect(piecesFor({ zoom: 5.5, defaults: false, buffers: true })).toEqual(['basemapLow', 'labelsLow']);
  });

  it('adds the Durand Line (both drawings) and its facts with the default data, buffers with their layer', () => {
    expect(piecesFor({ zoom: 5, defaults: true, buffers: false })).toEqual([
      'basemapLow',
      'labelsLow',
      'frontier',
      'facts',
      'frontierLow',
    ]);
    expect(piecesFor({ zoom: 5, defaults: true, buffers: true })).toContain('buffers');
  });

  it('switches to the detailed band at zoom 7, and adds the zoom-9 names from 9', () => {
    expect(piecesFor({ zoom: 6.75, defaults: false, buffers: false })).not.toContain('basemap');
    expect(piecesFor({ zoom: 7, defaults: false, buffers: false })).toEqual([
      'basemap',
      'provinces',
      'labelsLow',
      'labelsMid',
    ]);
    expect(piecesFor({ zoom: 9, defaults: true, buffers: false })).toEqual([
      'basemap',
      'provinces',
      'labelsLow',
      'labelsMid',
      'labelsHigh',
      'frontier',
      'facts',
    ]);
  });

  it('names files that exist and that the build copies beside the bundle', () => {
    for (const file of [...Object.values(GEODATA_FILES), ...Object.values(DEFAULT_SOURCE_FILES)]) {
      expect(existsSync(`geodata/${file}`), file).toBe(true);
      expect(SHIPPED_GEODATA, file).toContain(file);
    }
  });
});
