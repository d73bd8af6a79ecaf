/**
 * A new version deployed while a reader has the map open (src/publish/version.ts).
 *
 * Two builds on one address, swapped as a static host deploys
 * (e2e/nextVersion.ts): version A (the tests' build in dist/) and version B
 * (the same code built again with another version string).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { exportAs, waitForMapIdle, watchErrors } from './helpers';
import { deployingHost, NEXT_VERSION as NEXT } from './nextVersion';

let host: Awaited<ReturnType<typeof deployingHost>>;
let url: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  host = await deployingHost();
  url = host.url;
});

test.afterAll(() => host?.close());

/** The version a page runs, as its sources view says it. */
async function shownVersion(page: Page): Promise<string> {
  await page.getByTestId('show-sources').click();
  const line = page.getByTestId('app-version');
  await expect(line).toBeVisible();
  const text = (await line.textContent())!;
  await page.getByTestId('show-map').click();
  return text.replace(/^.*[:：]\s*/, '');
}

async function openVersion(context: BrowserContext, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}${query}`);
  await expect(page.getByTestId('ranking')).toBeVisible();
  await waitForMapIdle(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  return page;
}

const fileHead = async (page: Page, format: 'pdf' | 'pptx') => (await exportAs(page, format)).body.subarray(0, 4).toString('latin1');

const precaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('gd-precache-')));

test('a tab open across a deploy keeps working, is offered the new version, and reloads into it at the same view', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // Tab 1 and tab 3: version A, its worker in control, nothing opened yet but the map.
  const tab1 = await openVersion(context, '?lang=en&tier=emerging');
  const errors = watchErrors(tab1);
  const tab3 = await openVersion(context, '?lang=ja');
  const errors3 = watchErrors(tab3);
  const [versionOfA] = await precaches(tab1);
  expect(versionOfA).toMatch(/^gd-precache-/);

  // The host deploys B; a second tab (a shared link, say) loads it, and B's worker installs beside A's.
  host.deploy();
  const tab2 = await context.newPage();
  await tab2.goto(`${url}?lang=en&city=440300`);
  await expect(tab2.getByTestId('city-panel')).toBeVisible();

  // Tab 1 is told quietly, and keeps running A: every part it had not loaded yet still loads.
  await expect(tab1.getByTestId('update-ready')).toBeVisible({ timeout: 30_000 });
  await expect(tab1.getByTestId('update-ready')).toContainText('A new version of the map is ready');
  await tab1.getByTestId('ranking').locator('button[data-adcode="440300"]').click();
  await expect(tab1.getByTestId('city-panel')).toBeVisible();
  await expect(tab1.getByTestId('city-panel').getByRole('heading').first()).toContainText('Shenzhen');
  await tab1.getByTestId('show-table').click();
  await expect(tab1.getByTestId('table-view')).toBeVisible();
  await tab1.getByTestId('show-atlas').click();
  await expect(tab1.getByTestId('atlas')).toBeVisible();
  expect(await fileHead(tab1, 'pdf')).toBe('%PDF');
  expect(await fileHead(tab1, 'pptx')).toBe('PK\u0003\u0004');
  expect(await shownVersion(tab1)).not.toBe(NEXT);
  await expect(tab1.locator('[data-testid=part-failed]:visible')).toHaveCount(0);

  // Tab 3 is offered it too, and the reader closes the notice for later: it comes back with the next change (below).
  await expect(tab3.getByTestId('update-ready')).toBeVisible({ timeout: 30_000 });
  await tab3.getByTestId('update-later').click();
  await expect(tab3.getByTestId('update-ready')).toHaveCount(0);

  // Tab 2 runs B already: nothing to offer it.
  expect(await shownVersion(tab2)).toBe(NEXT);
  await expect(tab2.getByTestId('update-ready')).toHaveCount(0);

  // The reader takes the update in tab 1: the same view, now in B.
  await tab1.getByTestId('show-atlas').click();
  await tab1.getByTestId('ranking').locator('button[data-adcode="440300"]').click();
  const view = tab1.url();
  expect(view).toContain('city=440300');
  expect(view).toContain('view=atlas');
  const reloaded = tab1.waitForEvent('load');
  await tab1.getByTestId('update-reload').click();
  await reloaded;
  expect(tab1.url()).toBe(view);
  await expect(tab1.getByTestId('atlas')).toBeVisible();
  await expect(tab1.getByTestId('city-panel')).toBeVisible();
  await expect(tab1.getByTestId('update-ready')).toHaveCount(0);
  expect(await shownVersion(tab1)).toBe(NEXT);

  // Tab 3 still runs A under B's worker: its parts come from A's cache, kept while it is open, and it is offered B again.
  await expect(tab3.getByTestId('update-ready')).toBeVisible({ timeout: 30_000 });
  await tab3.getByTestId('ranking').locator('button[data-adcode="440100"]').click();
  await expect(tab3.getByTestId('city-panel')).toBeVisible();
  expect(await shownVersion(tab3)).not.toBe(NEXT);
  expect(await precaches(tab1)).toContain(versionOfA);

  // Once no page of A is open, the next page of B lets B's worker delete A's files.
  await tab3.close();
  const tab4 = await openVersion(context, '?lang=zh');
  await expect.poll(() => precaches(tab4), { timeout: 30_000 }).toEqual([`gd-precache-${NEXT}`]);

  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  expect(errors3.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  await context.close();
});
