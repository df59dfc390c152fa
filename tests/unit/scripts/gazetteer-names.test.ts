/** The gazetteer's names for the labels: how they are tidied, checked against the English name and read. */
import { describe, expect, it } from 'vitest';
import {
  formatGazetteerNames,
  gazetteerNames,
  latinSkeleton,
  parseGazetteerNames,
  parseGazetteerReview,
  scriptSkeleton,
  soundsLike,
  tidyGazetteerName,
  withoutReviewed,
} from '../../../scripts/geodata/gazetteer-names.mjs';

describe('tidyGazetteerName', () => {
  it('drops a disambiguating tail, direction marks and stray punctuation', () => {
    expect(tidyGazetteerName('رحیم‌یارخان، پاکستان', 'prs')).toEqual(['رحیم‌یارخان']);
    expect(tidyGazetteerName('\u200Eورګون\u200E,', 'ps')).toEqual(['ورګون']);
    expect(tidyGazetteerName('قلات (افغانستان)', 'ur')).toEqual(['قلات']);
    expect(tidyGazetteerName('دورٔ رباط', 'prs')).toEqual(['دور رباط']);
    expect(tidyGazetteerName('دهٔ نو', 'prs')).toEqual(['دهٔ نو']);
  });

  it('writes Arabic kāf always, and Arabic yā’ outside Pashto, in their Persian forms', () => {
    expect(tidyGazetteerName('لشكر گاه', 'prs')).toEqual(['لشکر گاه']);
    expect(tidyGazetteerName('انجيل', 'prs')).toEqual(['انجیل']);
    expect(tidyGazetteerName('سپين بولدك', 'ps')).toEqual(['سپين بولدک']);
  });

  it('offers the name without its generic words after the name itself', () => {
    expect(tidyGazetteerName('ميدان ښار ولسوالۍ', 'ps')).toEqual(['ميدان ښار ولسوالۍ', 'ميدان ښار', 'ميدان']);
    expect(tidyGazetteerName('ولسوالی پغمان', 'prs')).toEqual(['ولسوالی پغمان', 'پغمان']);
    expect(tidyGazetteerName('ناحیه دوکی', 'prs')).toEqual(['ناحیه دوکی', 'دوکی']);
    expect(tidyGazetteerName('ولسوالۍ', 'ps')).toEqual(['ولسوالۍ']);
  });

  it('gives nothing for a name in another script', () => {
    expect(tidyGazetteerName('Lashkar Gāh', 'ps')).toEqual([]);
    expect(tidyGazetteerName('چک TDA', 'ur')).toEqual([]);
    expect(tidyGazetteerName('، پاکستان', 'ur')).toEqual([]);
  });
});

describe('soundsLike', () => {
  it('compares consonant skeletons', () => {
    expect(latinSkeleton('Jalalabad')).toBe('JLPD');
    expect(scriptSkeleton('جلال آباد')).toBe('JLPD');
    expect(latinSkeleton('Hukumat-e Nad Ali')).toBe('NDL');
    expect(latinSkeleton('Dera Ghazi Khan')).toBe('DRGZKN');
  });

  it('lets the usual variation of spelling through', () => {
    for (const [english, name] of [
      ['Jalalabad', 'جلال آباد'],
      ['Zhob', 'ژوب'],
      ['Zhob', 'ږوب'],
      ['Peshawar', 'پېښور'],
      ['Quetta', 'کوټه'],
      ['Dera Ghazi Khan', 'ڈیرہ غازی خان'],
      ['Hukumat-e Nad Ali', 'نادعلي'],
      ['Maydanshakhr', 'ميدان ښار'],
      ['Risalpur Cantonment', 'رسالپور'],
    ]) {
      expect(soundsLike(english, name), `${english} ${name}`).toBe(true);
    }
  });

  it('stops another name for the place', () => {
    for (const [english, name] of [
      ['Sahiwal', 'مونٹگومیری'],
      ['Attock City', 'کیمپبل پور'],
      ['Shindand', 'سبزوار'],
      ['Fayzabad', 'باڈون'],
      ['Kafir Qala', 'اسلام قلعہ'],
      ['Maydanshakhr', 'ميدان ښار ولسوالۍ'],
      ['Tank', ''],
    ]) {
      expect(soundsLike(english, name), `${english} ${name}`).toBe(false);
    }
  });
});

describe('gazetteerNames', () => {
  const labels = [
    { id: 'gn-1', name: 'Zhob', source: 'GeoNames', sourceId: 1 },
    { id: 'gn-2', name: 'Sahiwal', source: 'GeoNames', sourceId: '2' },
    { id: 'gn-3', name: 'Karachi', source: 'GeoNames', sourceId: 3 },
    { id: 'ne-X', name: 'Zhob', source: 'Natural Earth', sourceId: 1 },
  ];
  const records = [
    { 'wof:id': 11, 'gn:geonameid': 1, 'name:pus_x_preferred': ['ږوب'], 'name:urd_x_preferred': ['ژوب'] },
    { 'wof:id': 12, 'wof:concordances': { 'gn:id': 2 }, 'name:urd_x_preferred': ['مونٹگومیری'] },
    {
      'wof:id': 13,
      'gn:geonameid': 3,
      'wof:placetype': 'neighbourhood',
      'name:urd_x_preferred': ['پی ای سی'],
    },
    { 'wof:id': 14, 'gn:geonameid': 3, 'wof:placetype': 'locality', 'name:urd_x_preferred': ['کراچی'] },
    { 'wof:id': 15, 'gn:geonameid': 3, 'mz:is_current': 0, 'name:pus_x_preferred': ['کراچۍ'] },
    { 'wof:id': 16, 'gn:geonameid': 3, 'name:fas_x_preferred': ['Karachi'] },
  ];

  it('keeps the form closest to the English name, the fuller on a tie', () => {
    const town = (id: number, name: string) => ({ id: `gn-${id}`, name, source: 'GeoNames', sourceId: id });
    const { rows } = gazetteerNames(
      [
        { 'wof:id': 21, 'gn:geonameid': 21, 'name:urd_x_preferred': ['استالف ضلع'] },
        { 'wof:id': 22, 'gn:geonameid': 22, 'name:pus_x_preferred': ['ميدان ښار ولسوالۍ'] },
      ],
      [town(21, 'Istalif'), town(22, 'Maydanshakhr')],
    );
    expect(rows.map((r) => r.name)).toEqual(['استالف', 'ميدان ښار']);
  });

  it("refuses a name spelled with another language's letters", () => {
    const { rows, refused } = gazetteerNames(
      [
        {
          'wof:id': 31,
          'gn:geonameid': 31,
          'name:pus_x_preferred': ['کلاچے'],
          'name:urd_x_preferred': ['کلاچی'],
        },
      ],
      [{ id: 'gn-31', name: 'Kulachi', source: 'GeoNames', sourceId: 31 }],
    );
    expect(rows.map((r) => `${r.lang} ${r.name}`)).toEqual(['ur کلاچی']);
    expect(refused.map((r) => `${r.lang}: ${r.why}`)).toEqual(['ps: name "کلاچے" has ے, not letters of ps']);
  });

  it("keeps a town's names that sound like it, from the town's own record, and says which it refused", () => {
    const { rows, refused } = gazetteerNames(records, labels);
    expect(rows).toEqual([
      { id: 'gn-1', en: 'Zhob', lang: 'ps', name: 'ږوب', wof: 11 },
      { id: 'gn-1', en: 'Zhob', lang: 'ur', name: 'ژوب', wof: 11 },
      { id: 'gn-3', en: 'Karachi', lang: 'ur', name: 'کراچی', wof: 14 },
    ]);
    expect(refused).toEqual([
      {
        id: 'gn-2',
        en: 'Sahiwal',
        lang: 'ur',
        raw: 'مونٹگومیری',
        why: 'does not sound like the English name',
      },
      { id: 'gn-3', en: 'Karachi', lang: 'prs', raw: 'Karachi', why: 'not in Arabic script' },
    ]);
  });
});

describe('data/gazetteer-names.csv', () => {
  it('reads what it writes', () => {
    const rows = [{ id: 'gn-1', en: 'Zhob', lang: 'ps', name: 'ږوب', wof: 11 }];
    expect(parseGazetteerNames(formatGazetteerNames(rows))).toEqual(rows);
  });

  it('refuses a row in another script or language, without an id, or with a stray comma', () => {
    const csv = (line: string) => `id,en,lang,name,wof\n${line}\n`;
    expect(() => parseGazetteerNames('id,name\n')).toThrow(/header/);
    expect(() => parseGazetteerNames(csv('gn-1,Zhob,ps,Zhob,11'))).toThrow(/Arabic script/);
    expect(() => parseGazetteerNames(csv('gn-1,Zhob,de,ژوب,11'))).toThrow(/not ps, prs or ur/);
    expect(() => parseGazetteerNames(csv('gn-1,Tank,prs,ټانک,11'))).toThrow(/has ټ, not letters of prs/);
    expect(() => parseGazetteerNames(csv('gn-1,Tank,ur,ټانک,11'))).toThrow(/has ټ, not letters of ur/);
    expect(() => parseGazetteerNames(csv('gn-1,Tank,ps,ٹانک,11'))).toThrow(/has ٹ, not letters of ps/);
    expect(() => parseGazetteerNames(csv('gn-1,Zhob,ps,ژوب,'))).toThrow(/Who's On First id/);
    expect(() => parseGazetteerNames(csv('gn-1,Zhob, Balochistan,ps,ژوب,11'))).toThrow(/6 fields/);
  });
});

describe('data/gazetteer-review.csv', () => {
  const rows = [
    { id: 'gn-1', en: 'Tangi', lang: 'ur', name: 'ٹانگی', wof: 1 },
    { id: 'gn-1', en: 'Tangi', lang: 'prs', name: 'تنگی', wof: 1 },
  ];
  const review = (line: string) => `# a note\nid,en,lang,name,why\n${line}\n`;

  it('leaves off the names refused on review, and only those', () => {
    const refused = parseGazetteerReview(review('gn-1,Tangi,ur,ٹانگی,a transliteration'));
    expect(withoutReviewed(rows, refused)).toEqual([rows[1]]);
  });

  it('fails when the gazetteer no longer gives a refused name, or a row has no reason', () => {
    expect(() => withoutReviewed(rows, parseGazetteerReview(review('gn-1,Tangi,ur,تنگی,wrong')))).toThrow(
      /no longer gives gn-1 \(Tangi\) ur "تنگی"/,
    );
    expect(() => parseGazetteerReview(review('gn-1,Tangi,ur,ٹانگی,'))).toThrow(
      /row 3 \(Tangi\): no reason given/,
    );
    expect(() => parseGazetteerReview('id,name\n')).toThrow(/header/);
  });
});
