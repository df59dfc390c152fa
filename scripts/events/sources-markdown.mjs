/** geodata/SOURCES.md: counts of the built layers and of the publishers they cite. */

/** Code-unit order, not locale order: the output must not depend on the machine. */
export const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** SOURCES.md: the hand-written template with the counted tables filled in. */
export function sourcesMarkdown(template, files, outletsOf, dataAsOf) {
  const events = files.events;
  const sites = [...files.posts, ...files.crossings, ...files.venues];
  const tally = new Map();
  const add = (features, column) => {
    for (const feature of features) {
      for (const outlet of new Set(outletsOf(feature))) {
        const row = tally.get(outlet) ?? { outlet, events: 0, sites: 0 };
        row[column]++;
        tally.set(outlet, row);
      }
    }
  };
  add(events, 'events');
  add(sites, 'sites');
  const byUse = (a, b) => b.events - a.events || b.sites - a.sites || compare(a.outlet, b.outlet);
  const publishers = [...tally.values()]
    .sort(byUse)
    .map((row) => `| ${row.outlet} | ${row.events || ''} | ${row.sites || ''} |`);
  const layerRows = Object.entries(files).map(([name, features]) => {
    const kinds = {};
    for (const { properties } of features) {
      const kind = properties.kind ?? 'label';
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    const detail = Object.entries(kinds)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    return `| \`${name}.geojson\` | ${features.length} | ${detail} |`;
  });
  const urls = new Set([...events, ...sites].flatMap((f) => f.properties.sources.map((s) => s.url)));
  const values = {
    EVENT_COUNT: events.length,
    DATA_AS_OF: dataAsOf,
    SITE_COUNT: sites.length,
    URL_COUNT: urls.size,
    PUBLISHER_COUNT: tally.size,
    FIRST_DATE: events[0].properties.date,
    LAST_DATE: events.at(-1).properties.dateEnd ?? events.at(-1).properties.date,
    LAYER_TABLE: ['| file | features | kinds |', '|---|---:|---|', ...layerRows].join('\n'),
    PUBLISHER_TABLE: ['| publisher | events | sites |', '|---|---:|---:|', ...publishers].join('\n'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`SOURCES template: unknown placeholder ${whole}`);
    return String(values[key]);
  });
}
