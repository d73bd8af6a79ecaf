import { expect, test, type Page } from '@playwright/test';
import { ROLE_COLORS } from '../src/domain/palette';
import { readFile } from 'node:fs/promises';
import { dataset } from './dataset';
import { openApp, waitForMapIdle, watchErrors } from './helpers';

const cluster = (id: string) => dataset.clusters.find((c) => c.id === id)!;

test('every cluster card shows its focus areas in English, from the data file', async ({ page }) => {
  for (const c of dataset.clusters) {
    await page.goto(`/?lang=en&industries=${c.id}`);
    const card = page.getByTestId('cluster-card');
    await expect(card).toHaveAttribute('data-cluster', c.id);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(c.name.en);
    await expect(card).toContainText(c.name.zh);
    if (c.focus.en) await expect(card.getByTestId('card-focus')).toHaveText(c.focus.en);
    else {
      await expect(card.getByTestId('card-focus')).toContainText('Not stated in the source table');
      await expect(card.getByTestId('card-focus')).toContainText('Supplement, not from the source table');
      await expect(card.getByTestId('card-focus')).toContainText('粤工信节能〔2020〕131号');
    }
    await expect(card.getByTestId('card-areas')).toHaveText(c.areas.en);
  }
});

test('in Chinese the card shows the Chinese focus areas, says they are a translation, and keeps the Japanese at hand', async ({ page }) => {
  const c = cluster('new-energy');
  await openApp(page, '?lang=zh&industries=new-energy');
  const card = page.getByTestId('cluster-card');
  await expect(card.getByTestId('card-focus')).toHaveText(c.focus.zh!);
  await expect(card).toContainText('据日本贸易振兴机构日文摘要译出，非政策原文');
  await expect(card.getByTestId('card-areas')).toHaveText(c.areas.zh);
  await card.getByText('日文原文').click();
  await expect(card.locator('.japanese-source p')).toHaveText(c.focus.ja!);
  // The cities by role: Yangjiang named as the hub; Zhaoqing reached through the Pearl River Delta.
  const roles = card.getByTestId('card-roles');
  await expect(roles.locator('[data-role=hub] .named')).toContainText('阳江');
  await expect(roles.locator('[data-role=production] .regional')).toContainText('经“珠三角”');
  await roles.locator('[data-role=production] .regional button[data-adcode="441200"]').click();
  await expect(page.getByTestId('city-panel')).toContainText('肇庆');
  await expect(page).toHaveURL(/city=441200/);
});

/** Types a query into the search field, reached with the "/" key. */
async function search(page: Page, query: string) {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(query);
  return page.getByTestId('search-results');
}

test('search finds clusters and cities in any language and opens what the keyboard chooses', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const expectations: [string, string[]][] = [
    ['水素', ['new-energy']],
    ['hydrogen', ['new-energy']],
    ['氢', ['new-energy']],
    ['EDA', ['semiconductors-ics', 'software-information-services']],
    ['ドローン', ['intelligent-robots']],
    ['drone', ['intelligent-robots']],
    ['无人机', ['intelligent-robots']],
    ['OLED', ['ultra-hd-video-display']],
  ];
  for (const [query, ids] of expectations) {
    const results = await search(page, query);
    const found = results.locator('[role=option][data-kind=cluster]');
    await expect(found, query).toHaveCount(ids.length);
    expect((await found.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort(), query).toEqual(ids);
    await expect(found.first().locator('mark').first()).toBeVisible();
  }

  // Choosing a result with the keyboard opens the cluster's card and its map.
  await search(page, 'hydrogen');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cluster-card')).toHaveAttribute('data-cluster', 'new-energy');
  await expect(page).toHaveURL(/industries=new-energy/);
  await waitForMapIdle(page);
  const yangjiang = await page.evaluate(() => window.__gdMap!.getFeatureState({ source: 'cities', id: 441700 }));
  expect(yangjiang).toMatchObject({ fill: ROLE_COLORS.hub, fillOpacity: 1 });

  for (const query of ['Zhuhai', '珠海']) {
    const results = await search(page, query);
    // The city first, then the clusters whose target areas name it.
    await expect(results.locator('[role=option]').first()).toHaveAttribute('data-id', '440400');
    await expect(results.locator('[role=option][data-kind=cluster]').first()).toBeVisible();
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('city-panel')).toContainText('Zhuhai');
  await expect(page).toHaveURL(/city=440400/);

  // Hostile input: no error, no markup.
  for (const query of ['.*([', '<img src=x onerror=alert(1)>', 'x'.repeat(300)]) await search(page, query);
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('a cluster name in the city panel opens its card; Back restores the selection', async ({ page }) => {
  await openApp(page, `?lang=en&tier=emerging&city=440100`);
  const panel = page.getByTestId('city-panel');
  const entry = panel.locator('[data-cluster=new-energy]');
  await expect(entry.getByTestId('focus-line')).toContainText(cluster('new-energy').focus.en!.slice(0, 20));
  await entry.getByRole('button', { name: 'Show all' }).click();
  await expect(entry.getByTestId('focus-line')).toContainText(cluster('new-energy').focus.en!);
  await entry.locator('[data-cluster-link=new-energy]').click();
  await expect(page.getByTestId('cluster-card')).toHaveAttribute('data-cluster', 'new-energy');
  await expect(page).toHaveURL(/tier=emerging&industries=new-energy/);
  await page.getByTestId('card-back').click();
  await expect(page.getByTestId('cluster-card')).toHaveCount(0);
  await expect(page).not.toHaveURL(/industries=/);
  // The picker's names open cards too, and its checkboxes still filter.
  await page.locator('.industries [data-cluster-link=intelligent-robots]').click();
  await expect(page.getByTestId('cluster-card')).toHaveAttribute('data-cluster', 'intelligent-robots');
});

test('the sources view and the table view reopen after a reload', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('show-sources').click();
  await expect(page).toHaveURL(/view=sources/);
  const sources = page.getByTestId('sources-view');
  await expect(sources).toContainText('粤府函〔2020〕82号');
  await expect(sources).toContainText('ソフトリエア・ 育報'); // a seed cell, defects and all
  await expect(sources.locator('.source-cluster')).toHaveCount(20);
  const notes = dataset.clusters.reduce((n, c) => n + c.notes.length, 0);
  await expect(sources.locator('.notes li')).toHaveCount(notes);
  await expect(sources.getByTestId('region-terms').locator('tbody tr')).toHaveCount(dataset.regions.length);
  await page.reload();
  await expect(page.getByTestId('sources-view')).toBeVisible();
  await expect(page.getByTestId('show-sources')).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/?lang=zh&view=table');
  await expect(page.getByTestId('table-view').locator('tbody tr')).toHaveCount(21);
  await page.reload();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await expect(page.getByTestId('show-table')).toHaveAttribute('aria-pressed', 'true');
});

test('the clusters CSV has one row for each of the 20 clusters', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-menu').locator('[data-format="csv-clusters"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^guangdong-clusters_all_all_clusters_en_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('id,tier,name_ja,name_zh,name_en,focus_ja,focus_en,focus_zh,areas_ja,areas_en,areas_zh,cities_all,cities_named,source');
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(dataset.clusters.map((c) => c.id));
});

test('Hong Kong and Macau are labelled at the default view in every language', async ({ page }) => {
  for (const lang of ['ja', 'en', 'zh'] as const) {
    await openApp(page, `?lang=${lang}`);
    // The names on the map, in view (page text over the canvas: src/map/webgl/screenLabels.ts).
    const shown = await page.getByTestId('map-labels').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.svg-map-context-label')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        })
        .map((t) => t.textContent);
    });
    const names = { ja: ['香港', 'マカオ'], en: ['Hong Kong', 'Macau'], zh: ['香港', '澳门'] }[lang];
    expect(shown, lang).toEqual(expect.arrayContaining(names));
  }
});
