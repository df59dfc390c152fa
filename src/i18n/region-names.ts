/**
 * Names of the basemap's other countries (Iran, India, Tajikistan …) in the map's language, from the
 * CLDR data the runtime's `Intl.DisplayNames` carries (Unicode License). Afghanistan and Pakistan are
 * named by the catalogue instead (`country.AFG`, `country.PAK`). Pure: no state of its own.
 */
import { INTL_LOCALE, type Lang } from './languages.ts';

/** ISO 3166 alpha-3 → alpha-2, for the countries the basemap draws (scripts/geodata/names.mjs). */
const ALPHA2: Readonly<Record<string, string>> = {
  AFG: 'AF',
  ARE: 'AE',
  ARM: 'AM',
  AZE: 'AZ',
  BGD: 'BD',
  BGR: 'BG',
  BHR: 'BH',
  BTN: 'BT',
  CAF: 'CF',
  CHN: 'CN',
  CYP: 'CY',
  DJI: 'DJ',
  EGY: 'EG',
  ERI: 'ER',
  ETH: 'ET',
  GEO: 'GE',
  GRC: 'GR',
  IDN: 'ID',
  IND: 'IN',
  IRN: 'IR',
  IRQ: 'IQ',
  ISR: 'IL',
  JOR: 'JO',
  KAZ: 'KZ',
  KGZ: 'KG',
  KWT: 'KW',
  LBN: 'LB',
  LKA: 'LK',
  MDA: 'MD',
  MDV: 'MV',
  MMR: 'MM',
  MNG: 'MN',
  NPL: 'NP',
  OMN: 'OM',
  PAK: 'PK',
  PSE: 'PS',
  QAT: 'QA',
  ROU: 'RO',
  RUS: 'RU',
  SAU: 'SA',
  SDN: 'SD',
  SOM: 'SO',
  SSD: 'SS',
  SYR: 'SY',
  THA: 'TH',
  TJK: 'TJ',
  TKM: 'TM',
  TUR: 'TR',
  UKR: 'UA',
  UZB: 'UZ',
  YEM: 'YE',
};

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
  return (iso3) => {
    const code = ALPHA2[iso3];
    return code ? names.of(code) : undefined;
  };
}
