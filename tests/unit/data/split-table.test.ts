/** Splitting a large table between workers gives what one reading of the whole gives. */
import { describe, expect, it } from 'vitest';
import { generateAcled } from '../../../bench/generate-acled.mjs';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import { splitTable, tableRunBytes } from '../../../src/data/split-table.ts';
import { parseTable, validateTable } from '../../../src/data/table-source.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function read(text: string, firstRow = 2) {
  const features: FrontierFeature[] = [];
  const problems = validateTable(
    parseTable(text, 'csv', firstRow),
    { idPrefix: 't', defaultKind: 'clash' },
    50,
    (slice) => features.push(...slice),
  );
  return { features, problems };
}

/** A table with quoted line breaks and commas, blank lines, rows without ids and bad rows. */
function table(rows: number, lineEnd = '\r\n'): string {
  const lines = ['lon,lat,title,description'];
  for (let i = 0; i < rows; i++) {
    if (i % 17 === 5) lines.push('');
    if (i % 23 === 7) lines.push('   ');
    if (i % 29 === 3) lines.push('""');
    const lat = i % 31 === 11 ? '' : String(30 + (i % 7));
    lines.push(
      `${60 + (i % 13)},${lat},Row ${i},"Note ${i}, with a comma${lineEnd}and a ""quoted""${lineEnd}line break"`,
    );
  }
  return `\ufeff${lines.join(lineEnd)}${lineEnd}`;
}

describe('splitTable', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('cuts only between records (%s), and the runs read as the whole does', (_name, lineEnd) => {
    const text = table(400, lineEnd);
    const bytes = encode(text);
    const whole = read(text);
    expect(whole.problems.length).toBeGreaterThan(5);
    expect(whole.features.length).toBeGreaterThan(300);
    for (const parts of [2, 3, 4]) {
      const split = splitTable(bytes, parts)!;
      expect(split.runs).toHaveLength(parts);
      expect(split.runs[0]!.start).toBe(split.headerEnd);
      expect(split.runs.at(-1)!.end).toBe(bytes.length);
      const joined = split.runs.map((run) => read(decode(tableRunBytes(bytes, split, run)), run.firstRow));
      expect(joined.flatMap((r) => r.features)).toEqual(whole.features);
      expect(joined.flatMap((r) => r.problems)).toEqual(whole.problems);
    }
  });

  it('counts the records, blank lines not, a last one without a line break too', () => {
    const text = table(400);
    const whole = parseTable(text, 'csv');
    expect(splitTable(encode(text), 3)!.records).toBe(whole.features.length + whole.problems.length);
    expect(splitTable(encode('a,b\n1,2\n\n3,4\n5,6\n7,8'), 2)!.records).toBe(4);
    expect(splitTable(encode('a,b\n1,2\n3,4\n5,6\n7,8\n  \n'), 2)!.records).toBe(4);
  });

  it('declines what it cannot split safely', () => {
    expect(splitTable(encode('a,b\n1,2\n'), 2)).toBeNull();
    expect(splitTable(encode('a,b\r1,2\r3,4\r5,6\r'), 2)).toBeNull();
    expect(splitTable(encode('a,b\n1,"open\n2,3\n4,5\n'), 2)).toBeNull();
    expect(splitTable(encode('a,b'), 2)).toBeNull();
  });

  it('takes a quote inside an unquoted field as text, as the parser does', () => {
    const text = 'lon,lat,title\n60,30,5" gun\n61,31,b\n62,32,c\n63,33,d\n';
    const bytes = encode(text);
    const split = splitTable(bytes, 2)!;
    expect(split.runs.map((run) => run.firstRow)).toEqual([2, 5]);
    const joined = split.runs.flatMap(
      (run) => read(decode(tableRunBytes(bytes, split, run)), run.firstRow).features,
    );
    expect(joined.map((f) => f.properties.title)).toEqual(['5" gun', 'b', 'c', 'd']);
    expect(joined).toEqual(read(text).features);
  });

  it('splits an ACLED export (quoted notes with doubled quotes) as one reading of it counts rows', () => {
    const text = generateAcled(500, { seed: 9 });
    const bytes = encode(text);
    const whole = parseTable(text, 'acled');
    for (const parts of [2, 4]) {
      const split = splitTable(bytes, parts)!;
      expect(split.runs).toHaveLength(parts);
      expect(split.records).toBe(500);
      const runs = split.runs.map((run) =>
        parseTable(decode(tableRunBytes(bytes, split, run)), 'acled', run.firstRow),
      );
      expect(runs.flatMap((run) => run.rows)).toEqual(whole.rows);
      expect(runs.flatMap((run) => run.features)).toEqual(whole.features);
    }
  });
});
