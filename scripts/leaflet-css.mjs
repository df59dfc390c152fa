/**
 * Leaflet's stylesheet without the rules of the parts the map never uses (popups, the layers control,
 * the default marker images, old Internet Explorer and VML): they were a sixth of the code a page
 * downloads, their images inlined as data URLs. Writes `src/map/leaflet-core.css`, which the map adopts
 * into its shadow root; a unit test regenerates it from the installed Leaflet and compares, so an
 * upgrade that changes Leaflet's CSS is noticed. Run: `node scripts/leaflet-css.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LEAFLET_CSS = `${root}node_modules/leaflet/dist/leaflet.css`;
export const LEAFLET_CORE_CSS = `${root}src/map/leaflet-core.css`;

/** Selectors of parts of Leaflet the map does not use. */
const UNUSED = [
  /leaflet-popup/,
  /leaflet-control-layers/,
  /leaflet-oldie/,
  /leaflet-vml/,
  /\blvml\b/,
  /leaflet-default-icon-path/,
  /leaflet-retina/,
  /leaflet-marker-shadow/,
];

const HEADER =
  '/* Leaflet 1.9 CSS (BSD-2-Clause, (c) 2010-2023 Volodymyr Agafonkin, (c) 2010-2011 CloudMade), ' +
  'trimmed by scripts/leaflet-css.mjs: do not edit. */\n';

/** The rules of `css` (no nesting but one level of at-rules), minus unused selectors, minified. */
export function trimLeafletCss(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out = [];
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('{', index);
    if (open < 0) break;
    const prelude = text.slice(index, open).trim();
    if (prelude.startsWith('@')) {
      // An at-rule block: find its matching brace, trim its inner rules the same way.
      let depth = 1;
      let end = open + 1;
      while (depth > 0 && end < text.length) {
        if (text[end] === '{') depth++;
        else if (text[end] === '}') depth--;
        end++;
      }
      const inner = trimLeafletCss(text.slice(open + 1, end - 1));
      if (inner) out.push(`${prelude.replace(/\s+/g, ' ')}{${inner}}`);
      index = end;
      continue;
    }
    const close = text.indexOf('}', open);
    const selectors = prelude
      .split(',')
      .map((selector) => selector.trim().replace(/\s+/g, ' '))
      .filter((selector) => selector && !UNUSED.some((pattern) => pattern.test(selector)));
    const body = text
      .slice(open + 1, close)
      .split(';')
      .map((declaration) =>
        declaration
          .trim()
          .replace(/\s*:\s*/, ':')
          .replace(/\s+/g, ' '),
      )
      .filter(Boolean)
      .join(';');
    if (selectors.length && body) out.push(`${selectors.join(',')}{${body}}`);
    index = close + 1;
  }
  return out.join('\n');
}

export function leafletCoreCss() {
  return `${HEADER}${trimLeafletCss(readFileSync(LEAFLET_CSS, 'utf8'))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(LEAFLET_CORE_CSS, leafletCoreCss());
  console.log(`wrote ${LEAFLET_CORE_CSS}`);
}
