/**
 * axe-core, WCAG 2.2 target size included, on the pages people open besides the viewer (which
 * layout.test.ts checks at three sizes): the embed builder, the map-only page and every example, in a
 * light and a dark colour scheme. Markers that overlap another marker are reported apart: co-located
 * events that open as one stack once markers are stacked.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe } from './axe.ts';
import { launchChromium } from './chromium.ts';

const PAGES = [
  '/embed.html',
  '/map.html',
  '/examples/index.html',
  '/examples/plain.html',
  '/examples/other-frontier.html',
  '/examples/iframe.html',
  '/examples/csp-strict.html',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(PAGES)('%s', (path) => {
  it.each(['light', 'dark'] as const)('has no axe violations in a %s scheme', async (colorScheme) => {
    // axe is injected as an inline script: the strict-CSP example would refuse it (csp.test.ts tests the policy).
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}${path}`);
    await page.evaluate(async () => {
      if (!document.querySelector('frontier-map')) return;
      await customElements.whenDefined('frontier-map');
      await Promise.all([...document.querySelectorAll('frontier-map')].map((map) => map.whenIdle()));
    });
    const { violations, overlappingMarkers } = await runAxe(page);
    expect(violations.filter((v) => !overlappingMarkers.includes(v))).toEqual([]);
    await context.close();
  });
});
