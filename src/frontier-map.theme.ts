/**
 * The dark palette of `<frontier-map>`: `theme="dark"`, or `theme="auto"` (the default) when the reader
 * prefers a dark colour scheme. Screen only: paper is always light, and so is a `snapshot()` (the
 * element carries `snapshotting` while it paints one). Colours are custom properties, so a page can
 * still set any `--frontier-*` on the element; the few rules below recolour what Leaflet and the
 * labels draw with fixed colours. Text colours meet WCAG AA (4.5:1) on the panel and the land.
 */
import { unsafeCSS } from 'lit';

const LIGHT = `
  --frontier-muted: #555;
  --frontier-surface: #fff;
  --frontier-surface-alt: #f3f1ec;
  --frontier-rule: #ddd7cb;
  --frontier-control-border: #b9b2a3;
  --frontier-accent: #2b6cb0;
  --frontier-accent-soft: #e6eef8;
  --frontier-link: #1a5fb4;
  --frontier-highlight: #fff3c4;
  --frontier-warning-bg: #fff8e1;
  --frontier-axis: #8a8272;
  --frontier-halo: #fff;
  --frontier-place-ink: #3b4150;
  --frontier-capital-ink: #1d2330;
  --frontier-region-ink: #7a7262;
  --frontier-country-ink: #6b6352;
  --frontier-crossing-ink: #2e5e31;
  --frontier-caption-bg: rgba(255, 255, 255, 0.9);
  color-scheme: light;
`;

const DARK = `
  --frontier-text: #e8e6e1;
  --frontier-sea: #0d2233;
  --frontier-land: #22272e;
  --frontier-land-focus: #2c323a;
  --frontier-border: #5d6672;
  --frontier-line-color: #f2efe8;
  --frontier-panel-bg: rgba(24, 28, 34, 0.97);
  --frontier-timeline-bg: #181c22;
  --frontier-muted: #b9b4aa;
  --frontier-surface: #1c2128;
  --frontier-surface-alt: #2a3038;
  --frontier-rule: #3a414b;
  --frontier-control-border: #6b7480;
  --frontier-accent: #7fb0ff;
  --frontier-accent-soft: #233247;
  --frontier-link: #8cb8ff;
  --frontier-highlight: #4a4020;
  --frontier-warning-bg: #3a3018;
  --frontier-axis: #8c96a3;
  --frontier-halo: #0e1318;
  --frontier-place-ink: #d4d0c8;
  --frontier-capital-ink: #f4f1ea;
  --frontier-region-ink: #a59f92;
  --frontier-country-ink: #c9c2b3;
  --frontier-crossing-ink: #93c996;
  --frontier-caption-bg: rgba(24, 28, 34, 0.92);
  --frontier-color-posts: #6f8fe8;
  --frontier-color-militancy: #b26bd6;
  color-scheme: dark;
`;

/** What Leaflet's controls and the labels draw with fixed colours, recoloured in the dark. */
const DARK_RULES: ReadonlyArray<[string, string]> = [
  ['.frontier-control-button', 'background: #1c2128; color: #e8e6e1; border-color: #3a414b;'],
  ['.frontier-control-button:hover', 'background: #2a3038;'],
  ['.frontier-control-button.leaflet-disabled', 'background: #15191e; color: #7d858f;'],
  ['.leaflet-control-attribution', 'background: rgba(24, 28, 34, 0.85); color: #cfcac1;'],
  [
    '.leaflet-control-scale-line',
    'background: rgba(24, 28, 34, 0.8); color: #e8e6e1; border-color: #b9b4aa;',
  ],
  ['.frontier-line-casing', 'stroke: #0e1318;'],
  ['.frontier-marker path', 'stroke: #0e1318;'],
  ['.frontier-marker svg', 'filter: drop-shadow(0 0 1px #0e1318);'],
];

const block = (host: string, vars: string, rules: ReadonlyArray<[string, string]>) =>
  `${host} {${vars}}\n${rules
    .map(
      ([selector, body]) =>
        `${selector
          .split(',')
          .map((one) => `${host} ${one.trim()}`)
          .join(', ')} { ${body} }`,
    )
    .join('\n')}`;

/** Light variables for every theme (and paper); the dark ones on screen when chosen or preferred. */
export const themeStyles = unsafeCSS(`
  :host {${LIGHT}}
  @media screen {
    ${block(":host([theme='dark']:not([snapshotting]))", DARK, DARK_RULES)}
  }
  @media screen and (prefers-color-scheme: dark) {
    ${block(":host(:not([theme='light']):not([theme='dark']):not([snapshotting]))", DARK, DARK_RULES)}
  }
`);
