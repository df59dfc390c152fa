import { describe, expect, it } from 'vitest';
import { heldCount, holdWhile } from '../../../src/data/hold.ts';

describe('holdWhile', () => {
  it('holds the thing while its work is pending and lets go once it settles', async () => {
    const before = heldCount();
    let finish!: (value: string) => void;
    const work = holdWhile({ body: 'stream' }, new Promise<string>((resolve) => (finish = resolve)));
    expect(heldCount()).toBe(before + 1);
    finish('done');
    await expect(work).resolves.toBe('done');
    expect(heldCount()).toBe(before);
  });

  it('lets go when the work fails, and passes the failure on', async () => {
    const before = heldCount();
    const work = holdWhile({}, Promise.reject(new Error('network error')));
    await expect(work).rejects.toThrow('network error');
    expect(heldCount()).toBe(before);
  });

  it('holds the same thing twice for two pieces of work at once', async () => {
    const thing = {};
    const before = heldCount();
    let finishFirst!: () => void;
    const first = holdWhile(thing, new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = holdWhile(thing, new Promise<void>(() => undefined));
    expect(heldCount()).toBe(before + 2);
    finishFirst();
    await first;
    // The second piece of work still holds it.
    expect(heldCount()).toBe(before + 1);
    void second;
  });
});
