/** Sources of the editorial tables: their dates and the publisher named for each address. */

/**
 * A source_dates entry: `2025-10-19 (KUNA)`, `undated (~2025-10-10)`, `undated (~Dec 2025)` …
 * Dates of undated pages are estimates (dateApprox); a day range such as 26/27 keeps its first day.
 */
export function parseSourceDate(text) {
  const exact = /^(\d{4}-\d{2}-\d{2})(\/\d{2})?\b/.exec(text);
  if (exact) return exact[2] ? { date: exact[1], dateApprox: true } : { date: exact[1] };
  const estimate = /^undated\b.*?(\d{4}-\d{2}-\d{2})/.exec(text);
  return estimate ? { date: estimate[1], dateApprox: true } : {};
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
