// Place names in the map's other scripts (Pashto, Dari, Urdu) for the labels: the provinces' own from
// Natural Earth (already on the province labels), the same names for a province's seat that bears the
// province's English name, the gazetteer's (data/gazetteer-names.csv, Who's On First) and names
// attested one by one in data/place-names.csv (a source per name).

import { nameProblem, readNameTable } from './name-table.mjs';

const COLUMNS = ['id', 'en', 'lang', 'name', 'publisher', 'url'];

/**
 * Reads data/place-names.csv: one attested name a row.
 * @returns {{ id: string, en: string, lang: string, name: string, publisher: string, url: string }[]}
 */
export function parsePlaceNames(text) {
  return readNameTable(
    text,
    COLUMNS,
    'place-names.csv',
    (row) =>
      nameProblem(row) ??
      (!/^https?:\/\/\S+$/.test(row.url)
        ? 'every name needs the http(s) address of the page it was read on'
        : !row.publisher
          ? 'no publisher'
          : null),
  );
}

/**
 * Adds the names in other scripts to label records (before they become Features), in place:
 * 1. the gazetteer's names of the town;
 * 2. over them, a capital or province seat (GeoNames PPLA) whose English name is its province's takes
 *    the province's Natural Earth names (Ghazni in Ghazni, Kandahar in Kandahar), so the town and its
 *    province are written alike;
 * 3. the attested rows, which win over both. A row of either table whose label is missing, or whose
 *    English name is not the label's, is an error: the tables must follow the labels they name.
 * @returns {{ fromProvince: number, fromGazetteer: number, fromTable: number }} names each step gave
 */
export function addPlaceNames(labels, rows, gazetteer = []) {
  const byId = new Map(labels.map((label) => [label.id, label]));
  const apply = (table, file) => {
    for (const row of table) {
      const label = byId.get(row.id);
      if (!label) throw new Error(`${file}: no label ${row.id} (${row.en})`);
      if (label.name !== row.en) throw new Error(`${file}: ${row.id} is ${label.name}, not ${row.en}`);
      label.names = { ...label.names, [row.lang]: row.name };
    }
  };
  apply(gazetteer, 'gazetteer-names.csv');
  let fromProvince = 0;
  const provinces = labels.filter((label) => label.kind === 'province' && label.names);
  for (const town of labels) {
    if (town.kind !== 'capital' && town.seat !== 1) continue;
    const province = provinces.find((p) => p.name === town.name && p.country === town.country);
    if (!province) continue;
    town.names = { ...town.names, ...province.names };
    fromProvince += Object.keys(province.names).length;
  }
  apply(rows, 'place-names.csv');
  return { fromProvince, fromGazetteer: gazetteer.length, fromTable: rows.length };
}
