/**
 * A small client of the Chrome DevTools Protocol over Chromium's debugging pipe: what
 * `npm run snapshot` needs of a browser (one page of a given size and media, a script that runs before
 * the page's own, navigation, evaluation, a PNG or a PDF) without loading Playwright, whose 3.5 MB of
 * code took longer to load than Chromium takes to start. Messages are JSON, each ended by a NUL byte;
 * Chromium reads them on its file descriptor 3 and answers on 4.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Headless, quiet, and never slowed down as a background page would be. */
const HEADLESS_ARGS = [
  '--headless',
  '--remote-debugging-pipe',
  '--hide-scrollbars',
  '--mute-audio',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** An answer with an error, as an Error whose message is the protocol's. */
const failure = (method, error) => new Error(`${method}: ${error.message}`);

export class Chromium {
  #child;
  #profile;
  #pending = new Map();
  #listeners = new Set();
  #nextId = 1;
  #exited;

  /**
   * Starts Chromium at `executablePath` with `args` (and the flags it needs here).
   * @param {{ executablePath: string, args: string[] }} browser
   */
  static async launch({ executablePath, args }) {
    const chromium = new Chromium(executablePath, args);
    // The first answer proves the pipe works (and fails fast if Chromium does not start).
    await chromium.send('Browser.getVersion');
    return chromium;
  }

  constructor(executablePath, args) {
    this.#profile = mkdtempSync(join(tmpdir(), 'frontier-chromium-'));
    this.#child = spawn(
      executablePath,
      [...args, ...HEADLESS_ARGS, `--user-data-dir=${this.#profile}`, 'about:blank'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    this.#exited = new Promise((resolve) => {
      const end = (reason) => {
        for (const { reject, method } of this.#pending.values()) reject(failure(method, reason));
        this.#pending.clear();
        resolve();
      };
      this.#child.on('error', (error) => end(new Error(`Chromium did not start (${error.message})`)));
      this.#child.on('exit', (code) => end(new Error(`Chromium exited (code ${code})`)));
    });
    // A pipe to a Chromium that is gone reports EPIPE; the exit above has failed every command already.
    for (const pipe of [this.#child.stdio[3], this.#child.stdio[4]]) pipe.on('error', () => {});
    let buffered = '';
    this.#child.stdio[4].on('data', (chunk) => {
      const parts = (buffered + chunk.toString('utf8')).split('\0');
      buffered = parts.pop() ?? '';
      for (const part of parts) this.#receive(JSON.parse(part));
    });
  }

  #receive(message) {
    if (message.id === undefined) {
      for (const listener of this.#listeners) listener(message);
      return;
    }
    const waiting = this.#pending.get(message.id);
    if (!waiting) return;
    this.#pending.delete(message.id);
    if (message.error) waiting.reject(failure(waiting.method, message.error));
    else waiting.resolve(message.result);
  }

  /** Sends a command (to a page's session when `sessionId` is given) and resolves with its result. */
  send(method, params = {}, sessionId = undefined) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.#child.stdio[3].write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** Calls `listener` with every event (`{ method, params, sessionId }`); returns the unsubscribe. */
  listen(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A new page (tab), with its session. */
  async newPage() {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId);
    await Promise.all([page.send('Page.enable'), page.send('Runtime.enable')]);
    return page;
  }

  /** Closes Chromium and removes its profile. */
  async close() {
    this.send('Browser.close').catch(() => {});
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), 2000);
    await this.#exited;
    clearTimeout(timer);
    rmSync(this.#profile, { recursive: true, force: true });
  }
}

/** `fn` called with `arg` in the page, as source text (both must survive a JSON round trip). */
const callSource = (fn, arg) => `(${fn})(${JSON.stringify(arg)})`;

export class Page {
  /** Messages of uncaught exceptions in the page, oldest first. */
  errors = [];

  constructor(browser, sessionId) {
    this.browser = browser;
    this.sessionId = sessionId;
    browser.listen(({ method, params, sessionId: from }) => {
      if (from === sessionId && method === 'Runtime.exceptionThrown') {
        const details = params.exceptionDetails;
        this.errors.push(details.exception?.description?.split('\n')[0] ?? details.text);
      }
    });
  }

  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }

  /** The viewport in CSS pixels, at `scale` device pixels each. */
  setViewport(width, height, scale = 1) {
    return this.send('Emulation.setDeviceMetricsOverride', {
      width,
      height,
      deviceScaleFactor: scale,
      mobile: false,
    });
  }

  emulatePrint() {
    return this.send('Emulation.setEmulatedMedia', { media: 'print' });
  }

  /** Runs `fn(arg)` in every document before its own scripts. */
  addInitScript(fn, arg) {
    return this.send('Page.addScriptToEvaluateOnNewDocument', { source: callSource(fn, arg) });
  }

  /** Goes to `url` and resolves once its load event has fired. */
  async goto(url) {
    let stop;
    const loaded = new Promise((resolve) => {
      stop = this.browser.listen(({ method, sessionId }) => {
        if (sessionId === this.sessionId && method === 'Page.loadEventFired') resolve();
      });
    });
    try {
      const { errorText } = await this.send('Page.navigate', { url });
      if (errorText) throw new Error(`could not open ${url}: ${errorText}`);
      await loaded;
    } finally {
      stop();
    }
  }

  /** `fn(arg)` in the page, awaited; resolves with its (JSON) value, rejects with its error. */
  async evaluate(fn, arg) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression: callSource(fn, arg),
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
      throw new Error(text.split('\n')[0]);
    }
    return result.value;
  }

  /** The viewport as a PNG at device pixels, encoded for speed rather than size. */
  async screenshot(width, height) {
    const clip = { x: 0, y: 0, width, height, scale: 1 };
    const { data } = await this.send('Page.captureScreenshot', {
      format: 'png',
      clip,
      optimizeForSpeed: true,
    });
    return Buffer.from(data, 'base64');
  }

  /** The page printed: paper and margins in inches. */
  async pdf({ paperWidth, paperHeight, landscape, margin }) {
    const { data } = await this.send('Page.printToPDF', {
      paperWidth,
      paperHeight,
      landscape,
      printBackground: true,
      marginTop: margin,
      marginBottom: margin,
      marginLeft: margin,
      marginRight: margin,
      // Untagged, as Playwright prints by default: the structure tree adds a fifth to the file.
      generateTaggedPDF: false,
    });
    return Buffer.from(data, 'base64');
  }
}
