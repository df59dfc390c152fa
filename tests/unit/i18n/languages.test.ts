import { describe, expect, it } from 'vitest';
import { directionOf, normalizeLanguage, resolveLanguage } from '../../../src/i18n/languages.ts';

/** The little of the DOM that resolveLanguage reads: attributes, parents, shadow-root hosts. */
class FakeNode {
  parentElement: FakeNode | null = null;
  parentNode: FakeNode | { host: FakeNode } | null = null;
  constructor(private readonly lang: string | null = null) {}
  hasAttribute(name: string) {
    return name === 'lang' && this.lang !== null;
  }
  getAttribute(name: string) {
    return name === 'lang' ? this.lang : null;
  }
  append(child: FakeNode) {
    child.parentElement = this;
    child.parentNode = this;
    return child;
  }
  /** `child` as the top element of this node's shadow root. */
  attachShadowChild(child: FakeNode) {
    child.parentNode = { host: this };
    return child;
  }
}
const resolve = (node: FakeNode) => resolveLanguage(node as unknown as Element);

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ps', 'ps'],
    ['ps-AF', 'ps'],
    ['PS-af', 'ps'],
    ['prs', 'prs'],
    ['prs-AF', 'prs'],
    ['fa-AF', 'prs'],
    ['fa', 'prs'],
    ['ur', 'ur'],
    ['ur-PK', 'ur'],
    ['ur_Arab_PK', 'ur'],
    [' ur ', 'ur'],
    ['de', null],
    ['', null],
    [null, null],
  ])('%s → %s', (tag, lang) => {
    expect(normalizeLanguage(tag)).toBe(lang);
  });
});

describe('resolveLanguage', () => {
  it("takes the element's own lang first", () => {
    const page = new FakeNode('en');
    const map = page.append(new FakeNode('ps-AF'));
    expect(resolve(map)).toBe('ps');
  });

  it("else the closest ancestor's", () => {
    const html = new FakeNode('ur-PK');
    const section = html.append(new FakeNode('fa-AF'));
    const map = section.append(new FakeNode());
    expect(resolve(map)).toBe('prs');
  });

  it('crosses shadow roots through their hosts', () => {
    const html = new FakeNode('ps');
    const map = html.append(new FakeNode());
    const timeline = map.attachShadowChild(new FakeNode());
    const inner = timeline.append(new FakeNode());
    expect(resolve(inner)).toBe('ps');
  });

  it('is English without any lang, with an unknown one, or with lang=""', () => {
    expect(resolve(new FakeNode())).toBe('en');
    const german = new FakeNode('ps').append(new FakeNode('de'));
    expect(resolve(german)).toBe('en');
    expect(resolve(new FakeNode('ur').append(new FakeNode('')))).toBe('en');
  });

  it('lets two maps on one page differ', () => {
    const body = new FakeNode('en');
    expect(resolve(body.append(new FakeNode('ps')))).toBe('ps');
    expect(resolve(body.append(new FakeNode('ur')))).toBe('ur');
  });
});

it('writes Pashto, Dari and Urdu right to left', () => {
  expect(directionOf('en')).toBe('ltr');
  expect(directionOf('ps')).toBe('rtl');
  expect(directionOf('prs')).toBe('rtl');
  expect(directionOf('ur')).toBe('rtl');
});
