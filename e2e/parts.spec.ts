/**
 * Every part that loads apart (src/store/lazyPart.tsx and the other dynamic
 * imports), refused by the network as a deploy or a dropped connection would
 * refuse it: the part says so in its place, in the view's language, with a
 * reload; the rest of the app keeps working; nothing is left uncaught.
 */
import { expect, test, type Page } from '@playwright/test';
import { t } from '../src/i18n/strings';
import { openApp, withoutWebgl } from './helpers';

/** Refuses the build's files whose names start with `chunk` (a hashed name: `CityPanel-3fa9.js`). */
async function refuse(page: Page, chunk: string): Promise<string[]> {
  const refused: string[] = [];
  await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.m?js$`), (route) => {
    refused.push(route.request().url());
    return route.abort('failed');
  });
  return refused;
}

/** Uncaught exceptions and rejections. */
function uncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function expectFailedPart(page: Page, part: string, lang: 'ja' | 'en' | 'zh' = 'en') {
  const said = page.locator(`[data-testid=part-failed][data-part="${part}"]`);
  await expect(said).toBeVisible();
  await expect(said).toContainText(t(lang, part === 'app' ? 'appFailed' : 'partFailed'));
  await expect(said.getByRole('button', { name: t(lang, 'reloadView') })).toBeVisible();
}

/** The rest of the app still answers: a filter changes the ranking. */
async function expectAppWorks(page: Page) {
  await page.getByRole('radio', { name: 'Emerging' }).check({ force: true });
  await expect(page).toHaveURL(/tier=emerging/);
  await expect(page.getByTestId('ranking').locator('button[data-adcode]').first()).toBeVisible();
}

const cases: { part: string; chunk: string; query?: string; webgl?: false; open: (page: Page) => Promise<void> }[] = [
  { part: 'city-panel', chunk: 'CityPanel', open: (page) => page.getByTestId('ranking').locator('button[data-adcode="440300"]').click() },
  { part: 'table', chunk: 'TableView', open: (page) => page.getByTestId('show-table').click() },
  { part: 'sources', chunk: 'SourcesView', open: (page) => page.getByTestId('show-sources').click() },
  { part: 'atlas', chunk: 'AtlasView', open: (page) => page.getByTestId('show-atlas').click() },
  { part: 'cluster-card', chunk: 'ClusterCard', query: '&industries=automotive', open: async () => {} },
  { part: 'compare', chunk: 'ComparePanel', query: '&compare=440100,440300', open: async () => {} },
  { part: 'share-menu', chunk: 'ShareMenuBody', open: (page) => page.getByTestId('share-button').click() },
  { part: 'keys-dialog', chunk: 'MapKeysDialog', open: (page) => page.getByTestId('map-keys-button').click() },
  { part: 'search', chunk: 'search', open: (page) => page.getByTestId('search-input').fill('robot') },
  { part: 'svg-map', chunk: 'SvgMap', webgl: false, open: async () => {} },
  { part: 'svg-map-labels', chunk: 'SvgMapLabels', webgl: false, open: async () => {} },
];

for (const c of cases)
  test(`${c.part}: a refused chunk is said in its place, and the app goes on`, async ({ page }) => {
    const errors = uncaught(page);
    const refused = await refuse(page, c.chunk);
    if (c.webgl === false) {
      await withoutWebgl(page);
      await page.goto(`/?lang=en${c.query ?? ''}`);
      await expect(page.getByTestId('ranking')).toBeVisible();
    } else await openApp(page, `?lang=en${c.query ?? ''}`);
    await c.open(page);
    await expectFailedPart(page, c.part);
    expect(refused.length).toBeGreaterThan(0);
    if (c.part !== 'compare') await expectAppWorks(page);
    expect(errors).toEqual([]);
  });

test('a failed part loads on "retry" once its file can be had again', async ({ page }) => {
  let refusing = true;
  await page.route(/\/assets\/TableView-[\w-]+\.js$/, (route) => (refusing ? route.abort('failed') : route.continue()));
  await openApp(page, '?lang=ja');
  await page.getByTestId('show-table').click();
  await expectFailedPart(page, 'table', 'ja');
  refusing = false;
  await page.locator('[data-part=table]').getByRole('button', { name: t('ja', 'retry') }).click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await expect(page.locator('[data-testid=part-failed]:visible')).toHaveCount(0);
});

test('the reload keeps the view: the same address, the part loaded', async ({ page }) => {
  let refusing = true;
  await page.route(/\/assets\/AtlasView-[\w-]+\.js$/, (route) => (refusing ? route.abort('failed') : route.continue()));
  await openApp(page, '?lang=zh&tier=pillar');
  await page.getByTestId('show-atlas').click();
  await expectFailedPart(page, 'atlas', 'zh');
  const view = page.url();
  refusing = false;
  await Promise.all([page.waitForEvent('load'), page.locator('[data-part=atlas]').getByRole('button', { name: t('zh', 'reloadView') }).click()]);
  expect(page.url()).toBe(view);
  await expect(page.getByTestId('atlas')).toBeVisible();
});

test('the embed view: a refused chunk is said in the frame, in its language', async ({ page }) => {
  const errors = uncaught(page);
  await refuse(page, 'Embed');
  await page.goto('/?lang=ja&embed=1');
  await expectFailedPart(page, 'embed', 'ja');
  expect(errors).toEqual([]);
});

test("the app's own module refused: the page's first script says so, with a reload", async ({ page }) => {
  const errors = uncaught(page);
  await refuse(page, 'shared');
  await page.goto('/?lang=zh');
  await expectFailedPart(page, 'app', 'zh');
  expect(errors).toEqual([]);
});

test('PDF and PowerPoint writers refused: the export says it could not load them and offers a reload', async ({ page }) => {
  const errors = uncaught(page);
  await refuse(page, '(jspdf|pptx\\.worker)');
  await openApp(page, '?lang=en');
  for (const format of ['pdf', 'pptx']) {
    await page.getByTestId('export-button').click();
    await page.locator(`[data-format="${format}"]`).click();
    await expect(page.getByTestId('export-status'), format).toContainText(t('en', 'partFailed'));
    await expect(page.getByTestId('export-reload'), format).toBeVisible();
  }
  await expectAppWorks(page);
  expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('"Zoom and pan" with the WebGL map refused: the static map stays, and says why', async ({ page }) => {
    const errors = uncaught(page);
    await refuse(page, '(MapView|maplibre)');
    await page.goto('/?lang=en');
    await expect(page.getByTestId('first-paint-map')).toBeVisible();
    await page.locator('.map-zoom-button').click();
    const said = page.getByTestId('no-webgl');
    await expect(said).toContainText(t('en', 'mapModuleFailed'));
    await expect(said.getByRole('button', { name: t('en', 'reloadView') })).toBeVisible();
    await expect(page.getByTestId('static-map')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
