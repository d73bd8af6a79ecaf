import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

/**
 * Playwright cannot download its own browsers on our machines, so tests and
 * the benchmark run Debian's Chromium. Order: $CHROMIUM_PATH,
 * /usr/bin/chromium, then a browser Playwright installed itself.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when it has no browser of its own; the message below says what to do.
  }
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error(
      'No Chromium found. Install one with `apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  return found;
}

/** Headless WebGL through SwiftShader, and no background traffic on a machine without a network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/** The page's used JS heap in MB, measured after a forced garbage collection (Chromium only). */
export async function jsHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
}
