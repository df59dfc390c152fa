import { describe, expect, it } from 'vitest';
import { coordinate, delimiterOf, readCsv, tableDate } from '../../../src/data/csv-table.ts';

describe('tableDate', () => {
  it.each([
    ['2025-10-12', '2025-10-12'],
    ['12 October 2025', '2025-10-12'],
    ['2 October 2025', '2025-10-02'],
    ['12-October-2025', '2025-10-12'],
    ['12 Oct 2025', '2025-10-12'],
    ['29 February 2024', '2024-02-29'],
    ['29 February 2025', null],
    ['12 Octember 2025', null],
    ['2025-13-01', null],
    ['10/12/2025', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    expect(tableDate(text)).toBe(iso);
  });
});

describe('coordinate', () => {
  it('takes plain decimals within the limit and words the rest', () => {
    expect(coordinate('34.5', 90)).toBe(34.5);
    expect(coordinate('-70', 180)).toBe(-70);
    expect(coordinate('', 90)).toBe('is empty');
    expect(coordinate('0x10', 90)).toBe('"0x10" is not a number');
    expect(coordinate('1e400', 90)).toBe('"1e400" is not a number');
    expect(coordinate('91', 90)).toBe('91 is outside -90 to 90');
  });
});

describe('readCsv', () => {
  it('numbers rows as a spreadsheet does, skipping blank lines, and strips a byte-order mark', () => {
    const seen: Array<[number, string]> = [];
    const { problems, refused } = readCsv('\ufeffName,Note\r\na,"one\r\ntwo"\r\n\r\nb,x\r\n', (record) =>
      seen.push([record.row, `${record.cell('name')}:${record.cell('note')}`]),
    );
    expect(seen).toEqual([
      [2, 'a:one\r\ntwo'],
      [3, 'b:x'],
    ]);
    expect(problems).toEqual([]);
    expect(refused).toBeNull();
  });

  it('refuses an empty text', () => {
    expect(readCsv('', () => undefined).refused).toBe('is empty: no header row');
  });

  it('takes the header row’s delimiter, not one that only the data is full of', () => {
    expect(delimiterOf('a,b,c\nx;y;z|q|r|s')).toBe(',');
    expect(delimiterOf('a;b;c\n1,2')).toBe(';');
    expect(delimiterOf('"a;b",c\n')).toBe(',');
    expect(delimiterOf('a\tb\n')).toBe('\t');
    expect(delimiterOf('single\n')).toBe(',');
  });
});
