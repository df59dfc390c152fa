import { describe, expect, it } from 'vitest';
import { placeNameFor } from '../../../src/i18n/place-name.ts';

// Synthetic places: the spellings only need to differ per language.
const afghan = {
  name: 'Alphaville',
  country: 'AFG',
  names: { ps: 'الفاویل', prs: 'آلفاویل', ur: 'الفاویل۔' },
};
const pakistani = {
  name: 'Betatown',
  country: 'PAK',
  names: { ps: 'بېټاټاون', prs: 'بتاتاون', ur: 'بیٹاٹاؤن' },
};

describe('placeNameFor', () => {
  it("gives the reader's own language first", () => {
    expect(placeNameFor(afghan, 'ps')).toEqual({ text: 'الفاویل', lang: 'ps' });
    expect(placeNameFor(afghan, 'prs')).toEqual({ text: 'آلفاویل', lang: 'prs' });
    expect(placeNameFor(pakistani, 'ur')).toEqual({ text: 'بیٹاٹاؤن', lang: 'ur' });
  });

  it("falls back to an official language of the place's country, marked as that language", () => {
    const onlyUrdu = { ...pakistani, names: { ur: 'بیٹاٹاؤن' } };
    expect(placeNameFor(onlyUrdu, 'ps')).toEqual({ text: 'بیٹاٹاؤن', lang: 'ur' });
    expect(placeNameFor(onlyUrdu, 'prs')).toEqual({ text: 'بیٹاٹاؤن', lang: 'ur' });
    expect(placeNameFor({ ...afghan, names: { prs: 'آلفاویل' } }, 'ps')).toEqual({
      text: 'آلفاویل',
      lang: 'prs',
    });
    expect(placeNameFor({ ...afghan, names: { ps: 'الفاویل' } }, 'prs')).toEqual({
      text: 'الفاویل',
      lang: 'ps',
    });
  });

  it('gives Urdu readers Dari before Pashto for an Afghan place', () => {
    expect(placeNameFor({ ...afghan, names: { ps: 'الفاویل', prs: 'آلفاویل' } }, 'ur')).toEqual({
      text: 'آلفاویل',
      lang: 'prs',
    });
    expect(placeNameFor({ ...afghan, names: { ps: 'الفاویل' } }, 'ur')).toEqual({
      text: 'الفاویل',
      lang: 'ps',
    });
  });

  it("never takes a language that is not official in the place's country", () => {
    // A Pashto name of a Pakistani town is not Urdu; a Dari name of one is not Pashto.
    expect(placeNameFor({ ...pakistani, names: { ps: 'بېټاټاون' } }, 'ur')).toEqual({ text: 'Betatown' });
    expect(placeNameFor({ ...pakistani, names: { prs: 'بتاتاون' } }, 'ps')).toEqual({ text: 'Betatown' });
    // A place without a country (a crossing on the line) has no stand-in either.
    expect(placeNameFor({ name: 'Gammagate', names: { ps: 'ګاما' } }, 'prs')).toEqual({ text: 'Gammagate' });
  });

  it('gives the English name, unmarked, in English or where no name in the script exists', () => {
    expect(placeNameFor(afghan, undefined)).toEqual({ text: 'Alphaville' });
    expect(placeNameFor({ name: 'Deltaville', country: 'AFG' }, 'ps')).toEqual({ text: 'Deltaville' });
    expect(placeNameFor({ name: 'Deltaville', country: 'AFG', names: { ps: '' } }, 'ps')).toEqual({
      text: 'Deltaville',
    });
  });
});
