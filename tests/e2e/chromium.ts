/** One Chromium per test file, launched through the shared resolver (scripts/browser.mjs). */
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/browser.mjs';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions());
}
