/**
 * Pashto, Dari and Urdu are longer than English and Urdu's Nastaliq is taller: in each, no text
 * overflows its box in the legend, the details panel, the timeline or the event list, at a desktop
 * and a phone size. A block's text must fit its width (`scrollWidth <= clientWidth + 1`), and an inline
 * run of text must lie inside the block that holds it. Scroll containers (the list's table, the
 * panel's body) may scroll; what they hold is checked. The story's data text is English, shown
 * isolated; the interface text is the locale's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierEventListElement } from '../../src/components/event-list/frontier-event-list.ts';
import { cleanup, mountStory, shadow } from './helpers.ts';

afterEach(cleanup);

const SCROLLS = new Set(['auto', 'scroll']);

/** Elements holding text of their own, in `root` and the shadow roots below it. */
function textElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.shadowRoot) found.push(...textElements(element.shadowRoot));
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
    if (ownText && element.getClientRects().length > 0) found.push(element);
  }
  return found;
}

/** The nearest ancestor laid out as a block (across shadow roots). */
function blockOf(element: HTMLElement): HTMLElement | null {
  for (
    let node: Node | null = element.parentNode;
    node;
    node = node.parentNode ?? (node as ShadowRoot).host
  ) {
    if (node instanceof HTMLElement && getComputedStyle(node).display !== 'inline') return node;
  }
  return null;
}

/** Where a text element overflows, described; empty when all fits. */
function overflows(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of textElements(root)) {
    const style = getComputedStyle(element);
    const name = `<${element.localName} class="${element.className}">${element.textContent!.trim().slice(0, 40)}`;
    if (style.display === 'inline') {
      const block = blockOf(element);
      if (!block || SCROLLS.has(getComputedStyle(block).overflowX)) continue;
      const outer = block.getBoundingClientRect();
      for (const rect of element.getClientRects()) {
        if (rect.left < outer.left - 1 || rect.right > outer.right + 1) {
          problems.push(
            `${name} sticks out of its block by ${Math.max(outer.left - rect.left, rect.right - outer.right).toFixed(1)}px`,
          );
        }
      }
    } else if (!SCROLLS.has(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${name}: ${element.scrollWidth} > ${element.clientWidth}`);
    }
  }
  return problems;
}

async function mountAll(lang: string, size: { width: number; height: number }) {
  const list = document.createElement('frontier-event-list') as FrontierEventListElement;
  list.setAttribute('for', 'overflow-map');
  list.style.cssText = `display: block; width: ${Math.min(size.width, 420)}px; height: 400px`;
  document.body.append(list);
  const map = await mountStory({ id: 'overflow-map', lang }, size);
  // The list sits outside the map: it takes the page's language from its own `lang`.
  list.lang = lang;
  // An event with claims and sources opens the details panel.
  const strike = map.state.shown.find((f) => f.properties.kind === 'air_strike')!;
  map.select(strike.id);
  await map.whenIdle();
  const timeline = shadow(map).querySelector('frontier-timeline') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await timeline.updateComplete;
  await list.updateComplete;
  return { map, list, timeline };
}

describe('text fits its box in every language', () => {
  for (const lang of ['ps', 'prs', 'ur']) {
    for (const [device, size] of [
      ['desktop', { width: 1100, height: 800 }],
      ['phone', { width: 390, height: 700 }],
    ] as const) {
      it(`${lang}, ${device}: legend, panel, timeline and event list`, async () => {
        const { map, list, timeline } = await mountAll(lang, size);
        const root = shadow(map);
        const legend = root.querySelector<HTMLElement>('[part~="legend"]')!;
        const panel = root.querySelector<HTMLElement>('[part~="panel"]')!;
        expect(legend, 'legend').not.toBeNull();
        expect(panel, 'panel').not.toBeNull();
        expect(panel.getClientRects().length, 'the panel is open').toBeGreaterThan(0);
        expect(textElements(legend).length).toBeGreaterThan(3);
        expect(textElements(list.shadowRoot!).length).toBeGreaterThan(3);
        const problems = {
          legend: overflows(legend),
          panel: overflows(panel),
          timeline: overflows(timeline.shadowRoot!),
          list: overflows(list.shadowRoot!),
        };
        expect(problems).toEqual({ legend: [], panel: [], timeline: [], list: [] });
      });
    }
  }
});
