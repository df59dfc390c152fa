/**
 * Names of the basemap's other countries (Iran, India, Tajikistan …) in the map's language, from the
 * CLDR data the runtime's `Intl.DisplayNames` carries (Unicode License). Afghanistan and Pakistan are
 * named by the catalogue instead (`country.AFG`, `country.PAK`). Pure: no state of its own.
 */
import { INTL_LOCALE, type Lang } from './languages.ts';

/**
 * ISO 3166 alpha-2 codes of the countries the basemap draws (scripts/geodata/names.mjs) where they
 * are not the alpha-3 code's first two letters; every other one is (AFG → AF, IRN → IR). The unit
 * test checks all of the basemap's countries.
 */
const ALPHA2_OTHERWISE: Readonly<Record<string, string>> = {
  ARE: 'AE',
  ARM: 'AM',
  BGD: 'BD',
  CAF: 'CF',
  CHN: 'CN',
  IRQ: 'IQ',
  ISR: 'IL',
  KAZ: 'KZ',
  MDV: 'MV',
  PAK: 'PK',
  TKM: 'TM',
  TUR: 'TR',
  UKR: 'UA',
};

/** The alpha-2 code of a basemap country's alpha-3 code. */
export const alpha2 = (iso3: string): string => ALPHA2_OTHERWISE[iso3] ?? iso3.slice(0, 2);

/**
 * A function naming countries by alpha-3 code in `lang`, or null when the runtime has no region
 * names for the language (Chromium has no Pashto locale data: its names would be English).
 *
 * @example
 * regionNames('prs')?.('TJK'); // 'تاجکستان'
 */
export function regionNames(lang: Lang): ((iso3: string) => string | undefined) | null {
  const locale = INTL_LOCALE[lang];
  if (lang === 'en' || Intl.DisplayNames.supportedLocalesOf([locale]).length === 0) return null;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  // `of` throws on a code that is not two letters: an id such as Natural Earth's "-99" names nothing.
  return (iso3) => (/^[A-Z]{3}$/.test(iso3) ? names.of(alpha2(iso3)) : undefined);
}
