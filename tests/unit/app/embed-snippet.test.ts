import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, safeCssLength } from '../../../src/app/embed-snippet.ts';

const base = {
  scriptUrl: 'https://maps.example/frontier-map.js',
  viewerUrl: 'https://maps.example/index.html',
  width: '100%',
  heightPx: 480,
  layers: ['frontier', 'strikes'] as const,
  static: false,
  list: false,
  mode: 'element' as const,
};

describe('buildEmbedSnippet', () => {
  it('writes the script tag and the element with the chosen attributes', () => {
    const text = buildEmbedSnippet({
      ...base,
      layers: [...base.layers],
      view: { center: [70.1234, 33.9876], zoom: 7 },
      from: '2025-10-09',
      to: '2025-10-19',
      heading: 'A "quoted" <heading>',
      static: true,
      list: true,
    });
    expect(text).toBe(
      [
        '<script type="module" src="https://maps.example/frontier-map.js"></script>',
        '<frontier-map',
        '  id="frontier-map"',
        '  style="display: block; width: 100%; height: 480px"',
        '  center="33.988,70.123"',
        '  zoom="7"',
        '  layers="frontier,strikes"',
        '  from="2025-10-09"',
        '  to="2025-10-19"',
        '  heading="A &quot;quoted&quot; &lt;heading&gt;"',
        '  static',
        '></frontier-map>',
        '<frontier-event-list for="frontier-map" style="display: block; max-height: 360px"></frontier-event-list>',
      ].join('\n'),
    );
  });

  it('writes an iframe with the state in the hash', () => {
    const text = buildEmbedSnippet({
      ...base,
      layers: [...base.layers],
      mode: 'iframe',
      view: { center: [70.1, 33.9], zoom: 6 },
      from: '2025-10-09',
    });
    expect(text).toBe(
      '<iframe src="https://maps.example/index.html#map=6/33.9/70.1&amp;layers=frontier,strikes&amp;from=2025-10-09" ' +
        'style="width: 100%; height: 480px; border: 0" title="Map of the Afghanistan–Pakistan frontier" ' +
        'allowfullscreen loading="lazy"></iframe>',
    );
  });

  it('frames the map-only page, with the view only when one was chosen', () => {
    const withView = buildEmbedSnippet({
      ...base,
      layers: [...base.layers],
      mapPageUrl: 'https://maps.example/map.html',
      mode: 'iframe',
      view: { center: [70.1, 33.9], zoom: 6 },
    });
    expect(withView).toContain(
      'src="https://maps.example/map.html#map=6/33.9/70.1&amp;layers=frontier,strikes"',
    );
    const fitted = buildEmbedSnippet({
      ...base,
      layers: [...base.layers],
      mapPageUrl: 'https://maps.example/map.html',
      mode: 'iframe',
    });
    expect(fitted).toContain('src="https://maps.example/map.html#layers=frontier,strikes"');
    const viewer = buildEmbedSnippet({ ...base, layers: [...base.layers], mapPageUrl: 'x', mode: 'viewer' });
    expect(viewer).toContain('src="https://maps.example/index.html#layers=frontier,strikes"');
  });

  it('lets only plain lengths into the style attribute and clamps the height', () => {
    expect(safeCssLength('640px', '100%')).toBe('640px');
    expect(safeCssLength('100%; background:url(x)', '100%')).toBe('100%');
    expect(buildEmbedSnippet({ ...base, layers: [], heightPx: 99999 })).toContain('height: 2000px');
  });

  it("writes the builder's language: a lang attribute on the element and the list, lang= in a frame's hash", () => {
    const element = buildEmbedSnippet({ ...base, layers: [...base.layers], list: true, lang: 'prs' });
    expect(element).toContain('\n  lang="fa-AF"\n></frontier-map>');
    expect(element).toContain('<frontier-event-list for="frontier-map" lang="fa-AF" style=');
    const frame = buildEmbedSnippet({
      ...base,
      layers: [...base.layers],
      mode: 'viewer',
      from: '2025-10-19',
      lang: 'ur',
      iframeTitle: 'نقشہ "سرحد"',
    });
    expect(frame).toContain('index.html#layers=frontier,strikes&amp;from=2025-10-19&amp;lang=ur"');
    expect(frame).toContain('title="نقشہ &quot;سرحد&quot;"');
    expect(buildEmbedSnippet({ ...base, layers: [...base.layers], lang: 'en' })).not.toContain('lang=');
  });
});
