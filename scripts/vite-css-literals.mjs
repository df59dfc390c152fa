/**
 * Minifies the CSS in Lit's css`…` templates when building: Vite minifies stylesheets, but leaves
 * template literals in scripts as they were written, comments and indentation included.
 */

/**
 * CSS with its comments removed and its whitespace collapsed. Quoted strings and `${…}` placeholders
 * are kept as they are; a space is dropped only where CSS never needs it (around `{ } ;` and after `:`
 * in a declaration), so `a :hover` and `calc(1px + 2px)` keep theirs.
 * @param {string} text
 */
export function minifyCss(text) {
  const kept = [];
  const keep = (part) => `\uE000${kept.push(part) - 1}\uE000`;
  // One pass, left to right, so that a quote inside a comment or a comment inside a string is neither.
  const bare = text
    .replace(/\/\*[\s\S]*?\*\/|\$\{[^}]*\}|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, (part) =>
      part.startsWith('/*') ? '' : keep(part),
    )
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([{;][-\w]+):\s+/g, '$1:')
    .trim();
  return bare.replace(/\uE000(\d+)\uE000/g, (_, index) => kept[Number(index)]);
}

/** @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'frontier-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
