/** Names in other scripts for the labels: the table's checks and how names reach the labels. */
import { describe, expect, it } from 'vitest';
import { addPlaceNames, parsePlaceNames } from '../../../scripts/geodata/place-names.mjs';

const HEADER = 'id,en,lang,name,publisher,url';
const row = (fields: string) => `${HEADER}\n${fields}\n`;

describe('data/place-names.csv', () => {
  it('reads one attested name a row', () => {
    expect(parsePlaceNames(row('gn-1,Alpha,ps,الفا,A paper,https://example.org/a'))).toEqual([
      {
        id: 'gn-1',
        en: 'Alpha',
        lang: 'ps',
        name: 'الفا',
        publisher: 'A paper',
        url: 'https://example.org/a',
      },
    ]);
  });

  it('refuses a row without a source, in another script, language or alphabet, or with a stray comma', () => {
    expect(() => parsePlaceNames('id,name\n')).toThrow(/header/);
    expect(() => parsePlaceNames(row('gn-1,Alpha,ps,الفا,A paper,'))).toThrow(/http\(s\) address/);
    expect(() => parsePlaceNames(row('gn-1,Alpha,ps,الفا,,https://example.org'))).toThrow(/publisher/);
    expect(() => parsePlaceNames(row('gn-1,Alpha,ps,Alpha,A paper,https://example.org'))).toThrow(
      /Arabic script/,
    );
    expect(() => parsePlaceNames(row('gn-1,Alpha,de,الفا,A paper,https://example.org'))).toThrow(
      /not ps, prs or ur/,
    );
    expect(() => parsePlaceNames(row('gn-1,Kulachi,ps,کلاچے,A paper,https://example.org'))).toThrow(
      /row 2 \(Kulachi\): name "کلاچے" has ے, not letters of ps/,
    );
    expect(() => parsePlaceNames(row('gn-1,Alpha,ps,الفا,Paper, Inc,https://example.org'))).toThrow(
      /7 fields/,
    );
  });
});

describe('addPlaceNames', () => {
  const labels = () => [
    { id: 'ne-P', kind: 'province', name: 'Alpha', country: 'AFG', names: { prs: 'الفا', ur: 'الفا' } },
    { id: 'gn-1', kind: 'town', name: 'Alpha', country: 'AFG', seat: 1 },
    { id: 'gn-2', kind: 'town', name: 'Alpha', country: 'AFG', seat: 2 },
    { id: 'gn-3', kind: 'town', name: 'Alpha', country: 'PAK', seat: 1 },
    { id: 'gn-4', kind: 'capital', name: 'Beta', country: 'AFG' },
  ];
  const source = { publisher: 'A paper', url: 'https://example.org' };

  it("gives a province's seat of the same name the province's names, and no other town", () => {
    const records: Array<Record<string, unknown>> = labels();
    expect(addPlaceNames(records, [])).toEqual({ fromProvince: 2, fromGazetteer: 0, fromTable: 0 });
    expect(records.map((r) => r.names)).toEqual([
      { prs: 'الفا', ur: 'الفا' },
      { prs: 'الفا', ur: 'الفا' },
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('adds the attested names over the derived ones', () => {
    const records: Array<Record<string, unknown>> = labels();
    addPlaceNames(records, [
      { id: 'gn-1', en: 'Alpha', lang: 'prs', name: 'آلفا', ...source },
      { id: 'gn-4', en: 'Beta', lang: 'ps', name: 'بېټا', ...source },
    ]);
    expect(records[1]!.names).toEqual({ prs: 'آلفا', ur: 'الفا' });
    expect(records[4]!.names).toEqual({ ps: 'بېټا' });
  });

  it("puts the province's name over the gazetteer's for its seat, and the attested one over both", () => {
    const records: Array<Record<string, unknown>> = labels();
    const gazetteer = [
      { id: 'gn-1', en: 'Alpha', lang: 'prs', name: 'آلفه' },
      { id: 'gn-1', en: 'Alpha', lang: 'ps', name: 'آلفه' },
      { id: 'gn-2', en: 'Alpha', lang: 'ur', name: 'آلفہ' },
    ];
    const attested = [{ id: 'gn-1', en: 'Alpha', lang: 'ur', name: 'آلفا', ...source }];
    const counts = addPlaceNames(records, attested, gazetteer);
    expect(counts).toEqual({ fromProvince: 2, fromGazetteer: 3, fromTable: 1 });
    expect(records[1]!.names).toEqual({ prs: 'الفا', ps: 'آلفه', ur: 'آلفا' });
    expect(records[2]!.names).toEqual({ ur: 'آلفہ' });
    expect(() =>
      addPlaceNames(labels(), [], [{ id: 'gn-4', en: 'Gamma', lang: 'ps', name: 'ګاما' }]),
    ).toThrow(/gazetteer-names.csv: gn-4 is Beta, not Gamma/);
  });

  it('fails on a row whose label is gone or renamed', () => {
    expect(() =>
      addPlaceNames(labels(), [{ id: 'gn-9', en: 'Gamma', lang: 'ps', name: 'ګاما', ...source }]),
    ).toThrow(/no label gn-9/);
    expect(() =>
      addPlaceNames(labels(), [{ id: 'gn-4', en: 'Gamma', lang: 'ps', name: 'ګاما', ...source }]),
    ).toThrow(/gn-4 is Beta, not Gamma/);
  });
});
