/**
 * 100 connect/disconnect cycles leak nothing. While the cycles run, Leaflet maps are counted as they
 * are created and removed, and window/document listeners, timeouts and intervals are counted as they
 * are added and taken away (patched for the test, restored after).
 */
import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierMapElement } from '../../src/frontier-map.ts';
import { cleanup, inlineLayer, shadow } from './helpers.ts';

afterEach(cleanup);

const CYCLES = 100;

/** Live registrations per target: "type|capture" → listeners, as addEventListener dedupes them. */
class ListenerCount {
  private readonly live = new Map<string, Set<unknown>>();
  private readonly restore: Array<() => void> = [];

  constructor(targets: Record<string, EventTarget>) {
    for (const [label, target] of Object.entries(targets)) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const key = (type: string, options?: boolean | EventListenerOptions) =>
        `${label} ${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
      target.addEventListener = (
        type: string,
        listener: unknown,
        options?: boolean | AddEventListenerOptions,
      ) => {
        if (listener && !(typeof options === 'object' && options.once)) {
          const set = this.live.get(key(type, options)) ?? new Set();
          set.add(listener);
          this.live.set(key(type, options), set);
        }
        add.call(target, type, listener as EventListener, options);
      };
      target.removeEventListener = (
        type: string,
        listener: unknown,
        options?: boolean | EventListenerOptions,
      ) => {
        this.live.get(key(type, options))?.delete(listener);
        remove.call(target, type, listener as EventListener, options);
      };
      this.restore.push(() => {
        target.addEventListener = add;
        target.removeEventListener = remove;
      });
    }
  }

  /** Live listeners by "target type|capture", empty entries left out. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(
      [...this.live].filter(([, set]) => set.size).map(([key, set]) => [key, set.size]),
    );
  }

  dispose(): void {
    for (const undo of this.restore) undo();
  }
}

type TimerFunction = (handler: TimerHandler, delay?: number, ...rest: unknown[]) => number;
type ClearFunction = (id?: number) => void;

/** Pending timeouts (until they fire or are cleared) and live intervals. */
class TimerCount {
  readonly timeouts = new Set<number>();
  readonly intervals = new Set<number>();
  private readonly originals = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
  };

  constructor() {
    const { timeouts, intervals } = this;
    const setTimeout = this.originals.setTimeout.bind(window) as TimerFunction;
    const clearTimeout = this.originals.clearTimeout.bind(window) as ClearFunction;
    const setInterval = this.originals.setInterval.bind(window) as TimerFunction;
    const clearInterval = this.originals.clearInterval.bind(window) as ClearFunction;
    const patched = window as unknown as Record<string, TimerFunction | ClearFunction>;
    patched.setTimeout = (handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      const id = setTimeout(
        (...args: unknown[]) => {
          timeouts.delete(id);
          if (typeof handler === 'function') handler(...args);
        },
        delay,
        ...rest,
      );
      timeouts.add(id);
      return id;
    };
    patched.clearTimeout = (id?: number) => {
      if (id !== undefined) timeouts.delete(id);
      clearTimeout(id);
    };
    patched.setInterval = (handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      const id = setInterval(handler, delay, ...rest);
      intervals.add(id);
      return id;
    };
    patched.clearInterval = (id?: number) => {
      if (id !== undefined) intervals.delete(id);
      clearInterval(id);
    };
  }

  dispose(): void {
    Object.assign(window, this.originals);
  }
}

/** Leaflet maps created and removed, through an init hook and a wrapped `remove()`. */
function countLeafletMaps() {
  const counts = { created: 0, removed: 0, active: true };
  L.Map.addInitHook(() => {
    if (counts.active) counts.created++;
  });
  const remove = L.Map.prototype.remove;
  L.Map.prototype.remove = function (this: L.Map) {
    if (counts.active) counts.removed++;
    return remove.call(this);
  };
  return {
    counts,
    dispose: () => {
      counts.active = false;
      L.Map.prototype.remove = remove;
    },
  };
}

function makeMap(): FrontierMapElement {
  const map = document.createElement('frontier-map');
  map.setAttribute('no-default-data', '');
  map.style.height = '400px';
  map.append(inlineLayer('Inline', { type: 'Point', coordinates: [69.2, 34.5] }, { kind: 'crossing' }));
  return map;
}

const livePanes = (map: FrontierMapElement) => shadow(map).querySelectorAll('.leaflet-map-pane').length;

describe(`${CYCLES} connect/disconnect cycles`, () => {
  it('leave one map while connected, none after, and no listeners or timers behind', async () => {
    const map = makeMap();
    // First insert outside the counting: modules load and one-time setup happens here.
    document.body.append(map);
    await map.whenIdle();
    map.remove();

    const listeners = new ListenerCount({ window, document });
    const timers = new TimerCount();
    const maps = countLeafletMaps();
    try {
      let connectedListeners: Record<string, number> | null = null;
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        document.body.append(map);
        await map.whenIdle();
        expect(livePanes(map)).toBe(1);
        expect(map.map).not.toBeNull();
        expect(maps.counts.created - maps.counts.removed).toBe(1);
        connectedListeners ??= listeners.snapshot();
        expect(listeners.snapshot()).toEqual(connectedListeners);
        map.remove();
        expect(livePanes(map)).toBe(0);
        expect(map.map).toBeNull();
      }
      expect(maps.counts).toMatchObject({ created: CYCLES, removed: CYCLES });
      expect(listeners.snapshot()).toEqual({});
      expect([...timers.intervals]).toEqual([]);
      // One-shot timeouts (Leaflet's animation ends, ours) run out; a re-arming one never would.
      await expect.poll(() => timers.timeouts.size, { timeout: 3000 }).toBe(0);
    } finally {
      listeners.dispose();
      timers.dispose();
      maps.dispose();
    }
  }, 60_000);

  it('survive being moved in and out within one task, ending with exactly one working map', async () => {
    const map = makeMap();
    const maps = countLeafletMaps();
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        document.body.append(map);
        map.remove();
      }
      document.body.append(map);
      await map.whenIdle();
      expect(maps.counts.created - maps.counts.removed).toBe(1);
      expect(livePanes(map)).toBe(1);
      expect(map.features.filter((feature) => feature.id === 'inline-0')).toHaveLength(1);
      expect(shadow(map).querySelectorAll('.frontier-marker[data-feature-id="inline-0"]')).toHaveLength(1);
    } finally {
      maps.dispose();
    }
  });
});
