import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { layerOf } from '../../data/filter.ts';
import type { FrontierFeature } from '../../data/schema.ts';
import type { FrontierMapElement } from '../../frontier-map.ts';
import { featureText } from '../../i18n/feature-text.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { renderLocal } from '../../i18n/render.ts';
import { createLayerIcon } from '../../map/kind-style.ts';
import { styleProps } from '../style-props.ts';
import { EventOrder, rowWindow, scrollToRow, type Viewport } from './event-list-rows.ts';
import { eventListStyles } from './frontier-event-list.styles.ts';

const WATCHED_ATTRIBUTES = ['selected', 'layers', 'from', 'to'];

/**
 * Above this many rows only those in and near the viewport are in the DOM (one line each, fixed
 * height); below it every row is, and titles wrap. 200 rows render in a few ms.
 */
const VIRTUAL_FROM = 200;
/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN = 8;

/**
 * @tagname frontier-event-list
 * `<frontier-event-list for="map-id">`: an accessible table of the events a `<frontier-map>` shows,
 * kept in sync with it. Choosing a row selects the event on the map (which flies to it); choosing a
 * marker highlights its row. It follows the map's layers and time window. With many events only the
 * rows in view are in the DOM; the table keeps `aria-rowcount` and each row its `aria-rowindex`.
 *
 * @csspart table - The table element.
 * @csspart row - Each event row.
 */
export class FrontierEventListElement extends LitElement {
  static override properties = {
    for: { type: String, reflect: true },
    caption: { type: String },
    sort: { type: String, reflect: true },
  };

  /** id of the `<frontier-map>` this list follows. */
  declare for: string;
  /** Visible caption of the table; "Events shown on the map" in the list's language when absent. */
  declare caption: string | null;
  /** Row order: `date` (default) or `distance` to the frontier, nearest first. */
  declare sort: 'date' | 'distance';

  private target: FrontierMapElement | null = null;
  /** The list's language: its own `lang`, else the closest ancestor's, else English. */
  private readonly locale = new LocaleController(this);
  private readonly attributeObserver = new MutationObserver(() => this.targetChanged());
  private readonly onFeatures = () => this.requestUpdate();
  private order: EventOrder | null = null;
  private listed: { key: string; features: readonly FrontierFeature[]; rows: FrontierFeature[] } | null =
    null;
  /** Measured in virtual mode: row height and where the first row starts in the scrolled content. */
  private rowHeight = 44;
  private rowsTop = 60;
  private rendered = { first: 0, last: 0 };

  constructor() {
    super();
    this.for = '';
    this.caption = null;
    this.sort = 'date';
    this.addEventListener('scroll', () => this.onScroll(), { passive: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
  }

  /** As the map does: no English first while the language's translation loads. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.locale.pending) await this.locale.ready;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('for') && this.isConnected) this.attach();
  }

  private attach(): void {
    this.detach();
    const target = this.for ? (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) : null;
    if (target?.localName !== 'frontier-map') {
      // The map may come later in the document: attach when any map announces itself.
      document.addEventListener('frontier-ready', this.onLateMap, { once: true });
      return;
    }
    this.target = target as FrontierMapElement;
    this.target.addEventListener('frontier-features-change', this.onFeatures);
    this.target.addEventListener('frontier-ready', this.onFeatures);
    this.attributeObserver.observe(target, { attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    // Until the map's sources have loaded, a count would read as "no data".
    const map = this.target;
    this.settled = false;
    void customElements
      .whenDefined('frontier-map')
      .then(() => map.whenIdle())
      .then(() => {
        if (this.target !== map) return;
        this.settled = true;
        this.requestUpdate();
      });
  }

  /** The map's sources have loaded (or failed) once. */
  private settled = false;

  private readonly onLateMap = () => {
    this.attach();
    this.requestUpdate();
  };

  private detach(): void {
    document.removeEventListener('frontier-ready', this.onLateMap);
    this.target?.removeEventListener('frontier-features-change', this.onFeatures);
    this.target?.removeEventListener('frontier-ready', this.onFeatures);
    this.attributeObserver.disconnect();
    this.target = null;
  }

  private targetChanged(): void {
    this.requestUpdate();
    void this.updateComplete.then(() => this.scrollToSelected());
  }

  /**
   * Brings the selected row into view by scrolling the list itself, never the page (a tap on the map
   * must not move the page under the reader); in virtual mode the row may not be rendered yet.
   */
  private scrollToSelected(): void {
    const id = this.target?.selected;
    const rows = this.rows;
    if (!id || rows.length <= VIRTUAL_FROM) {
      const row = this.renderRoot.querySelector('tr[aria-current="true"]');
      if (!row) return;
      const header = this.renderRoot.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const top = row.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop;
      const height = row.getBoundingClientRect().height;
      const viewport = {
        scrollTop: this.scrollTop,
        height: this.clientHeight,
        rowsTop: top,
        rowHeight: height,
        count: 1,
        overscan: 0,
      };
      const next = scrollToRow(0, viewport, header);
      if (next !== null) this.scrollTop = next;
      return;
    }
    const index = rows.findIndex((feature) => feature.id === id);
    if (index < 0) return;
    const header = this.renderRoot.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = scrollToRow(index, this.viewport(rows.length), header);
    if (top !== null) this.scrollTop = top;
  }

  /** The events listed now, in date order (or by distance); computed once per change. */
  get rows(): FrontierFeature[] {
    const map = this.target;
    if (!map) return [];
    const features = map.features;
    const layers = map.visibleLayers;
    const key = `${this.sort}|${map.from ?? ''}|${map.to ?? ''}|${layers.join()}`;
    if (this.listed?.key === key && this.listed.features === features) return this.listed.rows;
    if (this.order === null || this.listed?.features !== features) this.order = new EventOrder(features);
    const rows = this.order.rows({ from: map.from ?? undefined, to: map.to ?? undefined }, layers);
    if (this.sort === 'distance') {
      // Features without a point (multi-site summaries) go last; the sort is stable, so ties stay by date.
      const distance = (feature: FrontierFeature) =>
        map.frontierDistance(feature)?.km ?? Number.POSITIVE_INFINITY;
      rows.sort((a, b) => distance(a) - distance(b));
    }
    this.listed = { key, features, rows };
    return rows;
  }

  private viewport(count: number): Viewport {
    const { scrollTop, clientHeight: height } = this;
    return { scrollTop, height, rowsTop: this.rowsTop, rowHeight: this.rowHeight, count, overscan: OVERSCAN };
  }

  private onScroll(): void {
    const count = this.listed?.rows.length ?? 0;
    if (count <= VIRTUAL_FROM) return;
    const { first, last } = rowWindow(this.viewport(count));
    if (first !== this.rendered.first || last !== this.rendered.last) this.requestUpdate();
  }

  protected override updated(): void {
    if (this.rendered.last - this.rendered.first === this.listed?.rows.length) return;
    // Virtual mode: measure a real row and where rows start; render again if the guess was off.
    const row = this.renderRoot.querySelector<HTMLElement>('tbody tr[data-id]');
    const body = this.renderRoot.querySelector('tbody');
    if (!row || !body) return;
    const height = row.getBoundingClientRect().height;
    const top = body.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop;
    if (Math.abs(height - this.rowHeight) > 0.5 || Math.abs(top - this.rowsTop) > 0.5) {
      this.rowHeight = height;
      this.rowsTop = top;
      this.requestUpdate();
    }
  }

  private distanceCell(feature: FrontierFeature) {
    const result = this.target?.frontierDistance(feature);
    return result ? this.locale.i18n.t('list.distance', result.km, result.side) : '';
  }

  private sortHeader(key: 'date' | 'distance', label: string) {
    const active = this.sort === key;
    return html`<th scope="col" aria-sort=${active ? 'ascending' : 'none'} class=${key}>
      <button type="button" class="sort" @click=${() => (this.sort = key)}>
        ${label}<span aria-hidden="true">${active ? ' ▲' : ''}</span>
      </button>
    </th>`;
  }

  private choose(feature: FrontierFeature): void {
    this.target?.select(feature.id);
  }

  protected override render() {
    const i18n = this.locale.i18n;
    const rows = this.rows;
    const selected = this.target?.selected;
    const virtual = rows.length > VIRTUAL_FROM;
    const { first, last } = virtual ? rowWindow(this.viewport(rows.length)) : { first: 0, last: rows.length };
    this.rendered = { first, last };
    const spacer = (rowCount: number) =>
      html`<tr class="spacer" aria-hidden="true">
        <td colspan="3" style=${styleProps({ height: `${rowCount * this.rowHeight}px` })}></td>
      </tr>`;
    return html`<table
      lang=${i18n.htmlLang}
      dir=${i18n.dir}
      part="table"
      class=${virtual ? 'virtual' : nothing}
      aria-rowcount=${virtual ? rows.length + 1 : nothing}
    >
      <caption>
        ${this.caption ?? i18n.t('list.caption')}
        <span class="count">(${this.settled ? i18n.t('list.count', rows.length) : i18n.t('list.loading')})</span>
      </caption>
      <thead>
        <tr aria-rowindex=${virtual ? 1 : nothing}>
          ${this.sortHeader('date', i18n.t('list.date'))}
          <th scope="col">${i18n.t('list.event')}</th>
          ${this.sortHeader('distance', i18n.t('list.toFrontier'))}
        </tr>
      </thead>
      <tbody>
        ${virtual && first > 0 ? spacer(first) : nothing}
        ${repeat(
          rows.slice(first, last),
          (feature) => feature.id,
          (feature, offset) =>
            this.row(feature, feature.id === selected, virtual ? first + offset + 2 : null),
        )}
        ${virtual && last < rows.length ? spacer(rows.length - last) : nothing}
      </tbody>
    </table>`;
  }

  /** One event row; `rowIndex` (1-based, the header row is 1) only when rows are left out. */
  private row(feature: FrontierFeature, isSelected: boolean, rowIndex: number | null) {
    const p = feature.properties;
    const i18n = this.locale.i18n;
    const title = featureText(p, 'title', i18n.lang);
    return html`<tr
      part="row"
      aria-current=${isSelected ? 'true' : 'false'}
      aria-rowindex=${rowIndex ?? nothing}
      data-id=${feature.id}
    >
      <td class="date"><time datetime=${p.date ?? ''}>${i18n.dates.span(p.date, p.dateEnd)}</time></td>
      <td class="event">
        <button type="button" class="title" lang=${title?.htmlLang ?? nothing} dir=${title?.dir ?? 'auto'}
          @click=${() => this.choose(feature)}>${title?.text ?? ''}</button>
        <span class="meta"
          >${createLayerIcon(layerOf(feature), 12, p.color)} ${renderLocal(i18n.local(`kind.${p.kind}`))}${
            p.place ? html` · <bdi class="place">${p.place}</bdi>` : nothing
          }</span
        >
      </td>
      <td class="distance" title=${i18n.t('list.distanceTitle')}>
        ${this.distanceCell(feature)}
      </td>
    </tr>`;
  }

  static override styles = eventListStyles;
}
