import { expect, test, type Page } from '@playwright/test';
import { parseView, serializeView } from '../src/store/url';
import { jsHeapMb as heapMb } from '../scripts/chromium';
import { expectedCounts } from './expected';
import { mapCounts, openApp, rankingCounts, waitForMapIdle, watchErrors } from './helpers';

/** mulberry32: a small seeded generator, so a failing run can be replayed with SOAK_SEED. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


/**
 * The address as the app has written it: read in the page after a task of its
 * own, so the app's write (in a task queued by the change) has happened.
 * (`page.url()` follows the page's history writes a moment later.)
 */
const address = (page: Page) => page.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve(location.search), 0)));

test('soak: 300 random actions (after 60 to warm up) keep map, ranking, table and URL in agreement', async ({ page }) => {
  test.setTimeout(360_000);
  const seed = Number(process.env.SOAK_SEED ?? 20261128);
  const random = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const errors = watchErrors(page);
  page.on('download', (d) => void d.cancel());
  await openApp(page);
  const heapAfterLoad = await heapMb(page);

  const actions: Record<string, () => Promise<unknown>> = {
    tier: () => page.locator('input[name=tier]').nth(Math.floor(random() * 3)).check({ force: true }),
    count: () => page.locator('input[name=count]').nth(Math.floor(random() * 2)).check({ force: true }),
    industry: async () => {
      const boxes = page.locator('.industries input[type=checkbox]');
      await boxes.nth(Math.floor(random() * (await boxes.count()))).click();
    },
    allOrNone: () => page.getByTestId(pick(['industries-all', 'industries-none'])).click(),
    rankingCity: () => page.getByTestId('ranking').locator('button').nth(Math.floor(random() * 21)).click(),
    closeCity: () => page.keyboard.press('Escape'),
    lang: () => page.getByTestId('lang').selectOption(pick(['ja', 'en', 'zh'])),
    table: async () => {
      const table = page.getByTestId('table-view');
      if (!(await table.isVisible())) await page.getByTestId('show-table').click();
      // The city panel lies over the table's right-hand columns; a user closes it first.
      if (await page.getByTestId('city-panel').isVisible()) await page.keyboard.press('Escape');
      const headers = table.locator('thead button');
      await headers.nth(Math.floor(random() * (await headers.count()))).click();
    },
    mapView: () => page.locator('.view-toggle button').first().click(),
    export: async () => {
      await page.getByTestId('export-button').click();
      const format = pick(['csv', 'csv-long', 'geojson', 'svg']);
      await Promise.all([page.waitForEvent('download'), page.getByTestId('export-menu').locator(`[data-format="${format}"]`).click()]);
    },
    back: async () => {
      if (position > 0) {
        position--;
        await page.goBack();
      }
    },
    forward: async () => {
      if (position < newest) {
        position++;
        await page.goForward();
      }
    },
  };
  // Where we stand in the app's own history: going back past its first entry would leave the app.
  let position = 0;
  let newest = 0;
  const names = Object.keys(actions);
  const log: string[] = [];
  // The first 60 actions warm the caches (lazy modules, glyph atlases for each
  // language, tile caches), which grow once and then stay flat; a leak keeps
  // growing, so the 300 counted actions are compared with the heap after them.
  const WARM_UP = 60;
  let heapAfterWarmUp = 0;
  for (let step = 0; step < WARM_UP + 300; step++) {
    if (step === WARM_UP) heapAfterWarmUp = await heapMb(page);
    const name = pick(names);
    log.push(name);
    const before = await address(page);
    await actions[name]!();
    // The map answers in the task of the input; the address is written in the next one.
    await waitForMapIdle(page);
    const search = await address(page);
    if (name !== 'back' && name !== 'forward' && search !== before) newest = ++position;
    const { view, notices } = parseView(search);
    const context = `seed ${seed}, step ${step}: ${log.slice(-5).join(' > ')}`;
    expect(notices, context).toEqual([]);
    expect(serializeView(view), context).toBe(search);
    const expected = expectedCounts(view.tier, view.industries, view.count);
    expect(await mapCounts(page), context).toEqual(expected);
    // The ranking follows the map in a background render.
    await expect.poll(() => rankingCounts(page), { message: context }).toEqual(expected);
    const table = page.getByTestId('table-view');
    if (await table.isVisible()) {
      const shown = await table.locator('tbody tr').evaluateAll((rows, basis) =>
        Object.fromEntries(rows.map((r) => [r.getAttribute('data-adcode'), Number(r.querySelector(`[data-testid=table-${basis}]`)!.textContent!.replace(/\D/g, ''))])),
        view.count,
      );
      expect(shown, context).toEqual(expected);
    }
    if (step % 50 === 49) console.log(`soak: ${step + 1} actions`);
  }
  const heapAfterSoak = await heapMb(page);
  console.log(
    `soak heap: ${heapAfterLoad.toFixed(1)} MB after load, ${heapAfterWarmUp.toFixed(1)} MB after ${WARM_UP} warm-up actions, ` +
      `${heapAfterSoak.toFixed(1)} MB after 300 actions`,
  );
  expect(heapAfterSoak).toBeLessThanOrEqual(heapAfterWarmUp * 1.2);
  expect(errors).toEqual([]);
});
