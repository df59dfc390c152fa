/**
 * The map's credits in a bottom corner, where Leaflet's attribution control would be and with its
 * class, API and behaviour for layers that carry an `attribution` (tiles): each credit once, in the
 * order added, until its last user goes. Unlike Leaflet's, the credits are text, never HTML: nothing
 * a page passes in (a tile server's credit) can become markup.
 */
import * as L from 'leaflet';

export class Credits extends L.Control {
  private readonly credits = new Map<string, number>();
  private container: HTMLElement | null = null;

  override onAdd(map: L.Map): HTMLElement {
    // Leaflet's own layers (tiles) look for their credits' place here.
    (map as { attributionControl?: unknown }).attributionControl = this;
    const container = L.DomUtil.create('div', 'leaflet-control-attribution');
    L.DomEvent.disableClickPropagation(container);
    this.container = container;
    map.on('layeradd', this.onLayerAdd, this);
    this.update();
    return container;
  }

  override onRemove(map: L.Map): void {
    map.off('layeradd', this.onLayerAdd, this);
    this.container = null;
  }

  addAttribution(text: string): this {
    if (!text) return this;
    this.credits.set(text, (this.credits.get(text) ?? 0) + 1);
    this.update();
    return this;
  }

  removeAttribution(text: string): this {
    const users = this.credits.get(text);
    if (!users) return this;
    if (users > 1) this.credits.set(text, users - 1);
    else this.credits.delete(text);
    this.update();
    return this;
  }

  private onLayerAdd({ layer }: L.LayerEvent): void {
    const credit = layer.getAttribution?.();
    if (!credit) return;
    this.addAttribution(credit);
    layer.once('remove', () => this.removeAttribution(credit));
  }

  private update(): void {
    if (this.container) this.container.textContent = [...this.credits.keys()].join(', ');
  }
}
