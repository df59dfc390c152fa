/** One Chromium per test file, launched through the shared resolver (scripts/browser.mjs). */
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/browser.mjs';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions());
}

/**
 * What a page reports from now on: its uncaught errors and console errors (a test expects none),
 * and its console warnings. The arrays fill as the page runs.
 */
export function recordProblems(page: Page): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return { errors, warnings };
}
