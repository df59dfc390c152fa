/**
 * `npm run snapshot` end to end: the command renders the built viewer (dist/app, built by
 * `npm run test:e2e` before the tests; `--no-build` keeps it from rebuilding) to PDF and PNG files,
 * which are read back: pages and text with unpdf, pixels by decoding the PNG in Chromium.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';

const run = promisify(execFile);
let dir: string;
let browser: Browser;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function snapshot(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Result> {
  try {
    const { stdout, stderr } = await run('node', ['scripts/snapshot.mjs', '--no-build', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function readPdf(path: string): Promise<{ pages: number; text: string[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { pages: totalPages, text: text as string[] };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'frontier-snapshot-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run snapshot', () => {
  it('writes a one-page A4 landscape PDF with heading, legend and sources', async () => {
    const out = join(dir, 'day.pdf');
    const view = ['--layers', 'frontier,militancy', '--from', '2025-10-17', '--to', '2025-10-17'];
    const result = await snapshot(['--out', out, '--paper', 'A4', '--landscape', ...view]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*day\.pdf \(1 page, A4 landscape/);
    const { pages, text } = await readPdf(out);
    expect(pages).toBe(1);
    const page = text[0]!;
    expect(page).toContain('Afghanistan–Pakistan frontier');
    expect(page).toContain('Events 17 Oct 2025');
    expect(page).toContain('Durand Line (de facto border)');
    expect(page).toContain('Militant attacks');
    expect(page).toMatch(/2,656 km as drawn/);
    expect(page).toContain('© OpenStreetMap contributors');
    expect(page).toMatch(/Sources of what the map shows \(\d+\)/);
    expect(page).toMatch(/https:\/\/\S+/);
    // Controls are screen-only.
    expect(page).not.toContain('Legend');
  });

  it('lists every source of a full view, running on after the map page', async () => {
    const out = join(dir, 'full.pdf');
    const result = await snapshot(['--out', out, '--paper', 'Letter']);
    expect(result.code).toBe(0);
    const { pages, text } = await readPdf(out);
    expect(pages).toBeGreaterThan(1);
    const all = text.join('\n');
    const listed = Number(/Sources of what the map shows \((\d+)\)/.exec(all)?.[1]);
    expect(listed).toBeGreaterThan(50);
    // One address per entry (an address may wrap, its scheme does not).
    expect(all.match(/https?:\/\//g)?.length).toBe(listed);
    expect(result.stdout).toContain(`(${pages} pages, Letter portrait`);
  });

  it('writes a PNG of exactly the size asked for, with the frontier and strikes drawn', async () => {
    const out = join(dir, 'map.png');
    const result = await snapshot(['--out', out, '--width', '1000', '--height', '700']);
    expect(result.code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 700]);
    mkdirSync('test-results', { recursive: true });
    copyFileSync(out, 'test-results/snapshot-cli.png');
    const page = await browser.newPage();
    const counts = await page.evaluate(
      async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const { data } = ctx.getImageData(0, 0, image.width, image.height);
        const near = (i: number, [r, g, b]: number[], tolerance = 24) =>
          Math.abs(data[i]! - r!) < tolerance &&
          Math.abs(data[i + 1]! - g!) < tolerance &&
          Math.abs(data[i + 2]! - b!) < tolerance;
        let frontier = 0;
        let strikes = 0;
        let white = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (near(i, [0x1d, 0x23, 0x30])) frontier++;
          if (near(i, [0xc6, 0x28, 0x28])) strikes++;
          if (near(i, [255, 255, 255], 4)) white++;
        }
        return { frontier, strikes, white, total: data.length / 4 };
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    await page.close();
    expect(counts.frontier).toBeGreaterThan(1500);
    expect(counts.strikes).toBeGreaterThan(300);
    // Not a blank page: white is only the heading band and the panels (the legend with its key of
    // the uncertainty circles).
    expect(counts.white).toBeLessThan(counts.total * 0.28);
  });

  it('refuses bad arguments with one line and exit code 2', async () => {
    const result = await snapshot(['--out', join(dir, 'map.gif')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^snapshot: --out must end in \.png or \.pdf \(got ".*map\.gif"\)\n$/);
  });

  it('says in one line when there is no browser, exit code 1', async () => {
    const env = { ...process.env, CHROME_PATH: join(dir, 'no-such-chromium') };
    const result = await snapshot(['--out', join(dir, 'never.png')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^snapshot: CHROME_PATH is set to .*no-such-chromium, but no file is there\n$/,
    );
  });
});
