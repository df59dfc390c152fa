/**
 * The build minifies the CSS in css`…` templates (scripts/vite-css-literals.mjs): every stylesheet of
 * the map must parse to the same rules in Chromium minified as written.
 */
import type { CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../scripts/vite-css-literals.mjs';

const modules = import.meta.glob(['/src/**/*.styles.ts', '/src/**/*-styles.ts', '/src/i18n/fonts.ts'], {
  eager: true,
});
const styles = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter((entry): entry is [string, CSSResult] => typeof (entry[1] as CSSResult)?.cssText === 'string')
    .map(([name, result]) => ({ name: `${file} ${name}`, text: result.cssText })),
);

const rules = (text: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  // A value with var() keeps its whitespace as written: compare with runs of it as one space.
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' '));
};

describe('minified stylesheets', () => {
  it('finds the stylesheets', () => {
    expect(styles.length).toBeGreaterThan(10);
  });

  it.each(styles)('$name parses to the same rules', ({ text }) => {
    const written = rules(text);
    expect(written.length).toBeGreaterThan(0);
    expect(rules(minifyCss(text))).toEqual(written);
  });
});
