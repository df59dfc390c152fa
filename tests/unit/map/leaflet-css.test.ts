import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEAFLET_CORE_CSS, leafletCoreCss, trimLeafletCss } from '../../../scripts/leaflet-css.mjs';

describe("the map's copy of Leaflet's CSS", () => {
  it('is what the script makes of the installed Leaflet (run node scripts/leaflet-css.mjs after an upgrade)', () => {
    expect(readFileSync(LEAFLET_CORE_CSS, 'utf8')).toBe(leafletCoreCss());
  });

  it('keeps the panes, controls, tooltips and print rules, and drops popups, layer switcher and images', () => {
    const css = readFileSync(LEAFLET_CORE_CSS, 'utf8');
    for (const kept of [
      '.leaflet-pane',
      '.leaflet-control-zoom-in',
      '.leaflet-tooltip-top:before',
      '.leaflet-control-scale-line',
      '.leaflet-zoom-anim',
      '@media print',
    ]) {
      expect(css).toContain(kept);
    }
    for (const dropped of ['leaflet-popup', 'leaflet-control-layers', 'url(', 'leaflet-oldie']) {
      expect(css).not.toContain(dropped);
    }
  });

  it('drops one unused selector of a list and keeps the others', () => {
    expect(trimLeafletCss('.a, .leaflet-popup-pane, .b { color: red; }')).toBe('.a,.b{color:red}');
    expect(trimLeafletCss('@media print { .leaflet-oldie .x { a: b } .y { c: d } }')).toBe(
      '@media print{.y{c:d}}',
    );
  });
});
