/**
 * Finds a Chromium to drive, in one place for every browser test and the snapshot command.
 * Order: CHROME_PATH; a system Chromium or Chrome; the npm package @sparticuz/chromium (Linux x64),
 * which unpacks a headless Chromium from the registry tarball, so nothing is downloaded at run time.
 */
import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** Flags every launch needs: no sandbox as root, and no background traffic on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * @returns {Promise<{ executablePath: string, args: string[], origin: string }>}
 * @throws {Error} with a one-line explanation when no browser can be found.
 */
export async function resolveChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there`);
    return { executablePath: fromEnv, args: CHROMIUM_ARGS, origin: 'CHROME_PATH' };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: CHROMIUM_ARGS, origin: 'system' };
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const executablePath = await sparticuz.executablePath();
    return { executablePath, args: CHROMIUM_ARGS, origin: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      'No Chromium found: set CHROME_PATH, install chromium (apt-get install chromium), ' +
        `or run npm ci to get @sparticuz/chromium (${error instanceof Error ? error.message : error})`,
    );
  }
}

/** Launch options for playwright-core's `chromium.launch()`. */
export async function chromiumLaunchOptions() {
  const { executablePath, args } = await resolveChromium();
  return { executablePath, args, headless: true };
}
