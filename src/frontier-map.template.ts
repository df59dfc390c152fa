/**
 * The frame of `<frontier-map>`: heading, map, timeline, legend, details and notices, laid out by
 * width (frontier-map.styles.ts): below 900 px the details are a bottom sheet over the map, from
 * 900 px a side panel beside it, so they never cover the map's buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderBandTable } from './components/band-table/band-table.ts';
import { type HeadingModel, renderHeading } from './components/heading/heading.ts';
import { renderLegendBox } from './components/legend/legend.ts';
import { type LegendModel, toggledLayers } from './components/legend/legend-model.ts';
import { renderLoading, renderNotices } from './components/notices/notices.ts';
import { renderFeaturePanel } from './components/panel/feature-panel.ts';
import type { FrontierMapSettings } from './controllers/host.ts';
import type { LayoutController } from './controllers/layout-controller.ts';
import type { MapController } from './controllers/map-controller.ts';
import type { FrontierTimeChangeEvent } from './events.ts';
import type { Translator } from './i18n/translate.ts';

export interface FrameModel {
  settings: Readonly<FrontierMapSettings>;
  map: MapController;
  layout: LayoutController;
  i18n: Translator;
  heading: HeadingModel;
  legend: LegendModel;
  /** The print-only parts: numbered sources, insets and credits (print, static, exports). */
  sheet: unknown;
  printing: boolean;
  onTimeChange: (event: FrontierTimeChangeEvent) => void;
  /** A legend switch asks for these layers (the `layers` attribute's value). */
  onLayers: (layers: string) => void;
}

function renderTimeline({ settings, map, layout, i18n, onTimeChange }: FrameModel): TemplateResult {
  const { state } = map;
  return html`<frontier-timeline part="timeline" lang=${i18n.htmlLang} .features=${state.features}
    .layers=${state.layers} .from=${settings.from} .to=${settings.to} ?static=${settings.static}
    ?loading=${!layout.settled} @frontier-time-change=${onTimeChange}></frontier-timeline>`;
}

function renderPanel({ settings, map, layout, i18n }: FrameModel): TemplateResult | typeof nothing {
  const id = map.state.selected;
  const feature = id ? map.featureById(id) : undefined;
  if (!feature || map.panelSuppressed || settings.static) return nothing;
  const { analysis } = map.frontier;
  return renderFeaturePanel({
    feature,
    i18n,
    distance: analysis.frontierDistance(feature) ?? undefined,
    capitals: analysis.venueDistances(feature),
    onClose: () => layout.close(),
    sheet: layout.sidePanel
      ? undefined
      : { expanded: layout.sheetExpanded, onToggle: (open: boolean) => layout.toggleSheet(open) },
  });
}

export function renderFrame(model: FrameModel): TemplateResult {
  const { settings, map, layout, i18n } = model;
  const { state, frontier, problems, sources } = map;
  // Static pictures show the timeline only when it says something: a chosen window.
  const timeline = !settings.static || model.heading.windowed;
  const panel = renderPanel(model);
  const classes = [
    'frame',
    timeline ? 'has-timeline' : '',
    layout.sidePanel ? 'is-wide' : 'is-narrow',
    panel === nothing ? '' : 'has-panel',
  ].join(' ');
  return html`<div class=${classes} lang=${i18n.htmlLang} dir=${i18n.dir}>
    ${renderHeading(model.heading)}
    <div class="map" part="map" role="region" aria-label=${settings.label ?? i18n.t('map.label')}></div>
    ${timeline ? renderTimeline(model) : nothing}
    ${renderLegendBox(model.legend, {
      open: settings.static || model.printing || layout.legendOpen,
      notesOpen: settings.static || model.printing,
      counts: layout.settled ? i18n.t('legend.counts', state.shownEvents, state.shownSites) : null,
      onOpenChange: (open) => layout.legendToggled(open),
      interactive: !settings.static,
      notesLabel: i18n.t('legend.notes'),
      onToggle: (layer, on) => model.onLayers(toggledLayers(state.layers, layer, on)),
      extra: renderBandTable(frontier.bandCounts(), {
        i18n,
        lineName: frontier.label,
        sides: frontier.hasSides,
      }),
    })}
    ${panel}
    ${renderLoading(i18n, sources.loadingNames, sources.loadingDetails)}
    ${renderNotices({ i18n, notices: problems.notices, onDismiss: () => problems.dismiss() })}
    ${model.sheet}
  </div>`;
}
