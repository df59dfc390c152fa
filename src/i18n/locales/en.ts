/**
 * English: the source of truth of every interface string. Keys are `piece.what`; the other locales
 * must have exactly these keys (the type `Catalogue` derives from this object, and a unit test
 * compares the key sets). A function gets a `Format` first (digits, plurals, lists of its language)
 * and then its arguments. Strings are text, never markup: they reach the DOM as Lit text bindings.
 *
 * Keep them short: legend rows and buttons have little room, and translations tend to be longer.
 */
import type { Format, Message } from '../format.ts';

type Side = 'AFG' | 'PAK';

export const en = {
  // <frontier-map>: defaults of `heading` and `label`, the heading's window line, the legend box.
  'map.heading': 'Afghanistan–Pakistan frontier: the October 2025 conflict and after',
  'map.label': 'Map of the Afghanistan–Pakistan frontier',
  'map.events': (_f: Format, span: string) => `Events ${span}`,
  'map.from': (_f: Format, date: string) => `from ${date}`,
  'map.until': (_f: Format, date: string) => `until ${date}`,
  'legend.title': 'Legend',
  'legend.uncertainty': 'Area where the event may have been (location uncertain)',

  // Legend rows (also the embed builder's layer choices) and the frontier line's label on the map.
  'layer.frontier': 'Durand Line (de facto border)',
  'layer.strikes': 'Air strikes',
  'layer.attacks': 'Ground attacks and clashes',
  'layer.militancy': 'Militant attacks',
  'layer.posts': 'Military posts attacked',
  'layer.crossings': 'Border crossings',
  'layer.venues': 'Talks, ceasefires and venues',
  'layer.statements': 'Official statements',
  'layer.buffers': 'Distance bands along the frontier',
  'frontier.caption': 'Durand Line — de facto border, not recognised by Afghanistan',
  'legend.frontierNote': (
    f: Format,
    lengthKm: number,
    _points: number,
    _toleranceDeg: number,
    fullKm: number,
  ) =>
    `${f.number(lengthKm)} km as drawn from OpenStreetMap boundaries; ${f.number(fullKm)} km at full detail.`,
  'legend.ownFrontierNote': (f: Format, lengthKm: number, name: string) =>
    `${f.number(lengthKm)} km as drawn (${name}).`,
  /** `cited`: items from `legend.pressFigure`. */
  'legend.pressNote': (f: Format, cited: readonly string[]) => `The press cites ${f.list(cited)}.`,
  'legend.pressFigure': (f: Format, km: number, outlets: readonly string[]) =>
    `${f.number(km)} km (${outlets.join(', ')})`,

  // Kinds: panel header, event list, marker names, timeline titles.
  'kind.air_strike': 'Air strike',
  'kind.ground_attack': 'Ground attack',
  'kind.clash': 'Clash',
  'kind.militant_attack': 'Militant attack',
  'kind.crossing_closure': 'Crossing closure',
  'kind.ceasefire': 'Ceasefire',
  'kind.talks': 'Talks',
  'kind.statement': 'Statement',
  'kind.military_post': 'Military post',
  'kind.crossing': 'Border crossing',
  'kind.venue': 'Talks venue',
  'kind.capital': 'Capital',

  // The band table under the legend.
  'band.caption': (_f: Format, lineName: string) => `Events by distance from ${lineName}`,
  'band.durandLine': 'the Durand Line',
  'band.band': 'Band',
  'band.afghanSide': 'Afghan side',
  'band.pakistaniSide': 'Pakistani side',
  'band.events': 'Events',
  'band.range': (f: Format, fromKm: number, toKm: number) => `${f.number(fromKm)}–${f.number(toKm)} km`,
  'band.farther': 'farther',
  'band.kindCount': (f: Format, kind: string, count: number) => `${kind} ${f.number(count)}`,

  // The details panel of a feature.
  'legend.notes': 'Notes',
  'legend.counts': (f: Format, events: number, sites: number) =>
    `${f.plural(events, { one: '1 event', other: '# events' })} · ${f.plural(sites, { one: '1 site', other: '# sites' })}`,
  'list.loading': 'loading…',
  'list.count': (f: Format, count: number) => f.plural(count, { one: '1 event', other: '# events' }),
  'timeline.loading': 'Loading events…',
  'panel.expand': 'Show all details',
  'panel.collapse': 'Show fewer details',
  'panel.close': 'Close details',
  'panel.place': 'Place',
  'panel.location': 'Location',
  'panel.within': (f: Format, km: number) =>
    `, within about ${f.number(km, { maximumFractionDigits: 1 })} km`,
  'panel.frontier': 'Frontier',
  'panel.capitals': 'Capitals',
  'panel.actor': 'Actor',
  'panel.claims': 'Claims',
  'panel.sources': 'Sources',
  'precision.exact': 'exact site',
  'precision.town': 'located to a town',
  'precision.district': 'located to a district',
  'precision.province': 'located to a province',
  'precision.multi_site': 'several sites (summary)',
  'precision.uncertainty': 'Uncertainty',
  /** Attribution of a claim: who says it. Never drop it: a claim is not a fact. */
  'claim.says': (_f: Format, by: string) => `${by} says`,
  'claim.accordingTo': (_f: Format, by: string) => `according to ${by}`,

  // Distances from the frontier and to the capitals.
  'distance.onFrontier': 'on the frontier',
  'distance.fromFrontier': (f: Format, km: number) => `≈ ${f.km(km)} km from the frontier`,
  'distance.inside': (f: Format, km: number, side: Side) =>
    `≈ ${f.km(km)} km inside ${side === 'AFG' ? 'Afghanistan' : 'Pakistan'}`,
  'distance.capitals': (f: Format, kabulKm: number, islamabadKm: number) =>
    `≈ ${f.number(kabulKm)} km to Kabul, ≈ ${f.number(islamabadKm)} km to Islamabad (great circle)`,
  'country.AFG': 'Afghanistan',
  'country.PAK': 'Pakistan',

  // <frontier-timeline>: controls, the summary line, slider names, SVG titles.
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.zoomToWindow': 'Zoom to window',
  'timeline.zoomShort': 'Zoom',
  'timeline.allDates': 'All dates',
  'timeline.allShort': 'All',
  'timeline.start': 'Start of time window',
  'timeline.end': 'End of time window',
  'timeline.eventCount': (f: Format, count: number) => f.plural(count, { one: '1 event', other: '# events' }),
  'timeline.keyCeasefire': 'ceasefire',
  'timeline.keyTalks': 'talks',
  'timeline.empty': 'No dated events to show on a timeline.',
  /** "11 Oct 2025: 9 events (8 ground attacks and clashes, 1 air strike)"; `parts` from `timeline.layerCount`. */
  'timeline.dayTitle': (f: Format, date: string, total: number, parts: readonly string[]) =>
    `${date}: ${f.plural(total, { one: '1 event', other: '# events' })} (${parts.join(', ')})`,
  'timeline.layerCount': (f: Format, layer: string, count: number) =>
    `${f.number(count)} ${layer.toLowerCase()}`,
  'timeline.marker': (_f: Format, kind: string, title: string, span: string) => `${kind}: ${title} (${span})`,
  'timeline.markerGroup': (
    f: Format,
    kind: 'ceasefire' | 'talks',
    count: number,
    span: string,
    titles: readonly string[],
    more: number,
  ) =>
    `${f.number(count)} ${kind === 'ceasefire' ? 'ceasefires' : 'talks'}, ${span}: ${titles.join('; ')}` +
    (more > 0 ? `; and ${f.number(more)} more` : ''),

  // <frontier-event-list>.
  'list.caption': 'Events shown on the map',
  'list.date': 'Date',
  'list.event': 'Event',
  'list.toFrontier': 'To frontier',
  'list.distanceTitle': 'Distance to the Durand Line; AF = Afghan side, PK = Pakistani side',
  'list.distance': (f: Format, km: number, side: Side | null) =>
    `${f.km(km)} km${side ? ` ${side === 'AFG' ? 'AF' : 'PK'}` : ''}`,

  // Notices and loading status.
  'notices.label': 'Problems with the map data',
  'notices.count': (f: Format, count: number) =>
    f.plural(count, { one: '1 problem with the map data', other: '# problems with the map data' }),
  'notices.dismiss': 'Dismiss',
  'notices.more': (f: Format, count: number) => `… and ${f.number(count)} more`,
  'loading.label': 'Loading',
  'loading.layer': (_f: Format, name: string) => `Loading ${name}…`,
  'loading.layerDetail': (_f: Format, name: string, detail: string) => `Loading ${name}: ${detail}`,
  'loading.parsing': (f: Format, megabytes: number) =>
    `parsing ${f.number(megabytes, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB…`,
  'loading.validating': (f: Format, count: number | null) =>
    count === null ? 'validating…' : `validating ${f.number(count)} features…`,
  'loading.clustering': (f: Format, count: number) => `Clustering ${f.number(count)} points…`,
  'layer.untitled': 'Untitled layer',

  // Map controls, the measure tool, gesture hints, markers and clusters.
  'control.fitFrontier': 'Fit the frontier',
  'control.fitStory': 'Show the whole story, with the talk venues',
  'control.fullscreen': 'Full screen',
  'control.measure': 'Measure a distance',
  'control.zoomIn': 'Zoom in',
  'control.zoomOut': 'Zoom out',
  'stack.label': (f: Format, count: number) => `${f.number(count)} events here: open to choose one`,
  'measure.start': 'Click points on the map; Escape ends.',
  'measure.next': (f: Format, points: number) =>
    f.plural(points, {
      one: '1 point: click the next one; Escape ends.',
      other: '# points: click the next one; Escape ends.',
    }),
  'measure.total': (f: Format, km: string, miles: string, legs: number) =>
    `${km} km (${miles} mi) over ${f.plural(legs, { one: '1 leg', other: '# legs' })}`,
  'gesture.ctrlZoom': 'Use Ctrl + scroll to zoom the map',
  'gesture.cmdZoom': 'Use ⌘ + scroll to zoom the map',
  'gesture.twoFingers': 'Use two fingers to move the map',
  'marker.label': (_f: Format, kind: string, title: string, date: string | undefined) =>
    `${kind}: ${title}${date ? `, ${date}` : ''}`,
  /** `parts` from `band.kindCount` with layer names. */

  // Print sheet and static pictures.
  'print.sourcesLabel': 'Sources of the features shown',
  'print.sources': 'Sources',
  'print.sourcesNone': 'No sourced feature lies inside the map.',
  'print.sourcesHeading': (f: Format, count: number) => `Sources of what the map shows (${f.number(count)})`,
  'print.dataAsOf': (_f: Format, date: string) => `Data as of ${date}`,
  'print.eventLicence': 'Event data: frontier-map contributors, CC BY 4.0',
  'print.placeNames': 'Place names: GeoNames, CC BY 4.0',
  'print.farOff': 'Beyond the map',
  /** `direction`: N, NE, E, SE, S, SW, W or NW, from the map's centre. */
  'print.farPlace': (f: Format, name: string, km: number, direction: string) =>
    `${name}: ${f.number(km)} km ${direction}`,
  'print.locator': 'Where the map lies in the region',

  // The viewer page (index.html, viewer.ts).
  'app.title': 'The Afghanistan–Pakistan frontier',
  'app.subtitle':
    'Strikes, attacks, closed crossings and talks along the Durand Line, October 2025 – April 2026',
  'app.downloadPng': 'Download PNG',
  'app.noPng': (_f: Format, reason: string) => `No PNG: ${reason}`,
  'app.embedLink': 'Embed this map',
  'app.examples': 'Examples',
  'app.context': 'Context',
  'app.dataAndSources': 'Data and sources',
  'app.listCaption': 'Events in the time window',
  'app.download': (_f: Format, features: string) => `Download the ${features} shown:`,
  'app.featureCount': (f: Format, count: number) =>
    f.plural(count, { one: '1 feature', other: '# features' }),
  'app.frontierStance':
    'The Durand Line is shown as the de facto border; Afghanistan has never recognised it.',
  'app.claimsNote': 'Every casualty figure here is a claim by the party named, not a verified count.',
  'app.pageTitle': 'Afghanistan–Pakistan frontier: conflict map',
  'app.language': 'Language',
  'app.skipLinks': 'Skip links',
  'app.skipMap': 'Skip to the map',
  'app.skipTimeline': 'Skip to the timeline',
  'app.skipList': 'Skip to the list of events',
  /** What a download holds, counted as the legend counts. */
  'app.eventsAndSites': (f: Format, events: number, sites: number) =>
    `${f.plural(events, { one: '1 event', other: '# events' })} and ${f.plural(sites, { one: '1 site', other: '# sites' })}`,
  'app.englishOnly': 'In English only:',
  'app.mapPageTitle': 'Afghanistan–Pakistan frontier: map',
  'app.dataAsOf': 'Data as of',
  'app.mapSources':
    'Sources: public reporting (each event links its reports); boundaries © OpenStreetMap contributors',
  'app.openFullMap': 'Open the full map',

  // The embed builder (embed.html, embed-builder.ts).
  'builder.title': 'Embed this map',
  'builder.subtitle': 'Pick the size, view, layers and time window; copy the snippet into your page.',
  'builder.back': 'Back to the map',
  'builder.form': 'Embed options',
  'builder.size': 'Size',
  'builder.width': 'Width',
  'builder.height': 'Height (px)',
  'builder.view': 'View',
  'builder.keepView': 'Use the view of the preview (pan and zoom it)',
  'builder.layers': 'Layers',
  'builder.timeWindow': 'Time window',
  'builder.from': 'From',
  'builder.to': 'To',
  'builder.options': 'Options',
  'builder.static': 'Static picture (no controls or interaction)',
  'builder.list': 'Event list under the map',
  'builder.heading': 'Heading',
  'builder.headingPlaceholder': 'Shown in print and snapshots',
  'builder.snippet': 'Snippet',
  'builder.modeElement': 'Script and element',
  'builder.preview': 'Preview',
  'builder.yourSnippet': 'Your snippet',
  'builder.copy': 'Copy snippet',
  'builder.copied': 'Copied.',
  'builder.selected': 'Selected: press Ctrl+C (⌘C) to copy.',
  'builder.readout': (f: Format, lat: number, lng: number, zoom: number) =>
    `centre ${f.number(lat, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}, ` +
    `${f.number(lng, { minimumFractionDigits: 3, maximumFractionDigits: 3 })} · zoom ${f.number(zoom, { maximumFractionDigits: 2 })}`,
  'builder.iframeTitle': 'Map of the Afghanistan–Pakistan frontier',
  'builder.pageTitle': 'Embed this map — frontier-map',
  'builder.modeMapPage': 'iframe: the map alone (title, map, source line)',
  'builder.modeViewer': 'iframe: the whole viewer page',
} satisfies Record<string, Message>;
