/**
 * Pashto (Afghan standard written Pashto, `ps`). The border is "پوله", as Azadi Radio and BBC Pashto
 * write it; the Durand Line is "د ډیورنډ کرښه", neither "فرضي" (Kabul's word) nor "نړیواله" (Islamabad's).
 * Terms and their sources: ../GLOSSARY.md. Needs native-speaker review (../README.md).
 */
import type { Format } from '../format.ts';
import type { Translation } from '../message.ts';

type Side = 'AFG' | 'PAK';

export const ps = {
  'map.heading': 'د افغانستان او پاکستان پوله: د ۲۰۲۵ د اکتوبر جګړه او وروسته',
  'map.label': 'د افغانستان او پاکستان د پولې نقشه',
  'map.events': (_f: Format, span: string) => `پېښې: ${span}`,
  'map.from': (_f: Format, date: string) => `له ${date} راهیسې`,
  'map.until': (_f: Format, date: string) => `تر ${date} پورې`,
  'legend.title': 'لارښود',
  'legend.uncertainty': 'هغه سیمه چې پېښه ښايي پکې شوې وي (ځای یې ناڅرګند دی)',

  'layer.frontier': 'د ډیورنډ کرښه (عملي پوله)',
  'layer.strikes': 'هوايي بریدونه',
  'layer.attacks': 'ځمکني بریدونه او نښتې',
  'layer.militancy': 'د وسله والو بریدونه',
  'layer.posts': 'پوځي پوستې چې برید پرې شوی',
  'layer.crossings': 'سرحدي لارې',
  'layer.venues': 'خبرې اترې، اوربندونه او ځایونه',
  'layer.statements': 'رسمي اعلامیې',
  'layer.buffers': 'د پولې په اوږدو کې د واټن پټې',
  'frontier.caption': 'د ډیورنډ کرښه — عملي پوله؛ افغانستان یې په رسمیت نه پېژني',
  'legend.frontierNote': (
    f: Format,
    lengthKm: number,
    _points: number,
    _toleranceDeg: number,
    fullKm: number,
  ) =>
    `${f.number(lengthKm)} کیلومتره لکه څنګه چې انځور شوې: د OpenStreetMap پولې؛ په بشپړ تفصیل ${f.number(fullKm)} کیلومتره.`,
  'legend.ownFrontierNote': (f: Format, lengthKm: number, name: string) =>
    `${f.number(lengthKm)} کیلومتره لکه څنګه چې انځور شوې (${name}).`,
  'legend.pressNote': (f: Format, cited: readonly string[]) => `رسنۍ دا شمېرې یادوي: ${f.list(cited)}.`,
  'legend.pressFigure': (f: Format, km: number, outlets: readonly string[]) =>
    `${f.number(km)} کیلومتره (${outlets.join('، ')})`,

  'kind.air_strike': 'هوايي برید',
  'kind.ground_attack': 'ځمکنی برید',
  'kind.clash': 'نښته',
  'kind.militant_attack': 'د وسله والو برید',
  'kind.crossing_closure': 'د لارې تړل',
  'kind.ceasefire': 'اوربند',
  'kind.talks': 'خبرې اترې',
  'kind.statement': 'اعلامیه',
  'kind.military_post': 'پوځي پوسته',
  'kind.crossing': 'سرحدي لار',
  'kind.venue': 'د خبرو ځای',
  'kind.capital': 'پلازمېنه',

  'band.caption': (_f: Format, lineName: string) => `پېښې د ${lineName} له واټن سره سم`,
  'band.durandLine': 'ډیورنډ کرښې',
  'band.band': 'پټه',
  'band.afghanSide': 'افغان لوری',
  'band.pakistaniSide': 'پاکستاني لوری',
  'band.events': 'پېښې',
  'band.range': (f: Format, fromKm: number, toKm: number) => `${f.number(fromKm)}–${f.number(toKm)} کیلومتره`,
  'band.farther': 'لرې',
  'band.kindCount': (f: Format, kind: string, count: number) => `${kind} ${f.number(count)}`,

  'legend.notes': 'یادښتونه',
  'legend.counts': (f: Format, events: number, sites: number) =>
    `${f.plural(events, { one: '# پېښه', other: '# پېښې' })} · ${f.plural(sites, { one: '# ځای', other: '# ځایونه' })}`,
  'list.loading': 'پورته کېږي…',
  'list.count': (f: Format, count: number) => f.plural(count, { one: '# پېښه', other: '# پېښې' }),
  'timeline.loading': 'پېښې پورته کېږي…',
  'panel.expand': 'ټول جزئیات وښایئ',
  'panel.collapse': 'لږ جزئیات وښایئ',
  'panel.close': 'جزئیات وتړئ',
  'panel.place': 'ځای',
  'panel.location': 'موقعیت',
  'panel.within': (f: Format, km: number) =>
    `، شاوخوا ${f.number(km, { maximumFractionDigits: 1 })} کیلومتره دننه`,
  'panel.frontier': 'پوله',
  'panel.capitals': 'پلازمېنې',
  'panel.actor': 'کړندوی',
  'panel.claims': 'ادعاوې',
  'panel.sources': 'سرچینې',
  'precision.exact': 'دقیق ځای',
  'precision.town': 'تر ښار پورې معلوم',
  'precision.district': 'تر ولسوالۍ پورې معلوم',
  'precision.province': 'تر ولایت پورې معلوم',
  'precision.multi_site': 'څو ځایونه (لنډیز)',
  'precision.uncertainty': 'ناډاډمنتیا',
  'claim.says': (_f: Format, by: string) => `${by} وايي`,
  'claim.accordingTo': (_f: Format, by: string) => `د ${by} په وینا`,

  'distance.onFrontier': 'پر پوله',
  'distance.fromFrontier': (f: Format, km: number) => `له پولې ≈ ${f.km(km)} کیلومتره`,
  'distance.inside': (f: Format, km: number, side: Side) =>
    `≈ ${f.km(km)} کیلومتره ${side === 'AFG' ? 'افغانستان' : 'پاکستان'} ته دننه`,
  'distance.capitals': (f: Format, kabulKm: number, islamabadKm: number) =>
    `کابل ته ≈ ${f.number(kabulKm)} کیلومتره، اسلام اباد ته ≈ ${f.number(islamabadKm)} کیلومتره (لوی دایره)`,
  'country.AFG': 'افغانستان',
  'country.PAK': 'پاکستان',

  'timeline.play': 'پیل',
  'timeline.pause': 'درول',
  'timeline.zoomToWindow': 'موده لویه کړه',
  'timeline.zoomShort': 'لوی',
  'timeline.allDates': 'ټولې نېټې',
  'timeline.allShort': 'ټول',
  'timeline.start': 'د مودې پیل',
  'timeline.end': 'د مودې پای',
  'timeline.eventCount': (f: Format, count: number) => f.plural(count, { one: '# پېښه', other: '# پېښې' }),
  'timeline.keyCeasefire': 'اوربند',
  'timeline.keyTalks': 'خبرې اترې',
  'timeline.empty': 'د مهال کرښې لپاره نېټه لرونکې پېښه نشته.',
  'timeline.dayTitle': (f: Format, date: string, total: number, parts: readonly string[]) =>
    `${date}: ${f.plural(total, { one: '# پېښه', other: '# پېښې' })} (${parts.join('، ')})`,
  'timeline.layerCount': (f: Format, layer: string, count: number) => `${layer}: ${f.number(count)}`,
  'timeline.marker': (_f: Format, kind: string, title: string, span: string) => `${kind}: ${title} (${span})`,
  'timeline.markerGroup': (
    f: Format,
    kind: 'ceasefire' | 'talks',
    count: number,
    span: string,
    titles: readonly string[],
    more: number,
  ) =>
    `${f.number(count)} ${kind === 'ceasefire' ? 'اوربندونه' : 'د خبرو پړاوونه'}، ${span}: ${titles.join('؛ ')}` +
    (more > 0 ? `؛ او ${f.number(more)} نور` : ''),

  'list.caption': 'په نقشه ښودل شوې پېښې',
  'list.date': 'نېټه',
  'list.event': 'پېښه',
  'list.toFrontier': 'تر پولې',
  'list.distanceTitle': 'تر ډیورنډ کرښې واټن؛ اف = افغان لوری، پا = پاکستاني لوری',
  'list.distance': (f: Format, km: number, side: Side | null) =>
    `${f.km(km)} کیلومتره${side ? ` ${side === 'AFG' ? 'اف' : 'پا'}` : ''}`,

  'notices.label': 'د نقشې د معلوماتو ستونزې',
  'notices.count': (f: Format, count: number) =>
    f.plural(count, { one: 'د نقشې په معلوماتو کې # ستونزه', other: 'د نقشې په معلوماتو کې # ستونزې' }),
  'notices.dismiss': 'لرې کړه',
  'notices.more': (f: Format, count: number) => `… او ${f.number(count)} نورې`,
  'loading.label': 'پورته کېږي',
  'loading.layer': (_f: Format, name: string) => `${name} پورته کېږي…`,
  'loading.layerDetail': (_f: Format, name: string, detail: string) => `${name} پورته کېږي: ${detail}`,
  'loading.parsing': (f: Format, megabytes: number) =>
    `${f.number(megabytes, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} میګابایټه لوستل کېږي…`,
  'loading.validating': (f: Format, count: number | null) =>
    count === null ? 'کتل کېږي…' : `${f.number(count)} توکي کتل کېږي…`,
  'loading.clustering': (f: Format, count: number) => `${f.number(count)} ټکي ډلبندي کېږي…`,
  'layer.untitled': 'بې نومه پوړ',

  'control.fitFrontier': 'ټوله پوله وښایه',
  'control.fitStory': 'ټوله کیسه د خبرو له ځایونو سره وښایه',
  'control.fullscreen': 'بشپړه پرده',
  'control.measure': 'واټن اندازه کړه',
  'control.zoomIn': 'نږدې کول',
  'control.zoomOut': 'لرې کول',
  'stack.label': (f: Format, count: number) => `دلته ${f.number(count)} پېښې: د ټاکلو لپاره یې پرانیزئ`,
  'measure.start': 'پر نقشه ټکي وټاکئ؛ Escape یې پای ته رسوي.',
  'measure.next': (f: Format, points: number) =>
    f.plural(points, {
      one: '# ټکی: بل وټاکئ؛ Escape یې پای ته رسوي.',
      other: '# ټکي: بل وټاکئ؛ Escape یې پای ته رسوي.',
    }),
  'measure.total': (f: Format, km: string, miles: string, legs: number) =>
    `${km} کیلومتره (${miles} میله) په ${f.number(legs)} برخو کې`,
  'gesture.ctrlZoom': 'د نقشې د لویولو لپاره Ctrl او سکرول وکاروئ',
  'gesture.cmdZoom': 'د نقشې د لویولو لپاره ⌘ او سکرول وکاروئ',
  'gesture.twoFingers': 'د نقشې د خوځولو لپاره دوه ګوتې وکاروئ',
  'marker.label': (_f: Format, kind: string, title: string, date: string | undefined) =>
    `${kind}: ${title}${date ? `، ${date}` : ''}`,

  'print.sourcesLabel': 'د ښودل شویو توکو سرچینې',
  'print.sources': 'سرچینې',
  'print.sourcesNone': 'په نقشه کې سرچینه لرونکی توکی نشته.',
  'print.sourcesHeading': (f: Format, count: number) => `د هغه څه سرچینې چې نقشه یې ښيي (${f.number(count)})`,
  'print.dataAsOf': (_f: Format, date: string) => `معلومات تر ${date} پورې`,
  'print.eventLicence': 'د پېښو معلومات: د frontier-map همکاران، CC BY 4.0',
  'print.placeNames': "د ځایونو نومونه: GeoNames، Who's On First، CC BY 4.0",
  'print.farOff': 'له نقشې بهر',
  'print.farPlace': (f: Format, name: string, km: number, direction: string) => {
    const dir =
      (
        {
          N: 'شمال',
          NE: 'شمال ختیځ',
          E: 'ختیځ',
          SE: 'سویل ختیځ',
          S: 'سویل',
          SW: 'سویل لوېدیځ',
          W: 'لوېدیځ',
          NW: 'شمال لوېدیځ',
        } as Record<string, string>
      )[direction] ?? direction;
    return `${name}: ${f.number(km)} کیلومتره ${dir}`;
  },
  'print.locator': 'نقشه په سیمه کې چېرته ده',

  'app.title': 'د افغانستان او پاکستان پوله',
  'app.subtitle':
    'د ډیورنډ کرښې په اوږدو کې بریدونه، نښتې، تړل شوې لارې او خبرې اترې، اکتوبر ۲۰۲۵ – اپریل ۲۰۲۶',
  'app.downloadPng': 'PNG ښکته کړه',
  'app.noPng': (_f: Format, reason: string) => `PNG جوړ نه شو: ${reason}`,
  'app.embedLink': 'دا نقشه خپله پاڼه کې ځای کړئ',
  'app.examples': 'بېلګې',
  'app.context': 'شالید',
  'app.dataAndSources': 'معلومات او سرچینې',
  'app.listCaption': 'د ټاکلې مودې پېښې',
  'app.download': (_f: Format, features: string) => `ښودل شوي ${features} ښکته کړئ:`,
  'app.featureCount': (f: Format, count: number) => f.plural(count, { one: '# توکی', other: '# توکي' }),
  'app.frontierStance':
    'د ډیورنډ کرښه د عملي پولې په توګه ښودل شوې؛ افغانستان هېڅکله په رسمیت نه ده پېژندلې.',
  'app.claimsNote': 'دلته د مړو او ټپيانو هره شمېره د نومول شوي لوري ادعا ده، تایید شوې شمېره نه ده.',
  'app.pageTitle': 'د افغانستان او پاکستان پوله: د شخړې نقشه',
  'app.language': 'ژبه',
  'app.skipLinks': 'چټک تګ',
  'app.skipMap': 'نقشې ته ورشئ',
  'app.skipTimeline': 'د وخت کرښې ته ورشئ',
  'app.skipList': 'د پېښو لړلیک ته ورشئ',
  'app.eventsAndSites': (f: Format, events: number, sites: number) =>
    `${f.plural(events, { one: '# پېښه', other: '# پېښې' })} او ${f.plural(sites, { one: '# ځای', other: '# ځایونه' })}`,
  'app.englishOnly': 'یوازې په انګلیسي:',
  'app.mapPageTitle': 'د افغانستان او پاکستان پوله: نقشه',
  'app.dataAsOf': 'د معلوماتو وروستۍ نېټه:',
  'app.mapSources':
    'سرچینې: خپاره شوي راپورونه (هره پېښه خپلو راپورونو ته لینک لري)؛ پولې © د OpenStreetMap همکاران',
  'app.openFullMap': 'بشپړه نقشه پرانیزئ',

  'builder.title': 'دا نقشه ځای کړئ',
  'builder.subtitle': 'اندازه، لید، پوړونه او موده وټاکئ؛ کوډ خپلې پاڼې ته کاپي کړئ.',
  'builder.back': 'نقشې ته ستنېدل',
  'builder.form': 'د ځای پر ځای کولو غوراوي',
  'builder.size': 'اندازه',
  'builder.width': 'پلنوالی',
  'builder.height': 'لوړوالی (پکسل)',
  'builder.view': 'لید',
  'builder.keepView': 'د مخکتنې لید وکاروئ (هغه وخوځوئ او لوی کړئ)',
  'builder.layers': 'پوړونه',
  'builder.timeWindow': 'موده',
  'builder.from': 'له',
  'builder.to': 'تر',
  'builder.options': 'غوراوي',
  'builder.static': 'ثابت انځور (بې کنټرول او تعامل)',
  'builder.list': 'د نقشې لاندې د پېښو لړلیک',
  'builder.heading': 'سرلیک',
  'builder.headingPlaceholder': 'په چاپ او انځورونو کې ښکاري',
  'builder.snippet': 'کوډ',
  'builder.modeElement': 'سکرېپټ او عنصر',
  'builder.preview': 'مخکتنه',
  'builder.yourSnippet': 'ستاسو کوډ',
  'builder.copy': 'کوډ کاپي کړه',
  'builder.copied': 'کاپي شو.',
  'builder.selected': 'وټاکل شو: د کاپي لپاره Ctrl+C (⌘C) کېکاږئ.',
  'builder.readout': (f: Format, lat: number, lng: number, zoom: number) =>
    `مرکز ${f.number(lat, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}، ` +
    `${f.number(lng, { minimumFractionDigits: 3, maximumFractionDigits: 3 })} · لویوالی ${f.number(zoom, { maximumFractionDigits: 2 })}`,
  'builder.iframeTitle': 'د افغانستان او پاکستان د پولې نقشه',
  'builder.pageTitle': 'دا نقشه ځای کړئ — frontier-map',
  'builder.modeMapPage': 'iframe: یوازې نقشه (سرلیک، نقشه، د سرچینې کرښه)',
  'builder.modeViewer': 'iframe: د نقشې ټوله پاڼه',
} satisfies Translation;
