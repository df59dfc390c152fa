/**
 * The README's reference for `<frontier-map>` says what the Custom Elements Manifest says: every
 * attribute, event, CSS part and custom property, public property and method, no more and no fewer.
 * The manifest is generated from the doc comments here, as `npm run build` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  members?: Array<{ kind: string; name: string; privacy?: string; static?: boolean; attribute?: string }>;
}

let map: Declaration;

beforeAll(() => {
  // The analyzer writes its output's path into the package.json of its working directory: it runs
  // in a folder of its own that sees only the sources, so the project's package.json stays as it is.
  const work = mkdtempSync(join(tmpdir(), 'cem-'));
  symlinkSync(join(root, 'src'), join(work, 'src'));
  const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  const args = ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', 'out'];
  execFileSync(process.execPath, [cli, ...args], { cwd: work, stdio: 'pipe' });
  const out = join(work, 'out');
  const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as {
    modules: Array<{ declarations?: Declaration[] }>;
  };
  const found = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'frontier-map');
  if (!found) throw new Error('the manifest has no frontier-map');
  map = found;
}, 60_000);

/** The README section under a heading, up to the next heading of any level. */
function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/\n#{1,4} /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Backticked names in the first column of a Markdown table (`a`, `b` rows give both). */
const tableNames = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

/** Backticked names after a label ("CSS parts:") up to the end of its sentence. */
const listed = (text: string, label: string, pattern: RegExp) => {
  const at = text.indexOf(label);
  if (at < 0) throw new Error(`README has no "${label}"`);
  const sentence = text.slice(at + label.length).split(/\.\s|\.\n|\.$/)[0] ?? '';
  return [...sentence.matchAll(/`([^`(]+)[^`]*`/g)].map((m) => m[1]!).filter((name) => pattern.test(name));
};

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
const names = (items?: Array<{ name: string }>) => sorted((items ?? []).map((item) => item.name));

describe('README and the Custom Elements Manifest', () => {
  it('list the same attributes', () => {
    expect(sorted(tableNames(section('### `<frontier-map>` attributes')))).toEqual(names(map.attributes));
  });

  it('list the same events', () => {
    expect(sorted(tableNames(section('### Events')))).toEqual(names(map.events));
  });

  it('list the same CSS parts and custom properties', () => {
    const styling = section('### Styling');
    expect(
      sorted(listed(styling, 'CSS parts:', /^[a-z]+$/)).filter((part) => !['table', 'row'].includes(part)),
    ).toEqual(names(map.cssParts));
    expect(sorted(listed(styling, 'CSS custom properties:', /^--/))).toEqual(names(map.cssProperties));
  });

  it('list the same public properties and methods', () => {
    const members = (map.members ?? []).filter(
      (member) => !member.privacy && !member.static && !member.attribute && !member.name.startsWith('_'),
    );
    const text = section('### `<frontier-map>` attributes');
    expect(sorted(listed(text, 'Properties and methods:', /^[a-zA-Z]+$/))).toEqual(
      sorted(members.map((member) => member.name)),
    );
  });
});

describe('the package', () => {
  it('points at the manifest the build writes into dist/, and keeps none in the checkout', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { customElements: string };
    expect(pkg.customElements).toBe('dist/custom-elements.json');
    expect(() => readFileSync(join(root, 'custom-elements.json'))).toThrow();
    const build = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }
    ).scripts.build;
    expect(build).toMatch(/cem analyze .*--outdir dist/);
  });
});
