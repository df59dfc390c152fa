/**
 * `npm run snapshot` end to end: the command renders the built viewer (dist/app, built by
 * `npm run test:e2e` before the tests; `--no-build` keeps it from rebuilding) to PDF and PNG files,
 * which are read back: pages and text with unpdf, pixels by decoding the PNG in Chromium. The command
 * always renders the viewer with the shipped data, so these tests check what it does with any data
 * (layout, heading, sources listed once each, sizes, exit codes), never what the story holds; the
 * pictures themselves are compared with reference images of the test story in snapshot-page.test.ts
 * and tests/browser/snapshot.test.ts.
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
    expect(page).toMatch(/[\d,]+ km as drawn from\s+OpenStreetMap\s+boundaries/);
    expect(page).toContain('© OpenStreetMap contributors');
    // The credits: how recent the data is (worked out from the sources), the licences.
    expect(page).toMatch(/Data as of \d{1,2} [A-Z][a-z]+ 20\d\d/);
    expect(page).toContain('Event data: frontier-map contributors, CC BY 4.0');
    expect(page).toContain('Place names: GeoNames, CC BY 4.0');
    // Controls are screen-only.
    expect(page).not.toContain('Legend');
  });

  it('lists every source of a full view once, running on after the map page as needed', async () => {
    const out = join(dir, 'full.pdf');
    const result = await snapshot(['--out', out, '--paper', 'Letter']);
    expect(result.code).toBe(0);
    const { pages, text } = await readPdf(out);
    expect(pages).toBeGreaterThanOrEqual(1);
    const all = text.join('\n');
    const listed = Number(/Sources of what the map shows \((\d+)\)/.exec(all)?.[1]);
    expect(listed).toBeGreaterThan(0);
    // Short readable addresses in the text (no scheme, no percent-escapes of letters) …
    expect(all).not.toMatch(/https?:\/\//);
    expect(all).toMatch(/\b[a-z0-9-]+(\.[a-z0-9-]+)+\/\S+/);
    // … each a link to its full address, one per entry.
    const links =
      readFileSync(out)
        .toString('latin1')
        .match(/\/URI \(https?:\/\/[^)]*\)/g) ?? [];
    // (An address that wraps becomes one link per line.)
    expect(new Set(links).size).toBe(listed);
    expect(result.stdout).toContain(`(${pages} pages, Letter portrait`);
  });

  it('prints the source numbers beside the markers, and none with --no-numbers', async () => {
    const view = ['--layers', 'frontier,militancy', '--from', '2025-10-17', '--to', '2025-10-17'];
    const numbered = join(dir, 'numbered.pdf');
    const plain = join(dir, 'plain.pdf');
    expect((await snapshot(['--out', numbered, ...view])).code).toBe(0);
    expect((await snapshot(['--out', plain, '--no-numbers', ...view])).code).toBe(0);
    // Bare numbers and ranges ("3", "3, 4", "1–4"; not the list's "3." nor the scale's "100 km"): the
    // badges' text, counted as the numbers they stand for.
    const bare = (text: string) =>
      [...text.matchAll(/(?<![\d.])(\d{1,3})(?:–(\d{1,3}))?(?![\d.]| ?km| ?mi)/g)].reduce(
        (sum, [, from, to]) => sum + (to ? Number(to) - Number(from) + 1 : 1),
        0,
      );
    const [withNumbers, without] = [(await readPdf(numbered)).text[0]!, (await readPdf(plain)).text[0]!];
    const listed = Number(/Sources of what the map shows \((\d+)\)/.exec(withNumbers)?.[1]);
    expect(listed).toBeGreaterThan(0);
    // Every listed source's number is beside some marker once more.
    expect(bare(withNumbers) - bare(without)).toBeGreaterThanOrEqual(listed);
  });

  it('writes a PNG of the size asked for at --scale pixels per CSS pixel, 2 by default', async () => {
    const twice = join(dir, 'twice.png');
    const result2 = await snapshot(['--out', twice, '--width', '500', '--height', '350']);
    expect(result2.code).toBe(0);
    expect(result2.stdout).toContain('(1000 × 700 px');
    const png2 = readFileSync(twice);
    expect([png2.readUInt32BE(16), png2.readUInt32BE(20)]).toEqual([1000, 700]);
  });

  it('writes a PNG of exactly the size asked for, with the map in it', async () => {
    const out = join(dir, 'map.png');
    const result = await snapshot(['--out', out, '--width', '1000', '--height', '700', '--scale', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(1000 × 700 px');
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 700]);
    mkdirSync('test-results', { recursive: true });
    copyFileSync(out, 'test-results/snapshot-cli.png');
    // Not a blank page: the middle of the image is the map.
    const page = await browser.newPage();
    const middle = await page.evaluate(
      async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return [...ctx.getImageData(image.width / 2, image.height / 2, 1, 1).data.slice(0, 3)];
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    await page.close();
    expect(middle).not.toEqual([255, 255, 255]);
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
