/** Sources of the editorial tables: their dates and the publisher named for each address. */

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/**
 * A source_dates entry → `{ date?, dateApprox? }`: `2025-10-19 (KUNA)` is a day; `undated (~2025-10-10)`
 * an estimated day; `undated (~Dec 2025)` or `undated (…, ~late Jan 2026)` an estimated month
 * (`2025-12`); `undated (2026; …)` an estimated year. Estimates carry `dateApprox`; a day range such
 * as 26/27 keeps its first day. Only a plain `undated` gives no date.
 */
export function parseSourceDate(text) {
  const exact = /^(\d{4}-\d{2}-\d{2})(\/\d{2})?\b/.exec(text);
  if (exact) return exact[2] ? { date: exact[1], dateApprox: true } : { date: exact[1] };
  if (!/^undated\b/.test(text)) return {};
  const day = /(\d{4}-\d{2}-\d{2})/.exec(text);
  if (day) return { date: day[1], dateApprox: true };
  // The note's first words date the page; later ones may date what it reports ("… of 30 Nov 2025").
  const year = /^undated \((\d{4})[;,)]/.exec(text);
  if (year) return { date: year[1], dateApprox: true };
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{4})\b/i.exec(text);
  if (month) {
    const number = String(MONTHS.indexOf(month[1].toLowerCase()) + 1).padStart(2, '0');
    return { date: `${month[2]}-${number}`, dateApprox: true };
  }
  return {};
}

const AGENCIES = { AA: 'Anadolu Agency' };

/** The agency or original outlet named in a source_dates note, e.g. `(AP)`, `(mirror of Dawn: …)`. */
function creditOf(note) {
  const inner = /\(([^)]*)\)/.exec(note)?.[1];
  const first = inner
    ?.split(/[,;:]/)[0]
    .trim()
    .replace(/ via aggregator$/, '');
  if (!first || /^(~|\d|undated|updated|cites|article)/.test(first)) return undefined;
  return AGENCIES[first] ?? first;
}

/**
 * `(url, note?) → { outlet, publisher }`: the outlet from data/publishers.json by host name (unknown
 * hosts are collected in `unknownHosts` and named by host), and the credited agency in brackets.
 */
export function makePublisher(names, unknownHosts) {
  return (url, note = '') => {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const outlet = names[host] ?? host;
    if (!(host in names)) unknownHosts.add(host);
    const credit = creditOf(note);
    return { outlet, publisher: credit && credit !== outlet ? `${outlet} (${credit})` : outlet };
  };
}
