// Leaflet's tile layer, in a chunk of its own: only a page that names a tile server (`tiles`) loads it.
export { TileLayer, tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
