/**
 * Cooperative gestures (src/map/cooperative-gestures.ts): in a page that scrolls, one finger and the
 * wheel belong to the page; the hint shows on a one-finger drag or a wheel turn, never on a tap, and
 * never in full screen; `cooperative="off"` gives every gesture to the map.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cooperativeActive } from '../../src/map/cooperative-gestures.ts';
import { cleanup, mountMap, shadow } from './helpers.ts';

const added: Element[] = [];
afterEach(() => {
  cleanup();
  for (const element of added.splice(0)) element.remove();
});

/** A page taller than the window, so that the map sits in something that scrolls. */
function scrollingPage(): void {
  const spacer = document.createElement('div');
  spacer.style.height = '3000px';
  document.body.append(spacer);
  added.push(spacer);
}

function touch(container: HTMLElement, type: string, x: number, y: number, count = 1): void {
  const touches = Array.from(
    { length: count },
    (_, i) => new Touch({ identifier: i, target: container, clientX: x + i * 40, clientY: y }),
  );
  container.dispatchEvent(
    new TouchEvent(type, { touches: type === 'touchend' ? [] : touches, bubbles: true, cancelable: true }),
  );
}

const hint = (element: HTMLElement) => shadow(element).querySelector('.frontier-gesture-hint')!;

describe('cooperative gestures', () => {
  it('decide by the attribute, the frame and full screen', () => {
    expect(cooperativeActive(null, false, true)).toBe(true);
    expect(cooperativeActive(null, false, false)).toBe(false);
    expect(cooperativeActive('auto', false, true)).toBe(true);
    expect(cooperativeActive('', false, false)).toBe(true);
    expect(cooperativeActive('on', false, false)).toBe(true);
    expect(cooperativeActive('off', false, true)).toBe(false);
    expect(cooperativeActive('on', true, true)).toBe(false);
  });

  it('hint on a one-finger drag, not on a tap; one finger is left to the page', async () => {
    scrollingPage();
    const element = await mountMap({ 'no-default-data': '', center: '33.5,70', zoom: '6' });
    const container = element.map!.getContainer();
    touch(container, 'touchstart', 200, 200);
    touch(container, 'touchend', 200, 200);
    expect(hint(element).classList.contains('is-visible')).toBe(false);
    touch(container, 'touchstart', 200, 200);
    touch(container, 'touchmove', 200, 260);
    expect(hint(element).classList.contains('is-visible')).toBe(true);
    expect(hint(element).textContent).toMatch(/two fingers/);
    expect(getComputedStyle(container).touchAction).toBe('pan-x pan-y');
    touch(container, 'touchend', 200, 260);
    await element.whenIdle();
  });

  it('cooperative="off" leaves every gesture to the map, in a page that scrolls', async () => {
    scrollingPage();
    const element = await mountMap({
      'no-default-data': '',
      cooperative: 'off',
      center: '33.5,70',
      zoom: '6',
    });
    const container = element.map!.getContainer();
    container.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true, clientX: 300, clientY: 200 }),
    );
    // The wheel went to the map: it zooms.
    await expect.poll(() => element.map!.getZoom()).toBeGreaterThan(6);
    touch(container, 'touchstart', 200, 200);
    touch(container, 'touchmove', 200, 260);
    expect(hint(element).classList.contains('is-visible')).toBe(false);
    expect(getComputedStyle(container).touchAction).not.toBe('pan-x pan-y');
    touch(container, 'touchend', 200, 260);
    await element.whenIdle();
  });

  it('never hints in full screen, where one finger moves the map', async () => {
    scrollingPage();
    const element = await mountMap({ 'no-default-data': '', center: '33.5,70', zoom: '6' });
    const container = element.map!.getContainer();
    element.setAttribute('pseudo-fullscreen', '');
    container.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true, clientX: 300, clientY: 200 }),
    );
    // The wheel went to the map: it zooms.
    await expect.poll(() => element.map!.getZoom()).toBeGreaterThan(6);
    touch(container, 'touchstart', 200, 200);
    touch(container, 'touchmove', 200, 260);
    expect(hint(element).classList.contains('is-visible')).toBe(false);
    expect(getComputedStyle(container).touchAction).toBe('none');
    touch(container, 'touchend', 200, 260);
    element.removeAttribute('pseudo-fullscreen');
    await element.whenIdle();
  });
});
