/**
 * The measure tool: click or tap points to draw a geodesic path with its running total in km and
 * miles. Keyboard: with the map focused, Enter adds the point under the centre cross, Backspace
 * removes the last point, Escape ends measuring. While it is on, choosing a marker adds its point
 * instead of selecting it.
 */
import type { Position } from 'geojson';
import * as L from 'leaflet';
import { kmToMiles, pathLengthKm } from '../geo/measure.ts';
import type { Translator } from '../i18n/translate.ts';
import { CONTROL_ICONS, controlIcon } from './controls.ts';

/** Decimals of a measured length: 2 below 10 km, 1 below 100 km, none above. */
const decimals = (km: number) => (km < 10 ? 2 : km < 100 ? 1 : 0);

export class MeasureTool {
  private active = false;
  private points: Position[] = [];
  private readonly layer: L.LayerGroup;
  private button: HTMLButtonElement | null = null;
  private readout: HTMLElement | null = null;
  private readonly control: L.Control;
  /** The great-circle code, loaded when measuring first starts; straight segments until then. */
  private routes?: typeof import('../geo/great-circle-arc.ts');

  constructor(
    private readonly map: L.Map,
    private readonly pane: string,
    private readonly i18n: Translator,
    position: L.ControlPosition = 'topleft',
  ) {
    this.layer = L.layerGroup().addTo(map);
    const tool = this;
    const MeasureControl = L.Control.extend({
      onAdd() {
        const container = L.DomUtil.create('div', 'leaflet-bar frontier-measure-control');
        const button = L.DomUtil.create('button', 'frontier-control-button', container) as HTMLButtonElement;
        button.type = 'button';
        button.append(controlIcon(CONTROL_ICONS.measure));
        button.title = i18n.t('control.measure');
        button.setAttribute('aria-label', i18n.t('control.measure'));
        button.setAttribute('aria-pressed', 'false');
        L.DomEvent.on(button, 'click', (event) => {
          L.DomEvent.stop(event);
          tool.toggle();
        });
        const readout = L.DomUtil.create('div', 'frontier-measure-readout', container);
        readout.setAttribute('role', 'status');
        readout.setAttribute('aria-live', 'polite');
        readout.hidden = true;
        L.DomEvent.disableClickPropagation(container);
        tool.button = button;
        tool.readout = readout;
        return container;
      },
    });
    this.control = new MeasureControl({ position }).addTo(map);
    map.on('click', this.onMapClick, this);
    map.getContainer().addEventListener('keydown', this.onKeyDown);
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Total length of the path so far, in km. */
  get totalKm(): number {
    return this.points.length > 1 ? pathLengthKm(this.points).totalKm : 0;
  }

  toggle(on = !this.active): void {
    this.active = on;
    this.points = [];
    this.layer.clearLayers();
    this.map.getContainer().classList.toggle('is-measuring', on);
    this.button?.setAttribute('aria-pressed', String(on));
    if (this.readout) {
      this.readout.hidden = !on;
      this.readout.textContent = on ? this.i18n.t('measure.start') : '';
    }
    if (on) this.map.getContainer().focus({ preventScroll: true });
    if (on && !this.routes) {
      import('../geo/great-circle-arc.ts').then(
        (routes) => {
          this.routes = routes;
          if (this.points.length > 1) this.redraw();
        },
        () => {}, // offline: the segments stay straight, the lengths are right either way
      );
    }
  }

  /** Adds a point (`[lon, lat]`); used by clicks, Enter and chosen markers. */
  addPoint(latLng: L.LatLng): void {
    if (!this.active) return;
    const wrapped = latLng.wrap();
    this.points.push([wrapped.lng, wrapped.lat]);
    this.redraw();
  }

  private readonly onMapClick = (event: L.LeafletMouseEvent) => this.addPoint(event.latlng);

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!this.active || event.target !== this.map.getContainer()) return;
    if (event.key === 'Escape') this.toggle(false);
    else if (event.key === 'Enter') this.addPoint(this.map.getCenter());
    else if (event.key === 'Backspace') {
      this.points.pop();
      this.redraw();
    } else return;
    event.preventDefault();
  };

  private redraw(): void {
    this.layer.clearLayers();
    for (let i = 1; i < this.points.length; i++) {
      const [from, to] = [this.points[i - 1]!, this.points[i]!];
      const arc = this.routes?.greatCircleArc(from, to, 32).geometry;
      const parts = !arc ? [[from, to]] : arc.type === 'LineString' ? [arc.coordinates] : arc.coordinates;
      L.polyline(
        parts.map((part) => part.map(([lon, lat]) => [lat!, lon!] as L.LatLngTuple)),
        { pane: this.pane, interactive: false, className: 'frontier-measure-line', weight: 3 },
      ).addTo(this.layer);
    }
    for (const [lon, lat] of this.points) {
      L.circleMarker([lat!, lon!], {
        pane: this.pane,
        interactive: false,
        radius: 4,
        className: 'frontier-measure-vertex',
      }).addTo(this.layer);
    }
    if (!this.readout) return;
    const total = this.totalKm;
    const { i18n } = this;
    const km = (value: number) => i18n.format.km(value, decimals(value));
    this.readout.textContent =
      this.points.length < 2
        ? i18n.t('measure.next', this.points.length)
        : i18n.t('measure.total', km(total), km(kmToMiles(total)), this.points.length - 1);
  }

  remove(): void {
    this.map.off('click', this.onMapClick, this);
    this.map.getContainer().removeEventListener('keydown', this.onKeyDown);
    this.control.remove();
    this.layer.remove();
  }
}
