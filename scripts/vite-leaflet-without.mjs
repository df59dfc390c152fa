/**
 * Two parts of Leaflet 1.9 that no map here can use, replaced by what Leaflet's own code expects when
 * they are absent: marker dragging (`Marker.js` asks `if (MarkerDrag)`) and VML, Internet Explorer 8's
 * vector format (`SVG.js` uses it only when `Browser.vml`, false in every browser that runs the map).
 */
const STUBS = {
  'layer/marker/Marker.js ./Marker.Drag': 'export var MarkerDrag = null;\n',
  'layer/vector/SVG.js ./SVG.VML': 'export var vmlCreate = null;\nexport var vmlMixin = {};\n',
};
const PREFIX = '\0frontier-leaflet-without:';

/** @returns {import('vite').Plugin} */
export function leafletWithout() {
  return {
    name: 'frontier-leaflet-without',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = importer?.replaceAll('\\', '/').split('/leaflet/src/')[1];
      const key = from && `${from} ${source.replace(/\.js$/, '')}`;
      return key && key in STUBS ? PREFIX + key : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? STUBS[id.slice(PREFIX.length)] : null;
    },
  };
}
