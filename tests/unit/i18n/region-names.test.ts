import { describe, expect, it } from 'vitest';
import { NAMES } from '../../../scripts/geodata/names.mjs';
import { alpha2, regionNames } from '../../../src/i18n/region-names.ts';

describe('regionNames', () => {
  it("names the basemap's countries from CLDR in Dari and Urdu", () => {
    const prs = regionNames('prs')!;
    const ur = regionNames('ur')!;
    expect([prs('IRN'), prs('TJK'), prs('IND')]).toEqual(['ایران', 'تاجکستان', 'هند']);
    expect([ur('IRN'), ur('TJK'), ur('IND')]).toEqual(['ایران', 'تاجکستان', 'بھارت']);
  });

  it("finds every basemap country's alpha-2 code", () => {
    // ISO 3166-1, alpha-3 then alpha-2, for every country of scripts/geodata/names.mjs.
    const iso = Object.fromEntries(
      'AFGAF AREAE ARMAM AZEAZ BGDBD BGRBG BHRBH BTNBT CAFCF CHNCN CYPCY DJIDJ EGYEG ERIER ETHET GEOGE GRCGR IDNID INDIN IRNIR IRQIQ ISRIL JORJO KAZKZ KGZKG KWTKW LBNLB LKALK MDAMD MDVMV MMRMM MNGMN NPLNP OMNOM PAKPK PSEPS QATQA ROURO RUSRU SAUSA SDNSD SOMSO SSDSS SYRSY THATH TJKTJ TKMTM TURTR UKRUA UZBUZ YEMYE'
        .split(' ')
        .map((c) => [c.slice(0, 3), c.slice(3)]),
    );
    expect(Object.keys(iso).sort()).toEqual(Object.keys(NAMES).sort());
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const iso3 of Object.keys(NAMES)) {
      expect(alpha2(iso3), iso3).toBe(iso[iso3]);
      expect(english.of(alpha2(iso3)), iso3).toBeDefined();
    }
  });

  it('gives nothing for English, or for a code it does not know', () => {
    expect(regionNames('en')).toBeNull();
    expect(regionNames('prs')!('XXX')).toBeUndefined();
    for (const odd of ['-99', '', 'A', 'afg']) expect(regionNames('prs')!(odd), odd).toBeUndefined();
  });
});
