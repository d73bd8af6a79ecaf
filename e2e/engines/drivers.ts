/**
 * The other engines our readers use, driven the ways that work on a Debian
 * machine (Playwright can drive neither stock build):
 *
 * - Safari's engine: WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's
 *   webkit2gtk-driver), a W3C WebDriver server, with selenium-webdriver; under
 *   Xvfb, where it has WebGL.
 * - Firefox ESR over WebDriver BiDi with puppeteer-core: headed under Xvfb
 *   (WebGL), and headless with WebGL turned off, as a browser without WebGL
 *   (headless Firefox here has WebGL; the pref is what takes it away).
 *
 * Each is one `EngineSession`: the few things a spec does with a page, the
 * same way in both drivers. Xvfb and the drivers start on a free display and
 * port and stop with the session.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import puppeteer, { type Browser, type ElementHandle, type Page, type KeyInput } from 'puppeteer-core';
import { Builder, By, Key, Origin, type WebDriver } from 'selenium-webdriver';

export type EngineName = 'webkit' | 'firefox' | 'firefox-no-webgl';

export interface Size {
  width: number;
  height: number;
}

/** The keys the specs press. */
export type KeyName = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Enter' | 'Escape' | 'Tab';

export interface EngineSession {
  readonly name: EngineName;
  /** The engine's own name and version, as its driver says. */
  readonly version: string;
  /** Opens an address with the page's viewport at `size` (CSS pixels). */
  open(url: string, size?: Size): Promise<void>;
  /** Runs a function in the page (a promise it returns is awaited); its arguments and result cross as JSON. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Polls a function in the page until it returns a truthy value, which it resolves to. */
  waitFor<A extends unknown[], R>(fn: (...args: A) => R, args: A, what: string, timeout?: number): Promise<NonNullable<Awaited<R>>>;
  /** A user's click on the first element the selector finds (a user gesture: the clipboard accepts it). */
  click(selector: string): Promise<void>;
  /** A user's click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  /** Keys pressed on the focused element, one after another. */
  press(...keys: KeyName[]): Promise<void>;
  /** Text typed into the element the selector finds. */
  type(selector: string, text: string): Promise<void>;
  /** A file of this machine chosen in the file input the selector finds. */
  upload(selector: string, file: string): Promise<void>;
  /** The viewport as the reader sees it. */
  screenshot(): Promise<PNG>;
  /** Runs a function in the first frame whose address contains `urlPart`. */
  runInFrame<A extends unknown[], R>(urlPart: string, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** The page as PDF where the driver can print (null where it cannot). */
  print(): Promise<Buffer | null>;
  close(): Promise<void>;
}

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** What is missing for an engine, in words that say how to get it; null when it can run. */
export function missingFor(name: EngineName): string | null {
  const onPath = (bin: string) => (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/${bin}`));
  const need: string[] = [];
  if (name === 'webkit') {
    if (!onPath('WebKitWebDriver') || !existsSync(MINIBROWSER)) need.push('webkit2gtk-driver');
  } else if (!existsSync(FIREFOX)) need.push('firefox-esr');
  if (name !== 'firefox-no-webgl' && !onPath('Xvfb')) need.push('xvfb');
  return need.length ? `install with \`apt-get install -y ${need.join(' ')}\` (Debian), or run .ci/run, which does` : null;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill();
  });
}

/** A virtual X display on a free number (Xvfb picks it and writes it to the pipe at fd 3). */
async function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdio[3]!.on('data', (d: Buffer) => {
      out += String(d);
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display`)));
  });
  return { display, proc };
}

async function waitForHttp(url: string, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (e) {
      if (Date.now() > end) throw new Error(`${url} did not answer: ${String(e)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const SELENIUM_KEYS: Record<KeyName, string> = {
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
};

/** Calls `once` until it returns a truthy value (errors count as not yet), or throws after `timeout` ms. */
export async function poll<R>(once: () => Promise<R>, what: string, timeout: number): Promise<NonNullable<R>> {
  const end = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await once();
      if (value) return value as NonNullable<R>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function webkit(): Promise<EngineSession> {
  const x = await startXvfb();
  const port = await freePort();
  const server = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: x.display }, stdio: 'ignore' });
  let driver: WebDriver;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/status`);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
      .build();
  } catch (e) {
    await stop(server);
    await stop(x.proc);
    throw e;
  }
  const run = <A extends unknown[], R>(fn: (...args: A) => R, ...args: A) => driver.executeScript<Awaited<R>>(fn, ...args);
  // The window's frame around the viewport (MiniBrowser's toolbar), measured once.
  let chrome: Size | null = null;
  const session: EngineSession = {
    name: 'webkit',
    version: '',
    async open(url, size = { width: 1280, height: 800 }) {
      if (!chrome) {
        await driver.manage().window().setRect({ width: 1280, height: 800 });
        const inner = await run(() => ({ width: innerWidth, height: innerHeight }));
        chrome = { width: 1280 - inner.width, height: 800 - inner.height };
      }
      await driver.manage().window().setRect({ width: size.width + chrome.width, height: size.height + chrome.height });
      await driver.get(url);
    },
    run,
    waitFor: (fn, args, what, timeout = 20_000) => poll(() => run(fn, ...args), what, timeout),
    async click(selector) {
      await driver.findElement(By.css(selector)).click();
    },
    async clickAt(x, y) {
      await driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform();
    },
    async press(...keys) {
      await driver.actions().sendKeys(...keys.map((k) => SELENIUM_KEYS[k])).perform();
    },
    async type(selector, text) {
      await driver.findElement(By.css(selector)).sendKeys(text);
    },
    async upload(selector, file) {
      // WebDriver's way: the file's path typed into the input.
      await driver.findElement(By.css(selector)).sendKeys(file);
    },
    async screenshot() {
      return PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    async runInFrame(urlPart, fn, ...args) {
      const frames = await driver.findElements(By.css('iframe'));
      for (const frame of frames) {
        if (!String(await frame.getAttribute('src')).includes(urlPart)) continue;
        await driver.switchTo().frame(frame);
        try {
          return (await run(fn, ...args)) as never;
        } finally {
          await driver.switchTo().defaultContent();
        }
      }
      throw new Error(`no frame at ${urlPart}`);
    },
    async print() {
      try {
        // Typed as void by @types/selenium-webdriver; the command answers with the PDF in base64.
        const pdf = (await driver.printPage({ orientation: 'landscape' } as never)) as unknown as string;
        return Buffer.from(pdf, 'base64');
      } catch {
        return null;
      }
    },
    async close() {
      await driver.quit().catch(() => undefined);
      await stop(server);
      await stop(x.proc);
    },
  };
  const caps = await driver.getCapabilities();
  return { ...session, version: `WebKitGTK ${String(caps.get('browserVersion'))}` };
}

async function firefox(webgl: boolean): Promise<EngineSession> {
  const x = webgl ? await startXvfb() : null;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      // Headed under Xvfb for WebGL; headless without it.
      headless: !webgl,
      protocol: 'webDriverBiDi',
      env: { ...process.env, ...(x ? { DISPLAY: x.display } : {}) },
      extraPrefsFirefox: webgl ? {} : { 'webgl.disabled': true },
    });
  } catch (e) {
    if (x) await stop(x.proc);
    throw e;
  }
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  const run = <A extends unknown[], R>(fn: (...args: A) => R, ...args: A) =>
    page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<Awaited<R>>;
  return {
    name: webgl ? 'firefox' : 'firefox-no-webgl',
    version: await browser.version(),
    async open(url, size = { width: 1280, height: 800 }) {
      await page.setViewport(size);
      await page.goto(url);
    },
    run,
    waitFor: (fn, args, what, timeout = 20_000) => poll(() => run(fn, ...args), what, timeout),
    async click(selector) {
      await page.click(selector);
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async press(...keys) {
      for (const k of keys) await page.keyboard.press(k as KeyInput);
    },
    async type(selector, text) {
      await page.type(selector, text);
    },
    async upload(selector, file) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    async screenshot() {
      return PNG.sync.read(Buffer.from(await page.screenshot()));
    },
    async runInFrame(urlPart, fn, ...args) {
      const frame = page.frames().find((f) => f.url().includes(urlPart));
      if (!frame) throw new Error(`no frame at ${urlPart}`);
      return frame.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never;
    },
    async print() {
      return Buffer.from(await page.pdf({ landscape: true, format: 'A4', printBackground: true }));
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (x) await stop(x.proc);
    },
  };
}

export function launchEngine(name: EngineName): Promise<EngineSession> {
  const missing = missingFor(name);
  if (missing) throw new Error(`${name} cannot run here: ${missing}.`);
  return name === 'webkit' ? webkit() : firefox(name === 'firefox');
}
