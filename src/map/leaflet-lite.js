// The parts of Leaflet 1.9 the map uses, from Leaflet's own modules (the bundler aliases `leaflet`
// here): about a third less code than the whole library. Left out: popups and tooltips (hover-tips.ts
// draws ours), the zoom and attribution controls (controls.ts, credits.ts make ours), GeoJSON layers,
// image and video overlays, the layers control, the CRSs other than Web Mercator, the canvas
// renderer (large data sets have their own canvas), marker dragging, the long-press context menu
// and old IE's VML; tile layers load on demand (leaflet-tiles.js). Leaflet is BSD-2-Clause.
export * from 'leaflet/src/core/index.js';
export * from 'leaflet/src/dom/index.js';
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export * from 'leaflet/src/geometry/index.js';
export { FeatureGroup, featureGroup } from 'leaflet/src/layer/FeatureGroup.js';
export { Layer } from 'leaflet/src/layer/Layer.js';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { DivIcon, divIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { Marker, marker } from 'leaflet/src/layer/marker/Marker.js';
export { Renderer } from 'leaflet/src/layer/vector/Renderer.js';

import { svg } from 'leaflet/src/layer/vector/SVG.js';

export { CircleMarker, circleMarker } from 'leaflet/src/layer/vector/CircleMarker.js';
export { Path } from 'leaflet/src/layer/vector/Path.js';
export { Polygon, polygon } from 'leaflet/src/layer/vector/Polygon.js';
export { Polyline, polyline } from 'leaflet/src/layer/vector/Polyline.js';
export { SVG, svg } from 'leaflet/src/layer/vector/SVG.js';

// The map's handlers register themselves; the long-press one (a context menu on iOS) is left out.
import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import { Map as LeafletMap } from 'leaflet/src/map/Map.js';

export { createMap as map, Map } from 'leaflet/src/map/Map.js';

import { Control, control } from 'leaflet/src/control/Control.js';
import { Scale, scale } from 'leaflet/src/control/Control.Scale.js';

Control.Scale = Scale;
control.scale = scale;

export { Control, control };

// Leaflet's Renderer.getRenderer.js, with SVG as the only renderer (it would pull in the canvas one).
LeafletMap.include({
  getRenderer(layer) {
    this._renderer ??= svg();
    const renderer =
      layer.options.renderer ||
      this._getPaneRenderer(layer.options.pane) ||
      this.options.renderer ||
      this._renderer;
    if (!this.hasLayer(renderer)) this.addLayer(renderer);
    return renderer;
  },
  _getPaneRenderer(name) {
    if (name === 'overlayPane' || name === undefined) return false;
    this._paneRenderers[name] ??= svg({ pane: name });
    return this._paneRenderers[name];
  },
});
