/** The press figures of data/facts.md, shipped as geodata/facts.json. */

const pad = (n) => String(n).padStart(2, '0');
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const count = (text) => (text ? Number(text.replace(/,/g, '')) : undefined);

/** The frontier-length table of facts.md §1 → [{ km, miles?, who, url, date? }]. */
export function lengthFigures(markdown) {
  const section = /^## 1\.[^\n]*\n([\s\S]*?)(?=^## )/m.exec(markdown)?.[1] ?? '';
  const rows = section.split('\n').filter((line) => /^\|.*https?:/.test(line));
  if (rows.length === 0) throw new Error('facts.md: no frontier-length table found in section 1');
  return rows.map((line) => {
    const [figure, who, source] = line
      .split('|')
      .slice(1, 4)
      .map((cell) => cell.trim());
    const miles = count(/([\d,]+)[\s-]*miles?\b/.exec(figure)?.[1]);
    const stated = count(/([\d,]+)\s*km/.exec(figure)?.[1]);
    // Some outlets give miles only; the UI compares kilometres, so convert and say so.
    const km = stated ?? Math.round(miles * 1.609344);
    if (!Number.isFinite(km)) throw new Error(`facts.md: no length in "${figure}"`);
    const when = /\(([^()]*)\)\s*$/.exec(source)?.[1] ?? '';
    const approx = when.includes('~');
    const iso = /(\d{4}-\d{2}-\d{2})/.exec(when)?.[1];
    const month = /([A-Z][a-z]{2}) (\d{4})/.exec(when);
    const date =
      iso ?? (month ? `${month[2]}-${pad(MONTHS.indexOf(month[1].toLowerCase()) + 1)}` : undefined);
    const name = who.replace(/\s*\("[^"]*"\)/g, '');
    return {
      km,
      ...(miles ? { miles } : {}),
      ...(stated ? {} : { kmFromMiles: true }),
      ...(/more than|\+/.test(figure) ? { qualifier: 'more than' } : {}),
      who: name[0].toUpperCase() + name.slice(1),
      url: /https?:\/\/\S+/.exec(source)[0],
      ...(date ? { date } : {}),
      ...(date && approx ? { dateApprox: true } : {}),
    };
  });
}

/**
 * "Data as of": the latest day on which a source of the data was published (month- and year-only
 * dates of undated pages are left out: they say too little). Null when no source has a day.
 */
export function dataAsOf(features) {
  let latest = null;
  for (const feature of features) {
    for (const { date } of feature.properties.sources ?? []) {
      if (date?.length === 10 && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}
