/**
 * The drawing of `<frontier-timeline>`: a histogram of events per day stacked by layer, the time axis
 * with its ticks, and markers for ceasefires and talks. SVG built from Lit templates, so data reaches
 * it only as text and attribute values. Layer colours come from classes (`layer-strikes` …) that the
 * timeline's stylesheet maps to `--frontier-color-<layer>`.
 */
import { nothing, type SVGTemplateResult, svg } from 'lit';
import type { FrontierFeature } from '../../data/schema.ts';
import { addDays, type DateRange, type DayBin, type DayScale, type Tick } from '../../data/time-bins.ts';
import type { Translator } from '../../i18n/translate.ts';

/** Vertical layout of the chart, in px. */
export const CHART = {
  height: 64,
  /** Baseline of the bars and the axis line. */
  axis: 38,
  /** Tallest bar. */
  barMax: 34,
  /** Centre line of the ceasefire and talks markers, under the axis. */
  markerY: 46,
  labelY: 62,
} as const;

export interface ChartModel {
  i18n: Translator;
  scale: DayScale;
  width: number;
  bins: readonly DayBin[];
  ticks: readonly Tick[];
  /** Ceasefires and talks, drawn on the axis: one mark per kind and span. */
  markers: readonly MarkerGroup[];
  window: DateRange;
  /** The window is the whole period: no band is drawn. */
  whole: boolean;
}

/** The ceasefires, or the talks, of one span of days: drawn as one mark. */
export interface MarkerGroup {
  kind: 'ceasefire' | 'talks';
  date: string;
  dateEnd: string | undefined;
  features: FrontierFeature[];
  /** Its title, worked out on the first render and kept (per language): the groups live as long as the features. */
  title?: { lang: string; text: string };
}

/** Titles a grouped mark lists before "and N more". */
const GROUP_TITLES = 5;

/**
 * Groups ceasefires and talks that share a kind and a span (in the order given), so that a day
 * with many talks is one mark with one title, not a pile of marks in one place.
 */
export function groupMarkers(features: readonly FrontierFeature[]): MarkerGroup[] {
  const groups = new Map<string, MarkerGroup>();
  for (const feature of features) {
    const { kind, date, dateEnd } = feature.properties;
    if ((kind !== 'ceasefire' && kind !== 'talks') || !date) continue;
    const end = dateEnd && dateEnd > date ? dateEnd : undefined;
    const key = `${kind} ${date} ${end ?? ''}`;
    const group = groups.get(key);
    if (group) group.features.push(feature);
    else groups.set(key, { kind, date, dateEnd: end, features: [feature] });
  }
  return [...groups.values()];
}

/** "11 Oct 2025: 9 events (8 ground attacks and clashes, 1 air strike)" */
function dayTitle(i18n: Translator, bin: DayBin): string {
  const parts = bin.layers.map(({ layer, count }) =>
    i18n.t('timeline.layerCount', i18n.t(`layer.${layer}`), count),
  );
  return i18n.t('timeline.dayTitle', i18n.dates.date(bin.date), bin.total, parts);
}

function renderBars({ i18n, scale, bins, window }: ChartModel, peak: number): SVGTemplateResult[] {
  const width = Math.max(1, scale.pxPerDay - (scale.pxPerDay > 4 ? 1 : 0));
  return bins.map((bin) => {
    let top = CHART.axis;
    const inWindow = bin.date >= window.from && bin.date <= window.to;
    return svg`<g class="day ${inWindow ? '' : 'is-out'}" data-date=${bin.date} data-total=${bin.total}>
      <title>${dayTitle(i18n, bin)}</title>
      ${bin.layers.map(({ layer, count }) => {
        const height = (count / peak) * CHART.barMax;
        top -= height;
        return svg`<rect class="bar layer-${layer}" data-layer=${layer} data-count=${count}
          x=${scale.x(bin.date)} y=${top} width=${width} height=${height}></rect>`;
      })}
    </g>`;
  });
}

function renderTicks({ scale, ticks }: ChartModel): SVGTemplateResult[] {
  return ticks.map((tick) => {
    const x = scale.x(tick.date);
    return svg`<g class="tick ${tick.major ? 'is-major' : ''}">
      ${tick.major ? svg`<line class="grid" x1=${x} x2=${x} y1=${CHART.axis - CHART.barMax} y2=${CHART.axis}></line>` : nothing}
      <line x1=${x} x2=${x} y1=${CHART.axis} y2=${CHART.axis + (tick.major ? 14 : 5)}></line>
      <text x=${x + 3} y=${CHART.labelY}>${tick.label}</text>
    </g>`;
  });
}

/** "Ceasefire: Doha ceasefire (19 Oct 2025)", or for several "3 talks, 19 Oct 2025: A; B; C". */
function markerTitle(i18n: Translator, { kind, date, dateEnd, features }: MarkerGroup): string {
  const span = i18n.dates.span(date, dateEnd);
  const titleOf = (feature: FrontierFeature) =>
    (i18n.lang !== 'en' && feature.properties.i18n?.[i18n.lang]?.title) || feature.properties.title;
  const [first] = features;
  if (features.length === 1 && first)
    return i18n.t('timeline.marker', i18n.t(`kind.${kind}`), titleOf(first), span);
  const titles = features.slice(0, GROUP_TITLES).map(titleOf);
  return i18n.t('timeline.markerGroup', kind, features.length, span, titles, features.length - titles.length);
}

/** A diamond for ceasefires, a speech bubble's round for talks: told apart without colour. */
function renderMarkers({ i18n, scale, markers }: ChartModel): SVGTemplateResult[] {
  return markers.map((group) => {
    const { kind, date, dateEnd, features } = group;
    const x = scale.x(date) + scale.pxPerDay / 2;
    const y = CHART.markerY;
    const shape =
      kind === 'ceasefire'
        ? svg`<path d="M${x} ${y - 5}l5 5-5 5-5-5z"></path>`
        : svg`<circle cx=${x} cy=${y} r="4"></circle>`;
    const span = dateEnd
      ? svg`<line class="span" x1=${x} x2=${scale.x(addDays(dateEnd, 1))} y1=${y} y2=${y}></line>`
      : nothing;
    if (group.title?.lang !== i18n.lang) group.title = { lang: i18n.lang, text: markerTitle(i18n, group) };
    return svg`<g class="marker is-${kind}" data-id=${features[0]!.id} data-count=${features.length}>
      <title>${group.title.text}</title>${span}${shape}</g>`;
  });
}

/** The whole chart; `peak` is the tallest day in the data, so bar heights do not jump while zooming. */
export function renderTimelineChart(model: ChartModel, peak: number): SVGTemplateResult {
  const { scale, window, width } = model;
  const left = scale.x(window.from);
  const right = scale.x(addDays(window.to, 1));
  return svg`<svg class="chart-svg" width=${width} height=${CHART.height} aria-hidden="true">
    ${
      model.whole
        ? nothing
        : svg`<rect class="window" x=${left} y=${CHART.axis - CHART.barMax - 2}
            width=${Math.max(1, right - left)} height=${CHART.barMax + 2}></rect>`
    }
    ${renderTicks(model)}
    <g class="bars">${renderBars(model, Math.max(1, peak))}</g>
    <line class="axis" x1=${scale.x(scale.start)} x2=${scale.x(addDays(scale.end, 1))} y1=${CHART.axis}
      y2=${CHART.axis}></line>
    <g class="markers">${renderMarkers(model)}</g>
  </svg>`;
}
