/**
 * "Download data" in the built viewer: the GeoJSON and CSV buttons save exactly the features the map
 * shows (visible layers, time window), with the licence in the file.
 */

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { waitForIdle } from './idle.ts';

let browser: Browser;
let page: Page;
let shown: string[];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  // The built viewer on the test story (tests/e2e/story-server.ts).
  await page.goto(`${inject('baseUrl')}/story.html#layers=strikes,crossings&from=2040-03-02&to=2040-03-12`);
  await waitForIdle(page);
  // The story's strikes of 2–12 March, its two crossings and the closure of 2–15 March.
  shown = ['t-closure-1', 't-crossing-1', 't-crossing-2', 't-strike-3', 't-strike-4'];
});

afterAll(async () => {
  await browser?.close();
});

async function download(format: 'GeoJSON' | 'CSV') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('download the data shown', () => {
  it('says how many of what it will save: dated events and sites, as the legend counts them', async () => {
    // The closure and two strikes have dates; the two crossings are sites.
    expect(shown).toHaveLength(3 + 2);
    await expect.poll(() => page.locator('.download-count').textContent()).toBe('3 events and 2 sites');
  });

  it('saves exactly the shown features as GeoJSON, with licence and filter', async () => {
    const { name, text } = await download('GeoJSON');
    expect(name).toBe('frontier-events_2040-03-02_2040-03-12.geojson');
    const json = JSON.parse(text);
    expect(json.features.map((f: { id: string }) => f.id).sort()).toEqual(shown);
    expect(json.metadata.licence).toBe(
      'Boundaries © OpenStreetMap contributors (ODbL); event data compiled from public reporting, CC BY 4.0',
    );
    expect(json.metadata.filter).toEqual({
      layers: ['strikes', 'crossings'],
      from: '2040-03-02',
      to: '2040-03-12',
    });
    expect(Date.parse(json.metadata.generated)).not.toBeNaN();
  });

  it('saves the same features as CSV, one row each, with the licence in every row', async () => {
    const { name, text } = await download('CSV');
    expect(name).toBe('frontier-events_2040-03-02_2040-03-12.csv');
    expect(text.startsWith('\uFEFFid,layer,kind,date,')).toBe(true);
    // As a strict reader takes it: header first, every row the same fields.
    const table = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ',',
      skipEmptyLines: true,
    });
    expect(table.errors).toEqual([]);
    expect(table.data.map((row) => row.id).sort()).toEqual(shown);
    for (const row of table.data) {
      expect(row.licence).toContain('Boundaries © OpenStreetMap contributors (ODbL)');
      expect(row.licence).toContain('CC BY 4.0');
    }
  });
});
