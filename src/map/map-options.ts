/** The options of the Leaflet map behind a `<frontier-map>`: interactive, or still (static mode). */
import type * as L from 'leaflet';

export function leafletOptions(interactive: boolean): L.MapOptions {
  return {
    zoomSnap: 0.25,
    zoomControl: false,
    attributionControl: false,
    dragging: interactive,
    scrollWheelZoom: interactive,
    doubleClickZoom: interactive,
    boxZoom: interactive,
    touchZoom: interactive,
    keyboard: interactive,
    zoomAnimation: interactive,
    fadeAnimation: interactive,
    markerZoomAnimation: interactive,
    inertia: interactive,
    worldCopyJump: false,
    minZoom: 3,
    // The data's detail runs out here (geodata/README.md): further in would magnify blank land.
    maxZoom: 10,
  };
}
