import { describe, expect, it } from 'vitest';
import { dragWindow, keyTarget, playStart, withHandleAt, zoomAround } from '../../../src/data/time-window.ts';

const extent = { from: '2025-10-09', to: '2026-04-07' };
const window = { from: '2025-10-15', to: '2025-10-19' };

describe('moving the ends of a window', () => {
  it('stops an end at the other rather than crossing it', () => {
    expect(withHandleAt(window, 'from', '2025-10-12')).toEqual({ from: '2025-10-12', to: '2025-10-19' });
    expect(withHandleAt(window, 'from', '2025-10-25')).toEqual({ from: '2025-10-19', to: '2025-10-19' });
    expect(withHandleAt(window, 'to', '2025-10-01')).toEqual({ from: '2025-10-15', to: '2025-10-15' });
  });

  it('maps slider keys to days, weeks and the ends of each range', () => {
    const key = (k: string, handle: 'from' | 'to') => keyTarget(k, handle, window, extent);
    expect(key('ArrowLeft', 'from')).toBe('2025-10-14');
    expect(key('ArrowDown', 'from')).toBe('2025-10-14');
    expect(key('ArrowRight', 'to')).toBe('2025-10-20');
    expect(key('ArrowUp', 'to')).toBe('2025-10-20');
    expect(key('PageUp', 'to')).toBe('2025-10-26');
    expect(key('PageDown', 'from')).toBe('2025-10-09');
    expect(key('Home', 'from')).toBe('2025-10-09');
    expect(key('End', 'from')).toBe('2025-10-19');
    expect(key('Home', 'to')).toBe('2025-10-15');
    expect(key('End', 'to')).toBe('2026-04-07');
    expect(key('Enter', 'to')).toBeNull();
    // Never outside the data.
    expect(keyTarget('PageDown', 'from', { from: '2025-10-11', to: '2025-10-19' }, extent)).toBe(
      '2025-10-09',
    );
  });
});

describe('dragging, zooming and playing', () => {
  it('drags the window whole, stopping at the ends of the data', () => {
    expect(dragWindow(window, 3, extent)).toEqual({ from: '2025-10-18', to: '2025-10-22' });
    expect(dragWindow(window, -30, extent)).toEqual({ from: '2025-10-09', to: '2025-10-13' });
    expect(dragWindow(window, 999, extent)).toEqual({ from: '2026-04-03', to: '2026-04-07' });
  });

  it('zooms to the window with a margin, inside the data', () => {
    expect(zoomAround(window, extent)).toEqual({ from: '2025-10-12', to: '2025-10-22' });
    expect(zoomAround({ from: '2025-11-01', to: '2025-12-10' }, extent)).toEqual({
      from: '2025-10-22',
      to: '2025-12-20',
    });
    expect(zoomAround({ from: '2025-10-09', to: '2025-10-10' }, extent).from).toBe('2025-10-09');
  });

  it('starts playback with a week, from where it is, or over from the start', () => {
    expect(playStart(extent, extent)).toEqual({ from: '2025-10-09', to: '2025-10-15' });
    expect(playStart(window, extent)).toEqual(window);
    expect(playStart({ from: '2026-04-01', to: '2026-04-07' }, extent)).toEqual({
      from: '2025-10-09',
      to: '2025-10-15',
    });
    const short = { from: '2025-10-09', to: '2025-10-11' };
    expect(playStart(short, short)).toEqual(short);
  });
});
