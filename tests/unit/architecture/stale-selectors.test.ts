/**
 * A rule for a class nothing renders any more is silent: the dark palette kept recolouring the old
 * place-name classes after the labels were rewritten, and dark-mode names stayed dark on dark. Every
 * `frontier-*` class that a stylesheet names must be made somewhere else in the source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|css)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, 'utf8'),
}));
const stylesheets = files.filter(({ path }) => /(\.styles|\.theme|print-styles)\.ts$/.test(path));

/** Class names a stylesheet selects (`.frontier-…` in a selector, not in a comment). */
function selectedClasses(css: string): Set<string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Set([...withoutComments.matchAll(/\.(frontier-[a-z0-9-]+)/g)].map((match) => match[1]!));
}

describe('stylesheets', () => {
  it('are found', () => {
    expect(stylesheets.length).toBeGreaterThan(5);
  });

  for (const sheet of stylesheets) {
    it(`${sheet.path} styles only classes that the source makes`, () => {
      const others = files.filter((file) => file !== sheet);
      const stale = [...selectedClasses(sheet.text)].filter(
        (name) => !others.some(({ text }) => text.includes(name)),
      );
      expect(stale).toEqual([]);
    });
  }
});
