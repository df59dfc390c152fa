export { TileLayer, tileLayer } from 'leaflet';
