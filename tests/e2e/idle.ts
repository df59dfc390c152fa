/**
 * Waits until the page's map is idle. The promise of `whenIdle()` is kept on `window` and its end is
 * polled for, rather than awaited through one long `page.evaluate`: Chromium's DevTools protocol holds
 * an awaited evaluation result only weakly, and a pending one can be reported as garbage collected.
 */
import type { Frame, Page } from 'playwright-core';

export async function waitForIdle(target: Page | Frame, selector = 'frontier-map'): Promise<void> {
  await target.evaluate(async (selector) => {
    await customElements.whenDefined('frontier-map');
    const map = document.querySelector(selector) as HTMLElement & { whenIdle(): Promise<void> };
    const page = window as { frontierIdle?: { done: boolean; error: string | null; promise: Promise<void> } };
    const state: { done: boolean; error: string | null; promise: Promise<void> } = {
      done: false,
      error: null,
      promise: Promise.resolve(),
    };
    state.promise = map.whenIdle().then(
      () => {
        state.done = true;
      },
      (error: unknown) => {
        state.error = String(error);
        state.done = true;
      },
    );
    page.frontierIdle = state;
  }, selector);
  await target.waitForFunction(() => (window as { frontierIdle?: { done: boolean } }).frontierIdle?.done);
  const error = await target.evaluate(
    () => (window as { frontierIdle?: { error: string | null } }).frontierIdle?.error,
  );
  if (error) throw new Error(`whenIdle() rejected: ${error}`);
}
