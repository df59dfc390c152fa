/**
 * The viewer's language: a permalink with `lang=ur` opens the page and the map in Urdu, right to left;
 * the language switch sets `lang` on the map and the page and keeps it in the hash beside the view
 * (dates stay ISO), rewriting the history entry rather than adding one; a reload keeps it; an unknown
 * `lang` is ignored with a warning. On the test story in the built viewer.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TRANSLATIONS } from '../../src/i18n/translations.ts';
import { launchChromium, recordProblems } from './chromium.ts';
import { waitForIdle } from './idle.ts';

const VIEW = '#map=6/32.6/67.4&layers=strikes,posts&from=2040-03-01&to=2040-03-12';
const viewer = () => `${inject('baseUrl')}/story.html`;

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  ({ errors } = recordProblems(page));
});

afterAll(async () => {
  await browser?.close();
});

/** The page's language as the reader sees it, once the map is idle. */
async function languageOf(target: Page) {
  await waitForIdle(target);
  return target.evaluate(async () => {
    const map = document.querySelector('frontier-map')!;
    await map.updateComplete;
    const frame = map.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    return {
      htmlLang: document.documentElement.lang,
      htmlDir: document.documentElement.dir,
      title: document.title,
      heading: document.querySelector('h1')!.textContent,
      mapLang: map.getAttribute('lang'),
      mapDir: frame.dir,
      legendTitle: map.shadowRoot!.querySelector('.legend .legend-title')?.textContent?.trim(),
      pressed: [...document.querySelectorAll('.language-switch button[aria-pressed="true"]')].map(
        (button) => (button as HTMLElement).dataset.lang,
      ),
      switchNames: [...document.querySelectorAll('.language-switch button')].map((b) => b.textContent),
      download: document.querySelector('.download legend')!.textContent!.replace(/\s+/g, ' ').trim(),
      embedLink: document.querySelector<HTMLAnchorElement>('a[data-embed-link]')!.getAttribute('href'),
      hash: location.hash,
      historyLength: history.length,
      from: map.from,
      to: map.to,
    };
  });
}

describe('the viewer in the languages of the frontier', () => {
  it('opens a permalink with lang=ur in Urdu, right to left, at its view', async () => {
    await page.goto(`${viewer()}${VIEW}&lang=ur`);
    const ur = await languageOf(page);
    expect(ur).toMatchObject({
      htmlLang: 'ur',
      htmlDir: 'rtl',
      title: TRANSLATIONS.ur['app.pageTitle'],
      heading: TRANSLATIONS.ur['app.title'],
      mapLang: 'ur',
      mapDir: 'rtl',
      legendTitle: TRANSLATIONS.ur['legend.title'],
      pressed: ['ur'],
      switchNames: ['English', 'پښتو', 'دری', 'اردو'],
      embedLink: 'embed.html#lang=ur',
      from: '2040-03-01',
      to: '2040-03-12',
    });
    expect(ur.download).toMatch(/اور/);
    expect(ur.hash).toContain('lang=ur');
    // The page's stance on the line and on casualty figures is said in the reader's language.
    const said = (key: string) => page.locator(`[data-i18n="${key}"]`).textContent();
    expect(await said('app.frontierStance')).toBe(TRANSLATIONS.ur['app.frontierStance']);
    expect(await said('app.claimsNote')).toBe(TRANSLATIONS.ur['app.claimsNote']);
    expect(errors).toEqual([]);
  });

  it('switches to Pashto from the switch: the page mirrors, the hash keeps lang=ps and ISO dates', async () => {
    const before = await languageOf(page);
    await page.locator('.language-switch button[data-lang="ps"]').click();
    await expect.poll(async () => (await languageOf(page)).hash).toContain('lang=ps');
    const ps = await languageOf(page);
    expect(ps).toMatchObject({
      htmlLang: 'ps',
      htmlDir: 'rtl',
      heading: TRANSLATIONS.ps['app.title'],
      mapLang: 'ps',
      legendTitle: TRANSLATIONS.ps['legend.title'],
      pressed: ['ps'],
    });
    expect(ps.hash).toMatch(
      /^#map=6\/32\.6\/67\.4&layers=strikes,posts&from=2040-03-01&to=2040-03-12&lang=ps$/,
    );
    // A language is how the map is read, not a step through it: the entry is rewritten.
    expect(ps.historyLength).toBe(before.historyLength);
    await page.screenshot({ path: 'test-results/viewer-language-ps.png' });
  });

  it('keeps the language through a reload and a change of view', async () => {
    await page.reload();
    const reloaded = await languageOf(page);
    expect(reloaded).toMatchObject({ htmlLang: 'ps', mapLang: 'ps', pressed: ['ps'] });
    await page.locator('frontier-map >> frontier-timeline >> .handle[data-handle="to"]').focus();
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await languageOf(page)).to).toBe('2040-03-19');
    expect((await languageOf(page)).hash).toMatch(/&to=2040-03-19&lang=ps$/);
  });

  it('goes back to English, left to right', async () => {
    await page.locator('.language-switch button[data-lang="en"]').click();
    await expect.poll(async () => (await languageOf(page)).htmlDir).toBe('ltr');
    const en = await languageOf(page);
    expect(en).toMatchObject({
      htmlLang: 'en',
      heading: 'The Afghanistan–Pakistan frontier',
      mapLang: 'en',
      mapDir: 'ltr',
      legendTitle: 'Legend',
      embedLink: 'embed.html',
    });
    expect(en.download).toMatch(/^Download the \d+ events? and \d+ sites? shown:$/);
    expect(en.hash).toContain('lang=en');
  });

  it('ignores an unknown language with a warning and opens in English', async () => {
    const page2 = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const { errors: pageErrors, warnings: pageWarnings } = recordProblems(page2);
    await page2.goto(`${viewer()}${VIEW}&lang=xx`);
    const unknown = await languageOf(page2);
    expect(unknown).toMatchObject({ htmlLang: 'en', htmlDir: 'ltr', mapDir: 'ltr', legendTitle: 'Legend' });
    expect(unknown.mapLang).toBeNull();
    expect(unknown.from).toBe('2040-03-01');
    expect(pageErrors).toEqual([]);
    expect(pageWarnings.some((text) => text.includes('lang=xx'))).toBe(true);
    await page2.close();
  });
});
