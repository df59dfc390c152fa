import { describe, expect, it } from 'vitest';
import { regionNames } from '../../../src/i18n/region-names.ts';

describe('regionNames', () => {
  it("names the basemap's countries from CLDR in Dari and Urdu", () => {
    const prs = regionNames('prs')!;
    const ur = regionNames('ur')!;
    expect([prs('IRN'), prs('TJK'), prs('IND')]).toEqual(['ایران', 'تاجکستان', 'هند']);
    expect([ur('IRN'), ur('TJK'), ur('IND')]).toEqual(['ایران', 'تاجکستان', 'بھارت']);
  });

  it('gives nothing for English, or for a code it does not know', () => {
    expect(regionNames('en')).toBeNull();
    expect(regionNames('prs')!('XXX')).toBeUndefined();
  });
});
