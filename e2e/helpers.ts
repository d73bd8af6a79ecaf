import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { dataset } from './dataset';

/** Console errors and uncaught exceptions, collected from the moment the page is created. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Resolves on the map's next `idle` event (forcing a repaint so one comes even when nothing moves). */
export async function waitForMapIdle(page: Page): Promise<void> {
  // Set once the map's names are on it (src/map/webgl/MapView.tsx).
  await page.waitForFunction(() => !!window.__gdMap && !!document.querySelector('[data-testid=map-labels] text'), null, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__gdMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('ranking')).toBeVisible();
  await waitForMapIdle(page);
}

/** Feature state of every city polygon, as the map holds it. */
/**
 * The count the map holds for each of the 21 cities (feature state), whether
 * or not the city is in view: selecting a city can ease the map so that the
 * city panel does not cover it, which can take another city off screen.
 */
export async function mapCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate((codes) => {
    const map = window.__gdMap!;
    return Object.fromEntries(codes.map((code) => [code, map.getFeatureState({ source: 'cities', id: Number(code) }).count]));
  }, dataset.cities.map((c) => c.adcode));
}

/** The ranking as the user sees it: adcode -> displayed value. */
export async function rankingCounts(page: Page): Promise<Record<string, number>> {
  return page.getByTestId('ranking').evaluate((ol) => {
    const out: Record<string, number> = {};
    for (const b of ol.querySelectorAll('button[data-adcode]'))
      out[b.getAttribute('data-adcode')!] = Number(b.querySelector('[data-testid=ranking-value]')!.textContent);
    return out;
  });
}

/** Records Content-Security-Policy violations from the first script on. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => window.__csp ?? []);
}

/** The page as a browser without WebGL sees it: every WebGL context request fails. */
export async function withoutWebgl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (this: HTMLCanvasElement, ...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}

/** The header's export menu makes `format`: the file's name and bytes. */
export async function exportAs(page: Page, format: string): Promise<{ name: string; body: Buffer }> {
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('export-menu').locator(`[data-format="${format}"]`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(path!) };
}
