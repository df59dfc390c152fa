/**
 * The markers are one tab stop (a roving tabindex) and the arrow keys move between them by where
 * they are drawn.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, mountStory, shadow } from './helpers.ts';

afterEach(cleanup);

const focusable = (map: Element) => [
  ...shadow(map).querySelectorAll<HTMLElement>('.frontier-marker:not(.is-stacked), .frontier-stack'),
];

describe('markers and the keyboard', () => {
  it('puts one marker in the tab order and moves between them with the arrows', async () => {
    const map = await mountStory({ layers: 'strikes' }, { width: 900, height: 600 });
    const markers = focusable(map);
    expect(markers.length).toBeGreaterThan(2);
    expect(markers.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    // Start from the westernmost marker; ArrowRight goes east, to a marker further right.
    const byX = [...markers].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
    byX[0]!.focus();
    const before = map.map!.getCenter();
    await userEvent.keyboard('{ArrowRight}');
    const now = shadow(map).activeElement as HTMLElement;
    expect(markers).toContain(now);
    expect(now).not.toBe(byX[0]);
    expect(now.getBoundingClientRect().left).toBeGreaterThan(byX[0]!.getBoundingClientRect().left);
    expect(now.tabIndex).toBe(0);
    expect(markers.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    // The map does not pan on those arrows.
    expect(map.map!.getCenter().equals(before)).toBe(true);
  });
});
