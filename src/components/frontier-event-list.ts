import { css, html, LitElement, nothing } from 'lit';
import { isEvent, layerOf, visibleFeatures } from '../data/filter.ts';
import type { FrontierFeature } from '../data/schema.ts';
import type { FrontierMapElement } from '../frontier-map.ts';
import { createLayerIcon, KIND_LABEL } from '../map/kind-style.ts';
import { formatDateSpan } from './feature-panel.ts';

const WATCHED_ATTRIBUTES = ['selected', 'layers', 'from', 'to'];

/**
 * @tagname frontier-event-list
 * `<frontier-event-list for="map-id">`: an accessible table of the events a `<frontier-map>` shows,
 * kept in sync with it. Choosing a row selects the event on the map (which flies to it); choosing a
 * marker highlights its row. It follows the map's layers and time window.
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
  /** Visible caption of the table. */
  declare caption: string;
  /** Row order: `date` (default) or `distance` to the frontier, nearest first. */
  declare sort: 'date' | 'distance';

  private target: FrontierMapElement | null = null;
  private readonly attributeObserver = new MutationObserver(() => this.targetChanged());
  private readonly onFeatures = () => this.requestUpdate();

  constructor() {
    super();
    this.for = '';
    this.caption = 'Events shown on the map';
    this.sort = 'date';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
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
  }

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
    void this.updateComplete.then(() => {
      const row = this.renderRoot.querySelector('tr[aria-current="true"]');
      row?.scrollIntoView({ block: 'nearest' });
    });
  }

  /** The events listed now, in date order. */
  get rows(): FrontierFeature[] {
    const map = this.target;
    if (!map) return [];
    const window = { from: map.from ?? undefined, to: map.to ?? undefined };
    const byDate = (a: FrontierFeature, b: FrontierFeature) =>
      a.properties.date!.localeCompare(b.properties.date!) || a.id.localeCompare(b.id);
    const events = visibleFeatures(map.features, map.visibleLayers, window).filter(isEvent);
    if (this.sort !== 'distance') return events.sort(byDate);
    // Features without a point (multi-site summaries) go last.
    const distance = (feature: FrontierFeature) =>
      map.frontierDistance(feature)?.km ?? Number.POSITIVE_INFINITY;
    return events.sort((a, b) => distance(a) - distance(b) || byDate(a, b));
  }

  private distanceCell(feature: FrontierFeature) {
    const result = this.target?.frontierDistance(feature);
    if (!result) return '';
    const km = result.km < 10 ? result.km.toFixed(1) : Math.round(result.km).toLocaleString('en-GB');
    return `${km} km${result.side ? ` ${result.side === 'AFG' ? 'AF' : 'PK'}` : ''}`;
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
    const rows = this.rows;
    const selected = this.target?.selected;
    return html`<table part="table">
      <caption>
        ${this.caption}
        <span class="count">(${rows.length})</span>
      </caption>
      <thead>
        <tr>
          ${this.sortHeader('date', 'Date')}
          <th scope="col">Event</th>
          ${this.sortHeader('distance', 'To frontier')}
        </tr>
      </thead>
      <tbody>
        ${rows.map((feature) => {
          const p = feature.properties;
          const isSelected = feature.id === selected;
          return html`<tr part="row" aria-current=${isSelected ? 'true' : 'false'} data-id=${feature.id}>
            <td class="date"><time datetime=${p.date!}>${formatDateSpan(p.date, p.dateEnd)}</time></td>
            <td class="event">
              <button type="button" class="title" @click=${() => this.choose(feature)}>${p.title}</button>
              <span class="meta"
                >${createLayerIcon(layerOf(feature), 12, p.color)} ${KIND_LABEL[p.kind]}${
                  p.place ? html` · <span class="place">${p.place}</span>` : nothing
                }</span
              >
            </td>
            <td class="distance" title="Distance to the Durand Line; AF = Afghan side, PK = Pakistani side">
              ${this.distanceCell(feature)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  static override styles = css`
    :host {
      display: block;
      overflow: auto;
      font-family: var(--frontier-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: 13px;
      color: var(--frontier-text, #1d2330);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 6px 8px;
    }
    .count {
      color: #666;
      font-weight: 400;
    }
    th {
      position: sticky;
      top: 0;
      background: #f3f1ec;
      text-align: left;
      font-weight: 600;
      padding: 5px 8px;
      border-bottom: 1px solid #d9d4c9;
    }
    td {
      padding: 5px 8px;
      border-bottom: 1px solid #ece8df;
      vertical-align: top;
    }
    td.date {
      font-variant-numeric: tabular-nums;
    }
    td.date {
      width: 1%;
      color: #444;
      font-size: 12px;
    }
    .title {
      all: unset;
      display: block;
      cursor: pointer;
      color: #1a4f9c;
      font-weight: 500;
      line-height: 1.3;
    }
    .title:hover {
      text-decoration: underline;
    }
    .title:focus-visible {
      outline: 2px solid #2b6cb0;
      outline-offset: 2px;
    }
    .meta {
      display: block;
      margin-top: 2px;
      color: #5a5f6b;
      font-size: 11.5px;
    }
    .meta svg {
      vertical-align: -1px;
    }
    td.distance {
      width: 1%;
      white-space: nowrap;
      text-align: right;
      font-variant-numeric: tabular-nums;
      color: #444;
      font-size: 12px;
    }
    th.distance {
      text-align: right;
    }
    .sort {
      all: unset;
      cursor: pointer;
      font-weight: 600;
    }
    .sort:focus-visible {
      outline: 2px solid #2b6cb0;
    }
    tr[aria-current='true'] td {
      background: #fff3c4;
    }
  `;
}
