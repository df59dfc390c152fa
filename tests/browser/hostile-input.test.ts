/**
 * The catalogue of hostile and faulty input, one fixture per case in fixtures/hostile/ (named after
 * the case; each says what it is in `description`). Every case mounts a map with two layers: the
 * case's layer and a valid "Control" layer, and asserts exactly:
 * - how many valid features of the case's layer load, and how many markers and paths are drawn;
 * - the `frontier-error` events of that layer, in order: message substrings and `featureIndex`;
 * - the notice lists them with the layer's name (20 at most, "… and N more" after);
 * - the Control layer is untouched: its feature is drawn and it reports nothing;
 * - no script ran (`window.__pwned` unset), no dialog opened, no prototype changed, and no element
 *   in the map or the event list carries markup from the data (script, iframe, on* handlers …).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FrontierErrorDetail } from '../../src/events.ts';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { cleanup, inlineLayer, shadow } from './helpers.ts';

interface ExpectedError {
  message: string;
  featureIndex?: number;
}

interface ExpectedText {
  /** `map` (the map's shadow root, the default) or `list` (the event list's). */
  root?: 'map' | 'list';
  selector: string;
  /** Read this attribute instead of the text content. */
  attribute?: string;
  text?: string;
  contains?: string;
}

interface HostileCase {
  description: string;
  /** Attributes of the case's `<frontier-layer>` (name defaults to "Hostile"). */
  layer?: Record<string, string>;
  /** Extra attributes of the `<frontier-map>`. */
  map?: Record<string, string>;
  /** Inline data (serialised into the layer's script) … */
  data?: unknown;
  /** … or inline text, as it is … */
  text?: string;
  /** … or no data at all. */
  noData?: boolean;
  /** Inputs too large for a file: `nested` deep arrays for "__NESTED__", `repeat` for "__REPEAT__". */
  generate?: { nested?: number; repeat?: { times: number; feature: unknown } };
  expect: {
    features: number;
    markers?: number;
    paths?: number;
    errors: ExpectedError[];
    /** When set, `errors` lists the first few and this is the total. */
    errorCount?: number;
    noticeMore?: number;
    loadingShown?: boolean;
    /** Click every marker of the layer and read the details panel. */
    open?: boolean;
    texts?: ExpectedText[];
  };
}

const FILES = import.meta.glob<string>('./fixtures/hostile/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
// Parsed here with JSON.parse (not imported as modules), so "__proto__" keys stay plain data.
const CASES = Object.entries(FILES).map(([path, text]) => ({
  name: path.replace(/^.*\/|\.json$/g, ''),
  fixture: JSON.parse(text) as HostileCase,
}));

const ALL_LAYERS = 'frontier,strikes,attacks,militancy,posts,crossings,venues,statements';
const CONTROL = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [66.5, 30.5] },
  properties: { id: 'control-1', kind: 'crossing', title: 'Control crossing' },
};

const dialogs: string[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open };

beforeAll(() => {
  window.alert = (message?: unknown) => {
    dialogs.push(`alert ${message}`);
  };
  window.confirm = (message?: string) => {
    dialogs.push(`confirm ${message}`);
    return false;
  };
  window.prompt = (message?: string) => {
    dialogs.push(`prompt ${message}`);
    return null;
  };
  window.open = (url?: string | URL) => {
    dialogs.push(`open ${url}`);
    return null;
  };
});
afterAll(() => Object.assign(window, originals));
afterEach(cleanup);

function inputText(fixture: HostileCase): string | null {
  const { generate } = fixture;
  if (fixture.text !== undefined) return fixture.text;
  if (fixture.data === undefined) return null;
  let text = JSON.stringify(fixture.data);
  if (generate?.nested) {
    const depth = generate.nested;
    text = text.replace('"__NESTED__"', `${'['.repeat(depth)}69,34${']'.repeat(depth)}`);
  }
  if (generate?.repeat) {
    const { times, feature } = generate.repeat;
    text = text.replace('"__REPEAT__"', Array(times).fill(JSON.stringify(feature)).join(','));
  }
  return text;
}

function buildLayer(fixture: HostileCase): HTMLElement {
  const attributes = { name: 'Hostile', ...fixture.layer };
  const layer = document.createElement('frontier-layer');
  for (const [key, value] of Object.entries(attributes)) {
    layer.setAttribute(key, value.replace('{port}', location.port));
  }
  const text = inputText(fixture);
  if (text !== null && !fixture.noData) {
    const script = document.createElement('script');
    script.type = 'application/geo+json';
    script.textContent = text;
    layer.append(script);
  }
  return layer;
}

/** Markup from data must never become elements or handlers (every payload carries one); links stay http(s). */
function unsafeNodes(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(tag);
    if (tag === 'img' && !element.classList.contains('leaflet-tile')) found.push('img');
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style' && /url\(|javascript:|expression\(/i.test(value))
        found.push(`${tag}[style=${value}]`);
    }
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) {
      if (!/^https?:$/.test(element.protocol)) found.push(`a[href=${element.getAttribute('href')}]`);
    }
  }
  return found;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('hostile and faulty input (fixtures/hostile)', () => {
  it('has a catalogue of at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('$name', async ({ fixture }) => {
    const { expect: want } = fixture;
    delete (window as { __pwned?: unknown }).__pwned;
    dialogs.length = 0;

    const map = document.createElement('frontier-map') as FrontierMapElement;
    map.id = 'hostile-map';
    map.setAttribute('no-default-data', '');
    map.setAttribute('layers', ALL_LAYERS);
    for (const [key, value] of Object.entries(fixture.map ?? {})) map.setAttribute(key, value);
    map.style.height = '600px';
    const layer = buildLayer(fixture);
    const name = layer.getAttribute('name')!.trim();
    map.append(inlineLayer('Control', CONTROL), layer);
    const errors: FrontierErrorDetail[] = [];
    map.addEventListener('frontier-error', (event) => errors.push(event.detail));
    const list = document.createElement('frontier-event-list');
    list.setAttribute('for', map.id);
    document.body.append(map, list);

    if (want.loadingShown) {
      await expect.poll(() => (layer as unknown as { loading: boolean }).loading).toBe(true);
      await map.updateComplete;
      const status = shadow(map).querySelector('.loading-status[role="status"]')!;
      expect(status.textContent).toContain(`Loading ${name}…`);
    }
    await map.whenIdle();
    await nextFrame();

    // The case's layer: valid features, drawn markers and paths.
    expect(map.features.length - 1, 'valid features').toBe(want.features);
    expect(map.features.some((feature) => feature.id === 'control-1')).toBe(true);
    const markers = shadow(map).querySelectorAll('.frontier-marker');
    expect(markers.length - 1, 'markers drawn').toBe(want.markers ?? want.features);
    expect(shadow(map).querySelector('.frontier-marker[data-feature-id="control-1"]')).not.toBeNull();
    expect(shadow(map).querySelectorAll('path.frontier-path').length, 'paths drawn').toBe(want.paths ?? 0);
    expect((layer as unknown as { loading: boolean }).loading).toBe(false);
    expect(shadow(map).querySelector('.loading-status')!.textContent!.trim()).toBe('');

    // Exactly the expected problems, from this layer only.
    expect(errors.filter((error) => error.source !== name)).toEqual([]);
    expect(errors).toHaveLength(want.errorCount ?? want.errors.length);
    want.errors.forEach((expected, index) => {
      const error = errors[index]!;
      expect(error.message).toContain(expected.message);
      expect(error.featureIndex).toBe(expected.featureIndex);
    });

    // The notice: one line per problem with the source's name, at most 20, then a count.
    const total = errors.length;
    const items = [...shadow(map).querySelectorAll('.notices li:not(.notice-more)')];
    expect(items).toHaveLength(Math.min(total, 20));
    for (const item of items) expect(item.querySelector('.notice-source')!.textContent).toBe(name);
    const more = shadow(map).querySelector('.notices .notice-more');
    if (want.noticeMore) expect(more?.textContent).toBe(`… and ${want.noticeMore} more`);
    else expect(more).toBeNull();

    if (want.open) {
      for (const marker of markers) {
        if ((marker as HTMLElement).dataset.featureId === 'control-1') continue;
        (marker as HTMLElement).click();
        await map.whenIdle();
        for (const link of shadow(map).querySelectorAll<HTMLAnchorElement>('[part="panel"] a')) {
          expect(link.protocol).toMatch(/^https?:$/);
          expect(link.rel).toBe('noopener noreferrer');
          expect(link.target).toBe('_blank');
        }
      }
      await list.updateComplete;
    }
    for (const check of want.texts ?? []) {
      const root = check.root === 'list' ? list.shadowRoot! : shadow(map);
      const element = root.querySelector(check.selector);
      expect(element, check.selector).not.toBeNull();
      const actual = check.attribute ? element!.getAttribute(check.attribute) : element!.textContent;
      if (check.text !== undefined) expect(actual?.trim()).toBe(check.text);
      if (check.contains !== undefined) expect(actual).toContain(check.contains);
    }

    // Nothing ran, nothing opened, nothing was smuggled in.
    await nextFrame();
    expect(unsafeNodes(shadow(map))).toEqual([]);
    expect(unsafeNodes(list.shadowRoot!)).toEqual([]);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
