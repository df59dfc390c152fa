/** The whole Leaflet library (the map bundles a part of it), for the test that compares the two. */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  const parts: Record<string, unknown>;
  export = parts;
}
