/**
 * Dari (Afghan Persian, `prs`; written `fa-AF` in HTML). Afghan usage where it differs from Iran's:
 * سرحد/مرز as Afghan media write them, Afghan Gregorian month spellings (اکتوبر, not اکتبر).
 * Terms and their sources: ../GLOSSARY.md. Needs native-speaker review (../README.md).
 */
import type { Format } from '../format.ts';
import type { Translation } from '../message.ts';

type Side = 'AFG' | 'PAK';

export const prs = {
  'map.heading': 'مرز افغانستان و پاکستان: درگیری‌های اکتوبر ۲۰۲۵ و پس از آن',
  'map.label': 'نقشهٔ مرز افغانستان و پاکستان',
  'map.events': (_f: Format, span: string) => `رویدادها: ${span}`,
  'map.from': (_f: Format, date: string) => `از ${date}`,
  'map.until': (_f: Format, date: string) => `تا ${date}`,
  'legend.title': 'راهنما',
  'legend.uncertainty': 'محدوده‌ای که رویداد شاید در آن رخ داده باشد (موقعیت نامعلوم)',

  'layer.frontier': 'خط دیورند (مرز عملی)',
  'layer.strikes': 'حملات هوایی',
  'layer.attacks': 'حملات زمینی و درگیری‌ها',
  'layer.militancy': 'حملات شبه‌نظامیان',
  'layer.posts': 'پاسگاه‌های نظامیِ مورد حمله',
  'layer.crossings': 'گذرگاه‌های مرزی',
  'layer.venues': 'گفت‌وگوها، آتش‌بس‌ها و محل‌ها',
  'layer.statements': 'اعلامیه‌های رسمی',
  'layer.buffers': 'نوارهای فاصله در امتداد مرز',
  'frontier.caption': 'خط دیورند — مرز عملی؛ افغانستان آن را به رسمیت نمی‌شناسد',
  'legend.frontierNote': (
    f: Format,
    lengthKm: number,
    _points: number,
    _toleranceDeg: number,
    fullKm: number,
  ) =>
    `${f.number(lengthKm)} کیلومتر به شکل ترسیم‌شده: مرزهای OpenStreetMap؛ ${f.number(fullKm)} کیلومتر با جزئیات کامل.`,
  'legend.ownFrontierNote': (f: Format, lengthKm: number, name: string) =>
    `${f.number(lengthKm)} کیلومتر به شکل ترسیم‌شده (${name}).`,
  'legend.pressNote': (f: Format, cited: readonly string[]) =>
    `رسانه‌ها این ارقام را ذکر می‌کنند: ${f.list(cited)}.`,
  'legend.pressFigure': (f: Format, km: number, outlets: readonly string[]) =>
    `${f.number(km)} کیلومتر (${outlets.join('، ')})`,

  'kind.air_strike': 'حملهٔ هوایی',
  'kind.ground_attack': 'حملهٔ زمینی',
  'kind.clash': 'درگیری',
  'kind.militant_attack': 'حملهٔ شبه‌نظامیان',
  'kind.crossing_closure': 'بسته‌شدن گذرگاه',
  'kind.ceasefire': 'آتش‌بس',
  'kind.talks': 'گفت‌وگوها',
  'kind.statement': 'اعلامیه',
  'kind.military_post': 'پاسگاه نظامی',
  'kind.crossing': 'گذرگاه مرزی',
  'kind.venue': 'محل گفت‌وگوها',
  'kind.capital': 'پایتخت',

  'band.caption': (_f: Format, lineName: string) => `رویدادها بر اساس فاصله از ${lineName}`,
  'band.durandLine': 'خط دیورند',
  'band.band': 'نوار',
  'band.afghanSide': 'سوی افغانستان',
  'band.pakistaniSide': 'سوی پاکستان',
  'band.events': 'رویدادها',
  'band.range': (f: Format, fromKm: number, toKm: number) => `${f.number(fromKm)}–${f.number(toKm)} کیلومتر`,
  'band.farther': 'دورتر',
  'band.kindCount': (f: Format, kind: string, count: number) => `${kind} ${f.number(count)}`,

  'legend.notes': 'یادداشت‌ها',
  'legend.counts': (f: Format, events: number, sites: number) =>
    `${f.number(events)} رویداد · ${f.number(sites)} مکان`,
  'list.loading': 'در حال بارگذاری…',
  'list.count': (f: Format, count: number) => `${f.number(count)} رویداد`,
  'timeline.loading': 'در حال بارگذاری رویدادها…',
  'panel.expand': 'نمایش همهٔ جزئیات',
  'panel.collapse': 'نمایش جزئیات کمتر',
  'panel.close': 'بستن جزئیات',
  'panel.place': 'مکان',
  'panel.location': 'موقعیت',
  'panel.within': (f: Format, km: number) =>
    `، در شعاع حدود ${f.number(km, { maximumFractionDigits: 1 })} کیلومتر`,
  'panel.frontier': 'مرز',
  'panel.capitals': 'پایتخت‌ها',
  'panel.actor': 'عامل',
  'panel.claims': 'ادعاها',
  'panel.sources': 'منابع',
  'precision.exact': 'محل دقیق',
  'precision.town': 'در حد شهر',
  'precision.district': 'در حد ولسوالی',
  'precision.province': 'در حد ولایت',
  'precision.multi_site': 'چند محل (خلاصه)',
  'precision.uncertainty': 'عدم قطعیت',
  'claim.says': (_f: Format, by: string) => `${by} می‌گوید`,
  'claim.accordingTo': (_f: Format, by: string) => `به گفتهٔ ${by}`,

  'distance.onFrontier': 'روی مرز',
  'distance.fromFrontier': (f: Format, km: number) => `≈ ${f.km(km)} کیلومتر از مرز`,
  'distance.inside': (f: Format, km: number, side: Side) =>
    `≈ ${f.km(km)} کیلومتر در داخل ${side === 'AFG' ? 'افغانستان' : 'پاکستان'}`,
  'distance.capitals': (f: Format, kabulKm: number, islamabadKm: number) =>
    `≈ ${f.number(kabulKm)} کیلومتر تا کابل، ≈ ${f.number(islamabadKm)} کیلومتر تا اسلام‌آباد (دایرهٔ عظیمه)`,
  'country.AFG': 'افغانستان',
  'country.PAK': 'پاکستان',

  'timeline.play': 'پخش',
  'timeline.pause': 'توقف',
  'timeline.zoomToWindow': 'بزرگ‌نمایی بازه',
  'timeline.zoomShort': 'بزرگ‌نمایی',
  'timeline.allDates': 'همهٔ تاریخ‌ها',
  'timeline.allShort': 'همه',
  'timeline.start': 'آغاز بازهٔ زمانی',
  'timeline.end': 'پایان بازهٔ زمانی',
  'timeline.eventCount': (f: Format, count: number) => `${f.number(count)} رویداد`,
  'timeline.keyCeasefire': 'آتش‌بس',
  'timeline.keyTalks': 'گفت‌وگوها',
  'timeline.empty': 'رویداد تاریخ‌داری برای نمایش در خط زمان نیست.',
  'timeline.dayTitle': (f: Format, date: string, total: number, parts: readonly string[]) =>
    `${date}: ${f.number(total)} رویداد (${parts.join('، ')})`,
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
    `${f.number(count)} ${kind === 'ceasefire' ? 'آتش‌بس' : 'دور گفت‌وگو'}، ${span}: ${titles.join('؛ ')}` +
    (more > 0 ? `؛ و ${f.number(more)} مورد دیگر` : ''),

  'list.caption': 'رویدادهای نشان‌داده‌شده روی نقشه',
  'list.date': 'تاریخ',
  'list.event': 'رویداد',
  'list.toFrontier': 'تا مرز',
  'list.distanceTitle': 'فاصله تا خط دیورند؛ اف = سوی افغانستان، پا = سوی پاکستان',
  'list.distance': (f: Format, km: number, side: Side | null) =>
    `${f.km(km)} کیلومتر${side ? ` ${side === 'AFG' ? 'اف' : 'پا'}` : ''}`,

  'notices.label': 'مشکلات داده‌های نقشه',
  'notices.count': (f: Format, count: number) => `${f.number(count)} مشکل در داده‌های نقشه`,
  'notices.dismiss': 'بستن',
  'notices.more': (f: Format, count: number) => `… و ${f.number(count)} مورد دیگر`,
  'loading.label': 'در حال بارگذاری',
  'loading.layer': (_f: Format, name: string) => `در حال بارگذاری ${name}…`,
  'loading.layerDetail': (_f: Format, name: string, detail: string) => `در حال بارگذاری ${name}: ${detail}`,
  'loading.parsing': (f: Format, megabytes: number) =>
    `خواندن ${f.number(megabytes, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} مگابایت…`,
  'loading.validating': (f: Format, count: number | null) =>
    count === null ? 'در حال بررسی…' : `بررسی ${f.number(count)} عارضه…`,
  'loading.clustering': (f: Format, count: number) => `دسته‌بندی ${f.number(count)} نقطه…`,
  'layer.untitled': 'لایهٔ بی‌نام',

  'control.fitFrontier': 'نمایش کل مرز',
  'control.fitStory': 'نمایش کل ماجرا، با محل گفت‌وگوها',
  'control.fullscreen': 'تمام‌صفحه',
  'control.measure': 'اندازه‌گیری فاصله',
  'control.zoomIn': 'بزرگ‌نمایی',
  'control.zoomOut': 'کوچک‌نمایی',
  'stack.label': (f: Format, count: number) => `${f.number(count)} رویداد در اینجا: برای انتخاب باز کنید`,
  'measure.start': 'روی نقشه نقطه بگذارید؛ Escape پایان می‌دهد.',
  'measure.next': (f: Format, points: number) =>
    `${f.number(points)} نقطه: نقطهٔ بعدی را بگذارید؛ Escape پایان می‌دهد.`,
  'measure.total': (f: Format, km: string, miles: string, legs: number) =>
    `${km} کیلومتر (${miles} مایل) در ${f.number(legs)} بخش`,
  'gesture.ctrlZoom': 'برای بزرگ‌نمایی نقشه Ctrl را نگه دارید و بچرخانید',
  'gesture.cmdZoom': 'برای بزرگ‌نمایی نقشه ⌘ را نگه دارید و بچرخانید',
  'gesture.twoFingers': 'برای جابه‌جایی نقشه از دو انگشت استفاده کنید',
  'marker.label': (_f: Format, kind: string, title: string, date: string | undefined) =>
    `${kind}: ${title}${date ? `، ${date}` : ''}`,

  'print.sourcesLabel': 'منابع عوارض نشان‌داده‌شده',
  'print.sources': 'منابع',
  'print.sourcesNone': 'هیچ عارضهٔ منبع‌دار در محدودهٔ نقشه نیست.',
  'print.sourcesHeading': (f: Format, count: number) => `منابع آنچه نقشه نشان می‌دهد (${f.number(count)})`,
  'print.dataAsOf': (_f: Format, date: string) => `داده‌ها تا ${date}`,
  'print.eventLicence': 'داده‌های رویدادها: همکاران frontier-map، CC BY 4.0',
  'print.placeNames': "نام‌های مکان‌ها: GeoNames، Who's On First، CC BY 4.0",
  'print.farOff': 'بیرون از نقشه',
  'print.farPlace': (f: Format, name: string, km: number, direction: string) => {
    const dir =
      (
        {
          N: 'شمال',
          NE: 'شمال‌شرق',
          E: 'شرق',
          SE: 'جنوب‌شرق',
          S: 'جنوب',
          SW: 'جنوب‌غرب',
          W: 'غرب',
          NW: 'شمال‌غرب',
        } as Record<string, string>
      )[direction] ?? direction;
    return `${name}: ${f.number(km)} کیلومتر ${dir}`;
  },
  'print.locator': 'موقعیت نقشه در منطقه',

  'app.title': 'مرز افغانستان و پاکستان',
  'app.subtitle': 'حملات، درگیری‌ها، گذرگاه‌های بسته و گفت‌وگوها در امتداد خط دیورند، اکتوبر ۲۰۲۵ – اپریل ۲۰۲۶',
  'app.downloadPng': 'دانلود PNG',
  'app.noPng': (_f: Format, reason: string) => `PNG ساخته نشد: ${reason}`,
  'app.embedLink': 'جاسازی این نقشه',
  'app.examples': 'نمونه‌ها',
  'app.context': 'پیش‌زمینه',
  'app.dataAndSources': 'داده‌ها و منابع',
  'app.listCaption': 'رویدادهای بازهٔ زمانی',
  'app.download': (_f: Format, features: string) => `دانلود ${features} نشان‌داده‌شده:`,
  'app.featureCount': (f: Format, count: number) => `${f.number(count)} عارضه`,
  'app.frontierStance':
    'خط دیورند به‌عنوان مرز عملی نشان داده شده است؛ افغانستان هرگز آن را به رسمیت نشناخته است.',
  'app.claimsNote': 'هر رقم تلفات در اینجا ادعای طرفِ نام‌برده است، نه آماری تأییدشده.',
  'app.pageTitle': 'مرز افغانستان و پاکستان: نقشهٔ درگیری',
  'app.language': 'زبان',
  'app.skipLinks': 'رفتن سریع',
  'app.skipMap': 'رفتن به نقشه',
  'app.skipTimeline': 'رفتن به خط زمانی',
  'app.skipList': 'رفتن به فهرست رویدادها',
  'app.eventsAndSites': (f: Format, events: number, sites: number) =>
    `${f.number(events)} رویداد و ${f.number(sites)} مکان`,
  'app.englishOnly': 'تنها به انگلیسی:',
  'app.mapPageTitle': 'مرز افغانستان و پاکستان: نقشه',
  'app.dataAsOf': 'آخرین تاریخ معلومات:',
  'app.mapSources':
    'منابع: گزارش‌های منتشرشده (هر رویداد به گزارش‌های خود پیوند دارد)؛ مرزها © مشارکت‌کنندگان OpenStreetMap',
  'app.openFullMap': 'باز کردن نقشهٔ کامل',

  'builder.title': 'جاسازی این نقشه',
  'builder.subtitle': 'اندازه، نما، لایه‌ها و بازهٔ زمانی را برگزینید و کد را در صفحهٔ خود بگذارید.',
  'builder.back': 'بازگشت به نقشه',
  'builder.form': 'گزینه‌های جاسازی',
  'builder.size': 'اندازه',
  'builder.width': 'عرض',
  'builder.height': 'ارتفاع (پیکسل)',
  'builder.view': 'نما',
  'builder.keepView': 'نمای پیش‌نمایش را به کار ببر (آن را جابه‌جا و بزرگ‌نمایی کنید)',
  'builder.layers': 'لایه‌ها',
  'builder.timeWindow': 'بازهٔ زمانی',
  'builder.from': 'از',
  'builder.to': 'تا',
  'builder.options': 'گزینه‌ها',
  'builder.static': 'تصویر ثابت (بدون کنترل و تعامل)',
  'builder.list': 'فهرست رویدادها زیر نقشه',
  'builder.heading': 'عنوان',
  'builder.headingPlaceholder': 'در چاپ و تصویرها نشان داده می‌شود',
  'builder.snippet': 'کد',
  'builder.modeElement': 'اسکریپت و عنصر',
  'builder.preview': 'پیش‌نمایش',
  'builder.yourSnippet': 'کد شما',
  'builder.copy': 'کپی کد',
  'builder.copied': 'کپی شد.',
  'builder.selected': 'انتخاب شد: برای کپی Ctrl+C (⌘C) را بزنید.',
  'builder.readout': (f: Format, lat: number, lng: number, zoom: number) =>
    `مرکز ${f.number(lat, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}، ` +
    `${f.number(lng, { minimumFractionDigits: 3, maximumFractionDigits: 3 })} · بزرگ‌نمایی ${f.number(zoom, { maximumFractionDigits: 2 })}`,
  'builder.iframeTitle': 'نقشهٔ مرز افغانستان و پاکستان',
  'builder.pageTitle': 'جاسازی این نقشه — frontier-map',
  'builder.modeMapPage': 'iframe: تنها نقشه (عنوان، نقشه، سطر منبع)',
  'builder.modeViewer': 'iframe: تمام صفحهٔ نقشه',
} satisfies Translation;
