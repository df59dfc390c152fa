/**
 * Features → Leaflet layers, one group per map layer. Points become keyboard-reachable markers with
 * an SVG icon per layer; located-to-an-area points also get their Turf uncertainty circle.
 * Lines and polygons from user layers become plain styled paths.
 */
import type { Geometry, Position } from 'geojson';
import * as L from 'leaflet';
import { layerOf } from '../data/filter.ts';
import type { FeatureLayerName, FrontierFeature } from '../data/schema.ts';
import { uncertaintyCircle } from '../geo/uncertainty-circle.ts';
import { featureText } from '../i18n/feature-text.ts';
import type { Translator } from '../i18n/translate.ts';
import { type PathGeometry, pathOf } from './geojson-paths.ts';
import type { HoverTips } from './hover-tips.ts';
import { createLayerIcon } from './kind-style.ts';

export interface FeatureLayerSet {
  groups: Map<FeatureLayerName, L.LayerGroup>;
  /** Markers (or paths) per feature id, for selection and keyboard focus. */
  byId: Map<string, L.Layer[]>;
  /** A marker's uncertainty circle, drawn strong while the marker is hovered, focused or selected. */
  circles: Map<L.Marker, L.Polygon>;
}

const AREA_PRECISIONS = new Set(['town', 'district', 'province']);

function pointsOf(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return [];
}

function markerFor(
  feature: FrontierFeature,
  [lon, lat]: Position,
  pane: string,
  i18n: Translator,
  tips: HoverTips,
): L.Marker {
  const layer = layerOf(feature);
  const { kind } = feature.properties;
  const title = featureText(feature.properties, 'title', i18n.lang)?.text ?? '';
  const date = feature.properties.date
    ? i18n.dates.span(feature.properties.date, feature.properties.dateEnd)
    : undefined;
  // Leaflet's divIcon takes an HTMLElement (a string would go through innerHTML).
  const icon = document.createElement('span');
  icon.append(createLayerIcon(layer, 22, feature.properties.color));
  const marker = L.marker([lat!, lon!], {
    icon: L.divIcon({ html: icon, className: `frontier-marker layer-${layer}`, iconSize: [22, 22] }),
    keyboard: true,
    riseOnHover: true,
    pane,
  });
  // Title and date on hover and keyboard focus, as DOM text.
  tips.bind(marker, () => tooltipFor(title, date), -12, 'frontier-tooltip');
  // Leaflet's `title` option is an attribute; ours adds a proper accessible name and role.
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', i18n.t('marker.label', i18n.t(`kind.${kind}`), title, date));
    element.dataset.featureId = feature.id;
  });
  return marker;
}

/** The circle's outline is quiet until its marker is pointed at or focused (or selected). */
function strengthenOnHover(marker: L.Marker, circle: L.Polygon): void {
  const strong = (on: boolean) => {
    const selected = marker.getElement()?.classList.contains('is-selected') ?? false;
    circle.getElement()?.classList.toggle('is-strong', on || selected);
  };
  marker.on('mouseover', () => strong(true));
  marker.on('mouseout', () => strong(false));
  marker.on('add', () => {
    marker.getElement()?.addEventListener('focus', () => strong(true));
    marker.getElement()?.addEventListener('blur', () => strong(false));
  });
}

function tooltipFor(title: string, date: string | undefined): HTMLElement {
  const tip = document.createElement('span');
  const strong = document.createElement('strong');
  strong.textContent = title;
  tip.append(strong);
  if (date) {
    const when = document.createElement('span');
    when.className = 'frontier-tooltip-date';
    when.textContent = date;
    tip.append(document.createElement('br'), when);
  }
  return tip;
}

function circleFor(feature: FrontierFeature, center: Position, pane: string): L.Polygon | null {
  const { precision, uncertaintyKm } = feature.properties;
  if (!precision || !AREA_PRECISIONS.has(precision) || !uncertaintyKm || uncertaintyKm <= 0) return null;
  const ring = uncertaintyCircle([center[0]!, center[1]!], uncertaintyKm).geometry.coordinates[0]!;
  return L.polygon(
    ring.map(([lon, lat]: Position) => [lat!, lon!] as L.LatLngTuple),
    { pane, interactive: false, className: `frontier-uncertainty layer-${layerOf(feature)}`, weight: 1 },
  );
}

/** A line or area feature as one Leaflet path (the validator lets no other geometry here). */
function pathFor(feature: FrontierFeature, pane: string): L.Path {
  return pathOf(feature.geometry as PathGeometry, {
    pane,
    className: `frontier-path layer-${layerOf(feature)}`,
    weight: 3,
  });
}

export interface FeatureLayerPanes {
  markers: string;
  areas: string;
}

/**
 * Builds every layer group. `onChoose` runs when a marker is clicked or activated with Enter;
 * the caller decides what choosing means (event, panel).
 */
export function createFeatureLayers(
  features: readonly FrontierFeature[],
  panes: FeatureLayerPanes,
  onChoose: (feature: FrontierFeature, latLng: L.LatLng) => void,
  i18n: Translator,
  tips: HoverTips,
): FeatureLayerSet {
  const groups = new Map<FeatureLayerName, L.LayerGroup>();
  const byId = new Map<string, L.Layer[]>();
  const circles = new Map<L.Marker, L.Polygon>();
  for (const feature of features) {
    if (!feature.geometry) continue;
    const name = layerOf(feature);
    const group = groups.get(name) ?? L.layerGroup();
    groups.set(name, group);
    const layers: L.Layer[] = [];
    const points = pointsOf(feature.geometry);
    for (const point of points) {
      const circle = circleFor(feature, point, panes.areas);
      const marker = markerFor(feature, point, panes.markers, i18n, tips);
      if (circle) {
        group.addLayer(circle);
        circles.set(marker, circle);
        strengthenOnHover(marker, circle);
      }
      marker.on('click', () => onChoose(feature, marker.getLatLng()));
      // role="button" promises Enter and Space; Leaflet's markers act on neither by themselves.
      marker.on('keydown', (event) => {
        const key = (event as L.LeafletKeyboardEvent).originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        (event as L.LeafletKeyboardEvent).originalEvent.preventDefault();
        onChoose(feature, marker.getLatLng());
      });
      group.addLayer(marker);
      layers.push(marker);
    }
    if (points.length === 0) {
      const path = pathFor(feature, panes.areas);
      path.on('click', (event) => onChoose(feature, (event as L.LeafletMouseEvent).latlng));
      group.addLayer(path);
      layers.push(path);
    }
    byId.set(feature.id, layers);
  }
  return { groups, byId, circles };
}

/**
 * Marks the selected feature's markers (raised, its circle strong) and unmarks the others; returns
 * where the first of them is, or null when none is drawn.
 */
export function highlightSelected(set: FeatureLayerSet, selectedId: string | null): L.LatLng | null {
  let position: L.LatLng | null = null;
  for (const [id, layers] of set.byId) {
    for (const layer of layers) {
      if (!(layer instanceof L.Marker)) continue;
      const element = layer.getElement();
      const selected = id === selectedId;
      element?.classList.toggle('is-selected', selected);
      element?.setAttribute('aria-pressed', String(selected));
      set.circles.get(layer)?.getElement()?.classList.toggle('is-strong', selected);
      if (selected) {
        layer.setZIndexOffset(1000);
        position ??= layer.getLatLng();
      } else layer.setZIndexOffset(0);
    }
  }
  return position;
}
