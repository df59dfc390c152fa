/**
 * The built bundle under a strict Content Security Policy (examples/csp-strict.html:
 * `default-src 'self'; script-src 'self'; style-src 'self'`) and under Trusted Types enforcement.
 *
 * Why the strict policy is enough: Lit's styles are constructed stylesheets adopted by the shadow
 * root (not <style> elements), and Leaflet and our code set positions and colours through CSSOM
 * style properties (`element.style.x = …`), which `style-src` does not govern; only style attributes
 * and <style> elements would need 'unsafe-inline'. Data blocks (<script type="application/geo+json">)
 * are never executed, so script-src does not apply. Inline style bindings go through `styleProps()`
 * (CSSOM), never Lit's `styleMap`, whose first render writes a style attribute.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';

let browser: Browser;
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  /** The element that caused it: "host-tag > tag.class" (empty when none). */
  element: string;
}

/** Records every CSP violation from the first script on, and gives the page a window.L of its own. */
async function watchedPage(): Promise<{ page: Page; console: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const console: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const record = window as unknown as { __violations: unknown[]; L: unknown; __hostL: unknown };
    record.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const target = event.composedPath()[0];
      const element =
        target instanceof Element
          ? `${(target.getRootNode() as ShadowRoot).host?.localName ?? 'document'} > ` +
            `${target.localName}${[...target.classList].map((name) => `.${name}`).join('')}`
          : '';
      record.__violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        element,
      });
    });
    // The host page's own Leaflet (or anything else called L), defined before our module loads.
    record.L = { version: 'host' };
    record.__hostL = record.L;
  });
  return { page, console, errors };
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

describe("examples/csp-strict.html (default-src, script-src and style-src all 'self')", () => {
  it('renders the map, its panel and notice with no CSP violation; window.L stays', async () => {
    const { page, console, errors } = await watchedPage();
    await page.goto(`${base()}/examples/csp-strict.html`);
    await page.evaluate(async () => {
      await customElements.whenDefined('frontier-map');
      await document.querySelector('frontier-map')!.whenIdle();
    });
    // Exercise what renders later too: the details panel, a notice, a redraw after a layer change.
    await page.evaluate(async () => {
      const map = document.querySelector('frontier-map')!;
      const layer = document.createElement('frontier-layer');
      layer.setAttribute('name', 'Broken layer');
      const script = document.createElement('script');
      script.type = 'application/geo+json';
      script.textContent = '{"type":"Point","coordinates":[69,95]}';
      layer.append(script);
      map.append(layer);
      await map.whenIdle();
      map.shadowRoot!.querySelector<HTMLElement>('.frontier-marker[data-feature-id="csp-inline"]')!.click();
      await map.whenIdle();
    });
    const state = await page.evaluate(() => {
      const root = document.querySelector('frontier-map')!.shadowRoot!;
      const w = window as unknown as { L: unknown; __hostL: unknown };
      return {
        countries: root.querySelectorAll('path.frontier-country').length,
        frontier: root.querySelectorAll('path.frontier-line').length,
        markers: root.querySelectorAll('.frontier-marker').length,
        panelTitle: root.querySelector('[part="panel"] .panel-title')?.textContent,
        notice: root.querySelector('.notices li')?.textContent,
        rows: document.querySelector('frontier-event-list')!.shadowRoot!.querySelectorAll('tbody tr').length,
        hostL: w.L === w.__hostL && JSON.stringify(w.L) === '{"version":"host"}',
        adopted: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll('style').length,
      };
    });
    await page.screenshot({ path: 'test-results/csp-strict.png' });
    const found = await violations(page);
    expect(found).toEqual([]);
    const refused = console.filter((text) => /Content Security Policy|Refused to/i.test(text));
    expect(refused).toHaveLength(found.length);
    expect(errors).toEqual([]);
    expect(state).toMatchObject({
      frontier: 1,
      panelTitle: 'An inline feature, allowed under the policy',
      notice: 'Broken layer: feature 0: latitude 95 is outside −90…90 — are longitude and latitude swapped?',
      hostL: true,
      // Lit adopted our styles as constructed sheets; a <style> element would need 'unsafe-inline'.
      styleElements: 0,
    });
    expect(state.countries).toBeGreaterThan(10);
    // The example shows the default data beside its inline layer: something of both is drawn and
    // listed (how much is the story's business, checked in shipped-data.test.ts).
    expect(state.markers).toBeGreaterThan(1);
    expect(state.rows).toBeGreaterThan(0);
    expect(state.adopted).toBeGreaterThan(0);
    await page.close();
  });
});

describe("Trusted Types enforcement (require-trusted-types-for 'script')", () => {
  it('stops Leaflet 1.9 as the bundle loads: it writes a string to innerHTML (the README says so)', async () => {
    const { page, errors } = await watchedPage();
    const url = `${base()}/examples/trusted-types-probe.html`;
    // A page made up for this test, served from the same origin so the bundle URL resolves.
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><meta charset="utf-8">
          <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
          </head><body><frontier-map></frontier-map>
          <script type="module" src="../frontier-map.js"></script></body></html>`,
      }),
    );
    await page.goto(url);
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(errors[0]).toContain("Failed to set the 'innerHTML' property on 'Element'");
    expect(await violations(page)).toContainEqual({
      directive: 'require-trusted-types-for',
      blocked: 'trusted-types-sink',
      sample: 'Element innerHTML|<svg/>',
      element: '',
    });
    expect(await page.evaluate(() => customElements.get('frontier-map') === undefined)).toBe(true);
    await page.close();
  });
});
