/**
 * Hover and focus tooltips: a short text above what is under the pointer or keyboard focus, one at a
 * time (a map's markers share one; a canvas of points has its own). Leaflet's tooltip layer (built on the popups' overlay machinery) does much more than
 * this, for about 2 kB of every page's code; this keeps its look (`leaflet-tooltip`, the arrow) and
 * its behaviour for markers: shown on hover and focus, gone on leave, blur and removal.
 */
import * as L from 'leaflet';

let count = 0;

export class HoverTips {
  private element: HTMLElement | null = null;
  private owner: object | null = null;
  /** The element the tooltip describes while it shows (`aria-describedby`). */
  private described: Element | null = null;
  private at: { latLng: L.LatLng; offsetY: number } | null = null;
  /** Shared by every tooltip of the map; markers name it in `aria-describedby` while theirs shows. */
  private readonly id = `frontier-tip-${++count}`;

  constructor(private readonly map: L.Map) {
    map.on('zoomend viewreset', this.place, this);
  }

  /**
   * Shows `content` `offsetY` px above `latLng` for `owner`, in place of any other tooltip; `describes`
   * (a marker's element) names it in `aria-describedby` until it goes.
   */
  show(
    owner: object,
    latLng: L.LatLng,
    content: Node,
    offsetY: number,
    className = '',
    describes?: Element | null,
  ): void {
    this.hide();
    const pane = this.map.getPane('tooltipPane');
    if (!pane) return;
    const element = L.DomUtil.create(
      'div',
      `leaflet-tooltip leaflet-tooltip-top leaflet-zoom-hide ${className}`,
    );
    element.id = this.id;
    element.setAttribute('role', 'tooltip');
    element.append(content);
    pane.append(element);
    this.element = element;
    this.owner = owner;
    this.at = { latLng, offsetY };
    this.described = describes ?? null;
    this.described?.setAttribute('aria-describedby', this.id);
    this.place();
  }

  /** Hides the tooltip, or only `owner`'s when given. */
  hide(owner?: object): void {
    if (owner !== undefined && owner !== this.owner) return;
    this.described?.removeAttribute('aria-describedby');
    this.described = null;
    this.element?.remove();
    this.element = null;
    this.owner = null;
    this.at = null;
  }

  /** The marker's tooltip on hover and keyboard focus: `content` is made when it shows. */
  bind(marker: L.Marker, content: () => Node, offsetY: number, className?: string): void {
    const open = () =>
      this.show(marker, marker.getLatLng(), content(), offsetY, className, marker.getElement());
    const close = () => this.hide(marker);
    marker.on('mouseover', open);
    marker.on('mouseout remove', close);
    marker.on('add', () => {
      const element = marker.getElement();
      element?.addEventListener('focus', open);
      element?.addEventListener('blur', close);
    });
  }

  remove(): void {
    this.hide();
    this.map.off('zoomend viewreset', this.place, this);
  }

  /** Centred above its point, the arrow's 6 px included (`.leaflet-tooltip-top`'s margin). */
  private place(): void {
    const { element, at } = this;
    if (!element || !at) return;
    const point = this.map.latLngToLayerPoint(at.latLng);
    L.DomUtil.setPosition(
      element,
      L.point(point.x - element.offsetWidth / 2, point.y - element.offsetHeight + at.offsetY),
    );
  }
}
