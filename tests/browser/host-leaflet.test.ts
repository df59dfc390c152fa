/**
 * A host page with its own `window.L` (its own Leaflet, another library, anything): loading our
 * module and drawing a map leave it exactly as it was. This file imports nothing of ours statically,
 * so `window.L` is in place before our code (and Leaflet inside it) is evaluated.
 */
import { afterAll, describe, expect, it } from 'vitest';

const host = { version: 'host' };
(window as { L?: unknown }).L = host;
const descriptor = Object.getOwnPropertyDescriptor(window, 'L');

afterAll(() => {
  for (const element of document.querySelectorAll('frontier-map')) element.remove();
});

describe('the host page’s window.L', () => {
  it('stays the same object, with the same contents, after our module loads and a map draws', async () => {
    await import('../../src/embed.ts');
    const map = document.createElement('frontier-map');
    map.setAttribute('no-default-data', '');
    map.style.height = '400px';
    document.body.append(map);
    await map.whenIdle();
    expect(map.map).not.toBeNull();
    expect(map.shadowRoot!.querySelectorAll('path.frontier-country').length).toBeGreaterThan(10);
    expect((window as { L?: unknown }).L).toBe(host);
    expect(host).toEqual({ version: 'host' });
    expect(Object.getOwnPropertyDescriptor(window, 'L')).toEqual(descriptor);
  });
});
