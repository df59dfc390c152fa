/**
 * snapshot(): a PNG of the element's size × devicePixelRatio, with the map's layers,
 * heading and legend drawn in. Each picture of the test story is compared with a committed reference
 * image (tests/browser/references/, 480 × 360 at devicePixelRatio 1); `UPDATE_SNAPSHOTS=1` rewrites
 * them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { diffImages } from '../shared/image-diff.ts';
import { cleanup, mountStory } from './helpers.ts';
import { decodePng, expectToMatchReference } from './reference-image.ts';

afterEach(cleanup);

const SIZE = { width: 480, height: 360 };
/** A fixed view and theme: the pictures must not follow the fitting, the runner's colour scheme … */
const VIEW = { center: '32.8,67.5', zoom: '5', theme: 'light', lang: 'en', heading: 'Test story' };

async function base64(blob: Blob): Promise<string> {
  const reader = new FileReader();
  const read = new Promise((resolve) => reader.addEventListener('load', resolve, { once: true }));
  reader.readAsDataURL(blob);
  await read;
  return (reader.result as string).split(',')[1]!;
}

describe('snapshot()', () => {
  it('is a PNG of the element size × devicePixelRatio', async () => {
    const element = await mountStory(VIEW, SIZE);
    const blob = await element.snapshot({ type: 'image/png' });
    expect(blob.type).toBe('image/png');
    const pixels = await decodePng(blob);
    // The runner has devicePixelRatio 1 (vite.config.ts); the size follows it wherever it is larger.
    const dpr = window.devicePixelRatio;
    expect(dpr).toBe(1);
    expect([pixels.width, pixels.height]).toEqual([
      Math.round(SIZE.width * dpr),
      Math.round(SIZE.height * dpr),
    ]);
    // For a person to look at.
    await commands.writeFile('test-results/snapshot-browser.png', await base64(blob), 'base64');
  });

  it('draws the frontier, markers, legend with counts, heading, attribution and scale', async () => {
    const element = await mountStory(VIEW, SIZE);
    await expectToMatchReference(await element.snapshot(), 'story');
  });

  it('leaves out what is switched off: without the frontier layer, no line', async () => {
    const element = await mountStory({ ...VIEW, layers: 'strikes,attacks,posts' }, SIZE);
    const without = await element.snapshot();
    await expectToMatchReference(without, 'story-without-frontier');
    element.layers = 'frontier,strikes,attacks,posts';
    await element.whenIdle();
    const withLine = await decodePng(await element.snapshot());
    expect(diffImages(withLine, await decodePng(without)).matches).toBe(false);
  });

  it('in static mode draws the heading and the time window where the element shows them', async () => {
    const element = await mountStory({ ...VIEW, static: '', from: '2040-03-01', to: '2040-03-04' }, SIZE);
    expect(element.shadowRoot!.querySelector('.heading p')!.textContent).toBe('Events 1–4 Mar 2040');
    await expectToMatchReference(await element.snapshot(), 'story-static-window');
  });

  it('shows no selection unless asked: neither the highlight nor the venue arcs', async () => {
    const element = await mountStory(VIEW, SIZE);
    // No details panel beside the map: the map keeps its size, and only the selection can differ.
    element.addEventListener('frontier-select', (event) => event.preventDefault());
    element.select('t-venue-1');
    await element.whenIdle();
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('.frontier-venue-arc').length).toBe(2);
    const unasked = await decodePng(await element.snapshot());
    // The selection is back on screen afterwards, and an image that asks for it shows it.
    expect(root.querySelectorAll('.frontier-venue-arc').length).toBe(2);
    const asked = await decodePng(await element.snapshot({ selected: true }));
    element.select(null);
    await element.whenIdle();
    const plain = await decodePng(await element.snapshot());
    const exact = { channel: 48, fraction: 0 };
    expect(diffImages(unasked, plain, exact).differing).toBe(0);
    expect(diffImages(asked, plain, exact).differing).toBeGreaterThan(100);
  });

  it('writes the source numbers beside the markers only when asked', async () => {
    const element = await mountStory(VIEW, SIZE);
    const root = element.shadowRoot!;
    const plain = await decodePng(await element.snapshot());
    expect(root.querySelectorAll('.frontier-ref-number').length).toBe(0);
    const numbered = await decodePng(await element.snapshot({ numbers: true }));
    const exact = { channel: 48, fraction: 0 };
    expect(diffImages(numbered, plain, exact).differing).toBeGreaterThan(100);
    // Gone again from the screen afterwards.
    expect(root.querySelectorAll('.frontier-ref-number').length).toBe(0);
    // For a person to look at.
    await commands.writeFile(
      'test-results/snapshot-numbers.png',
      await base64(await element.snapshot({ numbers: true })),
      'base64',
    );
  });

  it('keeps the credits above an attribution that wraps on a narrow map', async () => {
    const element = await mountStory(VIEW, { width: 300, height: 360 });
    const root = element.shadowRoot!;
    const attribution = root.querySelector<HTMLElement>('.leaflet-control-attribution')!;
    expect(attribution.getBoundingClientRect().height).toBeGreaterThan(24);
    // The credits show only while the picture is made: look at them each time their style changes.
    let seen = 0;
    let overlap = false;
    const observer = new MutationObserver(() => {
      const credits = root.querySelector<HTMLElement>('.print-credits.is-exporting');
      if (!credits) return;
      const [a, c] = [attribution.getBoundingClientRect(), credits.getBoundingClientRect()];
      seen++;
      overlap = c.bottom > a.top + 0.5 && c.top < a.bottom && c.left < a.right && a.left < c.right;
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style', 'class'],
    });
    await element.snapshot();
    observer.disconnect();
    expect(seen).toBeGreaterThan(0);
    expect(overlap).toBe(false);
  });

  it('rejects an image type other than PNG', async () => {
    const element = await mountStory({}, SIZE);
    await expect(element.snapshot({ type: 'image/jpeg' as 'image/png' })).rejects.toThrow(/PNG only/);
  });
});
