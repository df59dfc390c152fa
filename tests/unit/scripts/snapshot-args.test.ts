import { describe, expect, it } from 'vitest';
import { LAYER_NAMES, pageAreaPx, parseSnapshotArgs, UsageError } from '../../../scripts/snapshot-args.mjs';
import { LAYER_NAMES as SCHEMA_LAYER_NAMES } from '../../../src/data/schema.ts';

const parse = (line: string) => parseSnapshotArgs(line.split(' ').filter(Boolean));

function failure(line: string | string[]): string {
  try {
    parseSnapshotArgs(typeof line === 'string' ? line.split(' ').filter(Boolean) : line);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`no error for ${line}`);
}

describe('parseSnapshotArgs', () => {
  it('reads a PNG with its size, and defaults', () => {
    expect(parse('--out map.png --width 1000 --height=700')).toMatchObject({
      out: 'map.png',
      format: 'png',
      width: 1000,
      height: 700,
      hash: '',
      attributes: {},
      build: true,
    });
    expect(parse('--out MAP.PNG')).toMatchObject({ format: 'png', width: 1200, height: 800, scale: 2 });
  });

  it('reads the PNG scale and a feature to highlight', () => {
    expect(parse('--out map.png --scale 3 --selected E012')).toMatchObject({
      scale: 3,
      attributes: { selected: 'E012' },
    });
    expect(parse('--out map.png --scale 1.5')).toMatchObject({ scale: 1.5 });
    expect(failure('--out map.png --scale 0')).toBe('--scale must be a number from 1 to 4 (got "0")');
    expect(failure('--out map.png --scale 2x')).toBe('--scale must be a number from 1 to 4 (got "2x")');
    expect(failure('--out map.pdf --scale 2')).toBe('--scale sizes a PNG; a PDF is vector at any zoom');
    expect(failure(['--out', 'map.png', '--selected', 'a b'])).toBe(
      '--selected must be a feature id (got "a b")',
    );
  });

  it('reads a PDF with paper and orientation', () => {
    expect(parse('--out out/map.pdf --paper letter --landscape --no-build')).toMatchObject({
      format: 'pdf',
      paper: 'Letter',
      landscape: true,
      build: false,
    });
    expect(parse('--out map.pdf')).toMatchObject({ paper: 'A4', landscape: false });
  });

  it('prints the source numbers on a PDF unless --no-numbers', () => {
    expect(parse('--out map.pdf')).toMatchObject({ attributes: {} });
    expect(parse('--out map.pdf --no-numbers')).toMatchObject({ attributes: { 'no-print-numbers': '' } });
    expect(failure('--out map.png --no-numbers')).toBe(
      '--no-numbers is for a PDF; a PNG carries no source numbers',
    );
  });

  it('takes the view as a permalink hash or as attributes', () => {
    expect(parse('--out m.png --hash map=6/33.9/70.1&layers=strikes')).toMatchObject({
      hash: '#map=6/33.9/70.1&layers=strikes',
    });
    // The event a permalink had open is not selected in the image, unless --selected asks.
    expect(parse('--out m.png --hash #map=6/33.9/70.1&event=e001&layers=strikes')).toMatchObject({
      hash: '#map=6/33.9/70.1&layers=strikes',
    });
    expect(parse('--out m.png --selected e001 --hash #map=6/33.9/70.1&event=e001')).toMatchObject({
      hash: '#map=6/33.9/70.1&event=e001',
      attributes: { selected: 'e001' },
    });
    expect(
      parseSnapshotArgs([
        '--out',
        'm.pdf',
        '--center',
        '34.5, 69.2',
        '--zoom',
        '7.5',
        '--layers',
        'frontier,strikes',
        '--from',
        '2025-10-09',
        '--to',
        '2025-10-19',
        '--heading',
        'Strikes, first ten days',
      ]),
    ).toMatchObject({
      attributes: {
        center: '34.5,69.2',
        zoom: '7.5',
        layers: 'frontier,strikes',
        from: '2025-10-09',
        to: '2025-10-19',
        heading: 'Strikes, first ten days',
      },
    });
  });

  it('answers --help', () => {
    expect(parse('--help')).toEqual({ help: true });
    expect(parse('-h')).toEqual({ help: true });
  });

  it('explains each mistake in one line', () => {
    expect(failure('')).toMatch(/--out is required/);
    expect(failure('--out map.gif')).toMatch(/must end in \.png or \.pdf/);
    expect(failure('--out map.png --width 12')).toMatch(/--width must be a whole number/);
    expect(failure('--out map.png --height 7.5')).toMatch(/--height must be a whole number/);
    expect(failure('--out map.pdf --width 1000')).toMatch(/a PDF takes --paper/);
    expect(failure('--out map.png --landscape')).toMatch(/a PNG takes --width/);
    expect(failure('--out map.pdf --paper A3')).toMatch(/--paper must be A4 or Letter/);
    expect(failure('--out map.png --center 95,70')).toMatch(/--center must be "lat,lng"/);
    expect(failure('--out map.png --zoom x')).toMatch(/--zoom must be a number/);
    expect(failure('--out map.png --layers strike')).toMatch(/unknown layer strike/);
    expect(failure('--out map.png --from 2025-02-30')).toMatch(/--from must be a date/);
    expect(failure('--out map.png --from 2025-10-20 --to 2025-10-09')).toMatch(/is after/);
    expect(failure('--out map.png --hash #map=6/33/70 --zoom 5')).toMatch(/leave out --zoom/);
    expect(failure('--out map.png --colour red')).toMatch(/unknown option --colour/);
    expect(failure('--out')).toMatch(/--out needs a value/);
    expect(failure('--out map.png --width --height 5')).toMatch(/--width needs a value/);
    expect(failure('map.png')).toMatch(/unexpected argument/);
    expect(failure('--out a.png --out b.png')).toMatch(/given twice/);
    expect(failure('--out a.png --landscape=yes')).toMatch(/takes no value/);
    expect(failure(['--out', 'a.png', '--heading', ' '])).toMatch(/must not be empty/);
  });

  it('knows the same layers as the map', () => {
    expect(LAYER_NAMES).toEqual([...SCHEMA_LAYER_NAMES]);
  });
});

describe('pageAreaPx', () => {
  it('is the paper less 10 mm margins, at 96 px per inch', () => {
    expect(pageAreaPx('A4', true)).toEqual({ width: 1047, height: 718 });
    expect(pageAreaPx('A4', false)).toEqual({ width: 718, height: 1047 });
    expect(pageAreaPx('Letter', true)).toEqual({ width: 980, height: 740 });
  });
});
