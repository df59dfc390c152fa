import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssLiterals } from '../../../scripts/vite-css-literals.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace CSS does not need', () => {
    expect(minifyCss('\n  /* why */\n  :host {\n    display: block;\n    color: red;\n  }\n')).toBe(
      ':host{display:block;color:red}',
    );
  });

  it('keeps the spaces that carry meaning', () => {
    expect(minifyCss('.a :hover, .b > .c { width: calc(1px + 2px); }')).toBe(
      '.a :hover, .b > .c{width:calc(1px + 2px)}',
    );
    expect(minifyCss('@media (max-width: 600px) { .x { margin: 0 auto; } }')).toBe(
      '@media (max-width: 600px){.x{margin:0 auto}}',
    );
  });

  it('reads a quote inside a comment as part of the comment', () => {
    expect(minifyCss("/* the reader's */ a { content: 'x'; } /* it's */ b { color: red; }")).toBe(
      "a{content:'x'}b{color:red}",
    );
  });

  it('leaves quoted strings and placeholders as they are', () => {
    // A css`…` template's placeholder, as the plugin sees it in the source.
    const fonts = `$${"{unsafeCSS(fonts, ' x ')}"}`;
    const text = `a { content: '  /* not a comment */  '; font-family: ${fonts}, "A  B"; }`;
    expect(minifyCss(text)).toBe(`a{content:'  /* not a comment */  ';font-family:${fonts}, "A  B"}`);
  });
});

describe('minifyCssLiterals', () => {
  const transform = (code: string, id = '/p/src/x.styles.ts') => {
    const plugin = minifyCssLiterals() as unknown as {
      transform(code: string, id: string): { code: string } | null;
    };
    return plugin.transform(code, id)?.code ?? null;
  };

  it('minifies css`…` templates in the sources, and nothing else', () => {
    expect(transform('const s = css`\n  a {\n    color: red;\n  }\n`;\nconst t = `  keep  `;')).toBe(
      'const s = css`a{color:red}`;\nconst t = `  keep  `;',
    );
    expect(transform('const s = css`a { color: red; }`;', '/p/node_modules/x/index.ts')).toBeNull();
    expect(transform('const s = html`<p>  </p>`;')).toBeNull();
  });
});
