/** The benchmark's two pages (the app in dist/, the baseline in bench/dist/): building and serving them, and the helpers both bench scripts share. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { build } from 'vite';
import { appHandler, precompress, startServer } from '../scripts/serve';
import { classIndex, countClasses } from '../src/domain/classes';
import { clusterCountByCity } from '../src/domain/counts';
import { loadRepoDataset } from '../src/test/files';

const root = path.resolve(import.meta.dirname, '..');

export async function buildPages() {
  const dataset = loadRepoDataset();
  const counts = clusterCountByCity(dataset.clusters, dataset.cities.map((c) => c.adcode));
  const classes = countClasses(dataset.clusters.length);
  const colors = [...counts].flatMap(([code, n]) => [Number(code), classes[classIndex(classes, n.all)]!.color]);
  await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts') });
  await build({
    root: path.join(root, 'bench'),
    base: '/baseline/',
    configFile: false,
    logLevel: 'warn',
    define: {
      __BASELINE_COLORS__: JSON.stringify(colors),
      __BASELINE_COUNTS__: JSON.stringify(Object.fromEntries([...counts].map(([code, n]) => [code, n.all]))),
    },
    // Precompressed like the app, so both pages are served alike.
    plugins: [precompress()],
    build: {
      outDir: path.join(root, 'bench/dist'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: path.join(root, 'bench/baseline.html') },
    },
  });
}

/** Maps a URL path to the built file: the app at /, the baseline at /baseline/. */
export function fileFor(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0]!);
  const [dir, rel] = clean.startsWith('/baseline/') ? ['bench/dist', clean.slice('/baseline/'.length)] : ['dist', clean.slice(1)];
  const file = path.join(root, dir, rel || 'index.html');
  if (!file.startsWith(path.join(root, dir))) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Both pages as `npm start` serves the app (scripts/serve.ts: precompressed,
 * cached, with its headers); the baseline, whose page has an inline style,
 * without the app's Content Security Policy.
 */
export async function serve(): Promise<{ url: string; close: () => void }> {
  const app = appHandler(path.join(root, 'dist'));
  const baseline = appHandler(path.join(root, 'bench/dist'), {});
  const { server, url } = await startServer({
    handler: (req, res) => {
      if (!req.url?.startsWith('/baseline/')) return app(req, res);
      req.url = req.url.slice('/baseline'.length);
      baseline(req, res);
    },
  });
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

/**
 * Waits for a performance mark the page sets (`gd:first-idle`, …) and returns
 * its time since navigation. It waits with a PerformanceObserver in the page,
 * not with waitForFunction, whose polling (and the 330 KB helper script
 * Playwright injects for it) would run inside the load being timed.
 * (A string, so the bundler's helpers stay out of the page.)
 */
export async function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const name = ${JSON.stringify(name)};
    const seen = performance.getEntriesByName(name, 'mark')[0];
    if (seen) return resolve(seen.startTime);
    const timer = setTimeout(() => reject(new Error('no ' + name + ' mark within 60 s')), 60000);
    new PerformanceObserver((list, observer) => {
      const mark = list.getEntriesByName(name, 'mark')[0];
      if (!mark) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(mark.startTime);
    }).observe({ type: 'mark' });
  })`);
}

/**
 * A fresh context and page, once the browser has gone quiet. Headless
 * Chromium builds a window's own UI (its WebUI omnibox popup: a renderer of
 * its own) for every new context, and that costs 1–3 s of CPU in the first
 * seconds; on a 2-core machine that work would land inside whichever load is
 * being timed, app or baseline alike. So this waits until all of the
 * browser's processes together use under 10 % of one core over 250 ms (at
 * most 10 s), and only then does the caller navigate.
 */
export async function quietPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  // A first visit: no service worker of an earlier one, and none installing in the background while it is timed.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const cdp = await browser.newBrowserCDPSession();
  const cpu = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  };
  const deadline = Date.now() + 10_000;
  let last = await cpu();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await cpu();
    if (now - last < 0.025) break;
    last = now;
  }
  await cdp.detach();
  return { context, page };
}
