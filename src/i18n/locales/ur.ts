/**
 * Urdu (`ur`), as Pakistani news media write it (BBC Urdu's usage where it was checked). Digits follow
 * CLDR's default for Urdu: Western (1, 2, 3). The Durand Line is "ڈیورنڈ لائن" and "عملی سرحد", not
 * Islamabad's "بین الاقوامی سرحد". Terms and their sources: ../GLOSSARY.md. Needs native-speaker
 * review (../README.md).
 */
import type { Format } from '../format.ts';
import type { Translation } from '../message.ts';

type Side = 'AFG' | 'PAK';

export const ur = {
  'map.heading': 'افغانستان اور پاکستان کی سرحد: اکتوبر 2025 کا تنازع اور اس کے بعد',
  'map.label': 'افغانستان اور پاکستان کی سرحد کا نقشہ',
  'map.events': (_f: Format, span: string) => `واقعات: ${span}`,
  'map.from': (_f: Format, date: string) => `${date} سے`,
  'map.until': (_f: Format, date: string) => `${date} تک`,
  'legend.title': 'علامات',
  'legend.uncertainty': 'وہ علاقہ جہاں واقعہ ہوا ہو سکتا ہے (مقام غیر یقینی)',

  'layer.frontier': 'ڈیورنڈ لائن (عملی سرحد)',
  'layer.strikes': 'فضائی حملے',
  'layer.attacks': 'زمینی حملے اور جھڑپیں',
  'layer.militancy': 'عسکریت پسندوں کے حملے',
  'layer.posts': 'فوجی چوکیوں پر حملے',
  'layer.crossings': 'سرحدی گزرگاہیں',
  'layer.venues': 'مذاکرات، جنگ بندیاں اور مقامات',
  'layer.statements': 'سرکاری بیانات',
  'layer.buffers': 'سرحد کے ساتھ فاصلے کی پٹیاں',
  'frontier.caption': 'ڈیورنڈ لائن — عملی سرحد، جسے افغانستان تسلیم نہیں کرتا',
  'legend.frontierNote': (
    f: Format,
    lengthKm: number,
    _points: number,
    _toleranceDeg: number,
    fullKm: number,
  ) =>
    `نقشے میں ${f.number(lengthKm)} کلومیٹر: OpenStreetMap کی سرحدیں؛ مکمل تفصیل میں ${f.number(fullKm)} کلومیٹر۔`,
  'legend.ownFrontierNote': (f: Format, lengthKm: number, name: string) =>
    `نقشے میں ${f.number(lengthKm)} کلومیٹر (${name})۔`,
  'legend.pressNote': (f: Format, cited: readonly string[]) =>
    `میڈیا میں یہ اعداد آئے ہیں: ${f.list(cited)}۔`,
  'legend.pressFigure': (f: Format, km: number, outlets: readonly string[]) =>
    `${f.number(km)} کلومیٹر (${outlets.join('، ')})`,

  'kind.air_strike': 'فضائی حملہ',
  'kind.ground_attack': 'زمینی حملہ',
  'kind.clash': 'جھڑپ',
  'kind.militant_attack': 'عسکریت پسندوں کا حملہ',
  'kind.crossing_closure': 'گزرگاہ کی بندش',
  'kind.ceasefire': 'جنگ بندی',
  'kind.talks': 'مذاکرات',
  'kind.statement': 'بیان',
  'kind.military_post': 'فوجی چوکی',
  'kind.crossing': 'سرحدی گزرگاہ',
  'kind.venue': 'مذاکرات کا مقام',
  'kind.capital': 'دارالحکومت',

  'band.caption': (_f: Format, lineName: string) => `${lineName} سے فاصلے کے لحاظ سے واقعات`,
  'band.durandLine': 'ڈیورنڈ لائن',
  'band.band': 'پٹی',
  'band.afghanSide': 'افغان جانب',
  'band.pakistaniSide': 'پاکستانی جانب',
  'band.events': 'واقعات',
  'band.range': (f: Format, fromKm: number, toKm: number) => `${f.number(fromKm)}–${f.number(toKm)} کلومیٹر`,
  'band.farther': 'اس سے دور',
  'band.kindCount': (f: Format, kind: string, count: number) => `${kind} ${f.number(count)}`,

  'legend.notes': 'نوٹس',
  'legend.counts': (f: Format, events: number, sites: number) =>
    `${f.plural(events, { one: '# واقعہ', other: '# واقعات' })} · ${f.plural(sites, { one: '# مقام', other: '# مقامات' })}`,
  'list.loading': 'لوڈ ہو رہا ہے…',
  'list.count': (f: Format, count: number) => f.plural(count, { one: '# واقعہ', other: '# واقعات' }),
  'timeline.loading': 'واقعات لوڈ ہو رہے ہیں…',
  'panel.expand': 'تمام تفصیلات دکھائیں',
  'panel.collapse': 'کم تفصیلات دکھائیں',
  'panel.close': 'تفصیلات بند کریں',
  'panel.place': 'مقام',
  'panel.location': 'محلِ وقوع',
  'panel.within': (f: Format, km: number) =>
    `، تقریباً ${f.number(km, { maximumFractionDigits: 1 })} کلومیٹر کے اندر`,
  'panel.frontier': 'سرحد',
  'panel.capitals': 'دارالحکومت',
  'panel.actor': 'فریق',
  'panel.claims': 'دعوے',
  'panel.sources': 'ماخذ',
  'precision.exact': 'درست مقام',
  'precision.town': 'قصبے کی حد تک معلوم',
  'precision.district': 'ضلعے کی حد تک معلوم',
  'precision.province': 'صوبے کی حد تک معلوم',
  'precision.multi_site': 'کئی مقامات (خلاصہ)',
  'precision.uncertainty': 'غیر یقینی',
  'claim.says': (_f: Format, by: string) => `${by} کا کہنا ہے`,
  'claim.accordingTo': (_f: Format, by: string) => `${by} کے مطابق`,

  'distance.onFrontier': 'سرحد پر',
  'distance.fromFrontier': (f: Format, km: number) => `سرحد سے ≈ ${f.km(km)} کلومیٹر`,
  'distance.inside': (f: Format, km: number, side: Side) =>
    `${side === 'AFG' ? 'افغانستان' : 'پاکستان'} کے اندر ≈ ${f.km(km)} کلومیٹر`,
  'distance.capitals': (f: Format, kabulKm: number, islamabadKm: number) =>
    `کابل تک ≈ ${f.number(kabulKm)} کلومیٹر، اسلام آباد تک ≈ ${f.number(islamabadKm)} کلومیٹر (عظیم دائرہ)`,
  'country.AFG': 'افغانستان',
  'country.PAK': 'پاکستان',

  'timeline.play': 'چلائیں',
  'timeline.pause': 'روکیں',
  'timeline.zoomToWindow': 'مدت پر زوم',
  'timeline.zoomShort': 'زوم',
  'timeline.allDates': 'تمام تاریخیں',
  'timeline.allShort': 'تمام',
  'timeline.start': 'مدت کا آغاز',
  'timeline.end': 'مدت کا اختتام',
  'timeline.eventCount': (f: Format, count: number) => f.plural(count, { one: '# واقعہ', other: '# واقعات' }),
  'timeline.keyCeasefire': 'جنگ بندی',
  'timeline.keyTalks': 'مذاکرات',
  'timeline.empty': 'ٹائم لائن پر دکھانے کے لیے تاریخ والا کوئی واقعہ نہیں۔',
  'timeline.dayTitle': (f: Format, date: string, total: number, parts: readonly string[]) =>
    `${date}: ${f.plural(total, { one: '# واقعہ', other: '# واقعات' })} (${parts.join('، ')})`,
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
    `${f.number(count)} ${kind === 'ceasefire' ? 'جنگ بندیاں' : 'مذاکراتی دور'}، ${span}: ${titles.join('؛ ')}` +
    (more > 0 ? `؛ اور ${f.number(more)} مزید` : ''),

  'list.caption': 'نقشے پر دکھائے گئے واقعات',
  'list.date': 'تاریخ',
  'list.event': 'واقعہ',
  'list.toFrontier': 'سرحد تک',
  'list.distanceTitle': 'ڈیورنڈ لائن تک فاصلہ؛ AF = افغان جانب، PK = پاکستانی جانب',
  'list.distance': (f: Format, km: number, side: Side | null) =>
    `${f.km(km)} کلومیٹر${side ? ` ${side === 'AFG' ? 'AF' : 'PK'}` : ''}`,

  'notices.label': 'نقشے کے ڈیٹا میں مسائل',
  'notices.count': (f: Format, count: number) =>
    f.plural(count, { one: 'نقشے کے ڈیٹا میں # مسئلہ', other: 'نقشے کے ڈیٹا میں # مسائل' }),
  'notices.dismiss': 'ہٹائیں',
  'notices.more': (f: Format, count: number) => `… اور ${f.number(count)} مزید`,
  'loading.label': 'لوڈ ہو رہا ہے',
  'loading.layer': (_f: Format, name: string) => `${name} لوڈ ہو رہا ہے…`,
  'loading.layerDetail': (_f: Format, name: string, detail: string) => `${name} لوڈ ہو رہا ہے: ${detail}`,
  'loading.parsing': (f: Format, megabytes: number) =>
    `${f.number(megabytes, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB پڑھا جا رہا ہے…`,
  'loading.validating': (f: Format, count: number | null) =>
    count === null ? 'جانچ جاری ہے…' : `${f.number(count)} فیچرز کی جانچ…`,
  'loading.clustering': (f: Format, count: number) => `${f.number(count)} نقاط کی گروہ بندی…`,
  'layer.untitled': 'بے نام پرت',

  'control.fitFrontier': 'پوری سرحد دکھائیں',
  'control.fitStory': 'مذاکرات کے مقامات سمیت پوری کہانی دکھائیں',
  'control.fullscreen': 'پوری اسکرین',
  'control.measure': 'فاصلہ ناپیں',
  'control.zoomIn': 'قریب کریں',
  'control.zoomOut': 'دور کریں',
  'stack.label': (f: Format, count: number) => `یہاں ${f.number(count)} واقعات: منتخب کرنے کے لیے کھولیں`,
  'measure.start': 'نقشے پر نقاط پر کلک کریں؛ Escape سے ختم۔',
  'measure.next': (f: Format, points: number) =>
    `${f.number(points)} ${points === 1 ? 'نقطہ' : 'نقاط'}: اگلے پر کلک کریں؛ Escape سے ختم۔`,
  'measure.total': (f: Format, km: string, miles: string, legs: number) =>
    `${km} کلومیٹر (${miles} میل)، ${f.number(legs)} حصوں میں`,
  'gesture.ctrlZoom': 'نقشہ زوم کرنے کے لیے Ctrl + اسکرول استعمال کریں',
  'gesture.cmdZoom': 'نقشہ زوم کرنے کے لیے ⌘ + اسکرول استعمال کریں',
  'gesture.twoFingers': 'نقشہ ہلانے کے لیے دو انگلیاں استعمال کریں',
  'marker.label': (_f: Format, kind: string, title: string, date: string | undefined) =>
    `${kind}: ${title}${date ? `، ${date}` : ''}`,

  'print.sourcesLabel': 'دکھائے گئے فیچرز کے ماخذ',
  'print.sources': 'ماخذ',
  'print.sourcesNone': 'نقشے کے اندر کوئی ماخذ والا فیچر نہیں۔',
  'print.sourcesHeading': (f: Format, count: number) =>
    `نقشے میں دکھائی گئی چیزوں کے ماخذ (${f.number(count)})`,
  'print.dataAsOf': (_f: Format, date: string) => `${date} تک کا ڈیٹا`,
  'print.eventLicence': 'واقعات کا ڈیٹا: frontier-map کے معاونین، CC BY 4.0',
  'print.placeNames': "مقامات کے نام: GeoNames، Who's On First، CC BY 4.0",
  'print.farOff': 'نقشے سے باہر',
  'print.farPlace': (f: Format, name: string, km: number, direction: string) => {
    const dir =
      (
        {
          N: 'شمال',
          NE: 'شمال مشرق',
          E: 'مشرق',
          SE: 'جنوب مشرق',
          S: 'جنوب',
          SW: 'جنوب مغرب',
          W: 'مغرب',
          NW: 'شمال مغرب',
        } as Record<string, string>
      )[direction] ?? direction;
    return `${name}: ${f.number(km)} کلومیٹر ${dir}`;
  },
  'print.locator': 'علاقے میں نقشے کا مقام',

  'app.title': 'افغانستان اور پاکستان کی سرحد',
  'app.subtitle': 'ڈیورنڈ لائن کے ساتھ حملے، جھڑپیں، بند گزرگاہیں اور مذاکرات، اکتوبر 2025 – اپریل 2026',
  'app.downloadPng': 'PNG ڈاؤن لوڈ کریں',
  'app.noPng': (_f: Format, reason: string) => `PNG نہیں بنی: ${reason}`,
  'app.embedLink': 'یہ نقشہ اپنی ویب سائٹ میں لگائیں',
  'app.examples': 'مثالیں',
  'app.context': 'پس منظر',
  'app.dataAndSources': 'ڈیٹا اور ماخذ',
  'app.listCaption': 'منتخب مدت کے واقعات',
  'app.download': (_f: Format, features: string) => `دکھائے گئے ${features} ڈاؤن لوڈ کریں:`,
  'app.featureCount': (f: Format, count: number) => `${f.number(count)} فیچرز`,
  'app.frontierStance':
    'ڈیورنڈ لائن کو عملی سرحد کے طور پر دکھایا گیا ہے؛ افغانستان نے اسے کبھی تسلیم نہیں کیا۔',
  'app.claimsNote': 'یہاں ہلاکتوں کا ہر عدد نامزد فریق کا دعویٰ ہے، تصدیق شدہ تعداد نہیں۔',
  'app.pageTitle': 'افغانستان اور پاکستان کی سرحد: تنازع کا نقشہ',
  'app.language': 'زبان',
  'app.skipLinks': 'براہ راست جائیں',
  'app.skipMap': 'نقشے پر جائیں',
  'app.skipTimeline': 'ٹائم لائن پر جائیں',
  'app.skipList': 'واقعات کی فہرست پر جائیں',
  'app.eventsAndSites': (f: Format, events: number, sites: number) =>
    `${f.plural(events, { one: '# واقعہ', other: '# واقعات' })} اور ${f.plural(sites, { one: '# مقام', other: '# مقامات' })}`,
  'app.englishOnly': 'صرف انگریزی میں:',
  'app.mapPageTitle': 'افغانستان اور پاکستان کی سرحد: نقشہ',
  'app.dataAsOf': 'ڈیٹا کی آخری تاریخ:',
  'app.mapSources':
    'ماخذ: شائع شدہ رپورٹیں (ہر واقعہ اپنی رپورٹوں سے منسلک ہے)؛ سرحدیں © OpenStreetMap کے معاونین',
  'app.openFullMap': 'مکمل نقشہ کھولیں',

  'builder.title': 'یہ نقشہ لگائیں',
  'builder.subtitle': 'سائز، منظر، پرتیں اور مدت چنیں؛ کوڈ اپنے صفحے میں کاپی کریں۔',
  'builder.back': 'نقشے پر واپس',
  'builder.form': 'نقشہ لگانے کے اختیارات',
  'builder.size': 'سائز',
  'builder.width': 'چوڑائی',
  'builder.height': 'اونچائی (پکسل)',
  'builder.view': 'منظر',
  'builder.keepView': 'پیش منظر کا منظر استعمال کریں (اسے ہلائیں اور زوم کریں)',
  'builder.layers': 'پرتیں',
  'builder.timeWindow': 'مدت',
  'builder.from': 'سے',
  'builder.to': 'تک',
  'builder.options': 'اختیارات',
  'builder.static': 'ساکن تصویر (کنٹرول اور تعامل کے بغیر)',
  'builder.list': 'نقشے کے نیچے واقعات کی فہرست',
  'builder.heading': 'سرخی',
  'builder.headingPlaceholder': 'پرنٹ اور تصاویر میں دکھائی جاتی ہے',
  'builder.snippet': 'کوڈ',
  'builder.modeElement': 'اسکرپٹ اور عنصر',
  'builder.preview': 'پیش منظر',
  'builder.yourSnippet': 'آپ کا کوڈ',
  'builder.copy': 'کوڈ کاپی کریں',
  'builder.copied': 'کاپی ہو گیا۔',
  'builder.selected': 'منتخب: کاپی کے لیے Ctrl+C (⌘C) دبائیں۔',
  'builder.readout': (f: Format, lat: number, lng: number, zoom: number) =>
    `مرکز ${f.number(lat, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}، ` +
    `${f.number(lng, { minimumFractionDigits: 3, maximumFractionDigits: 3 })} · زوم ${f.number(zoom, { maximumFractionDigits: 2 })}`,
  'builder.iframeTitle': 'افغانستان اور پاکستان کی سرحد کا نقشہ',
  'builder.pageTitle': 'یہ نقشہ لگائیں — frontier-map',
  'builder.modeMapPage': 'iframe: صرف نقشہ (عنوان، نقشہ، ماخذ کی سطر)',
  'builder.modeViewer': 'iframe: نقشے کا پورا صفحہ',
} satisfies Translation;
