/**
 * The reader's own data: a workbook made as Excel makes it, a Shift_JIS CSV,
 * pasted cells and the example, each read, located and shown; the guessed
 * mapping changed; a city picked by hand; files that are not tables named;
 * the export of the sites with their clusters; and nothing leaving the page.
 *
 * The workbook (fixtures/yours/sites.xlsx) is written by LibreOffice Calc from
 * its flat-ODS source beside it, as Excel would write it (a notes sheet, title
 * rows, a formula with its stored value):
 *   soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" sites.fods
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { exportAs, openApp, waitForMapIdle, watchErrors } from './helpers';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/yours');
const WORKBOOK = path.join(FIXTURES, 'sites.xlsx');

async function openDialog(page: Page) {
  await page.getByTestId('yours-button').click();
  await expect(page.getByTestId('yours-dialog')).toBeVisible();
}

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  await page.getByTestId('yours-file').setInputFiles(file);
}

/** Every request the page makes from now on, with its body. */
function watchRequests(page: Page): { url: string; body: string }[] {
  const seen: { url: string; body: string }[] = [];
  page.on('request', (r) => seen.push({ url: r.url(), body: r.postData() ?? '' }));
  return seen;
}

test.describe('your data', () => {
  test('a workbook of sites: read, located, announced, on the map, with its mapping shown', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await openDialog(page);
    await choose(page, WORKBOOK);
    const status = page.getByTestId('yours-status');
    await expect(status).toHaveText('8地点を読み込みました：6地点の市が分かり、2地点は市の指定が必要です');
    // The mapping it guessed: the workbook's second sheet, its header under the title rows.
    await expect(page.getByTestId('yours-sheet')).toHaveValue('1');
    await expect(page.getByTestId('yours-role-address')).toHaveValue('1');
    await expect(page.getByTestId('yours-role-lat')).toHaveValue('3');
    await expect(page.getByTestId('yours-need-city-row')).toHaveCount(2);
    // Markup in a cell is text.
    await expect(page.locator('.yours-dialog img')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('yours-dialog')).toBeHidden();
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() => window.__gdMap!.querySourceFeatures('sites').length);
    expect(drawn).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a Shift_JIS CSV from Excel on Japanese Windows; the encoding can be overridden', async ({ page }) => {
    await openApp(page, '?lang=en');
    await openDialog(page);
    const csv = '名称,住所\r\n本社工場,広東省仏山市順徳区\r\n恵州の取引先,恵州市恵陽区\r\n';
    await choose(page, { name: 'sites-sjis.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'cp932') });
    await expect(page.getByTestId('yours-status')).toHaveText('2 sites read: 2 located, 0 need a city');
    await expect(page.getByTestId('yours-encoding')).toHaveValue('shift_jis');
    await page.getByTestId('yours-encoding').selectOption('gb18030');
    await expect(page.getByTestId('yours-status')).toHaveText(/2 sites read: [01] located/);
    await page.getByTestId('yours-encoding').selectOption('shift_jis');
    await expect(page.getByTestId('yours-status')).toHaveText('2 sites read: 2 located, 0 need a city');
  });

  test('pasted cells, a changed mapping and a city picked by hand', async ({ page }) => {
    await openApp(page, '?lang=zh');
    await openDialog(page);
    await page.getByTestId('yours-paste').fill('名称\t城市\t备注\n甲\t佛山\t顺德\n乙\t某地\t东莞\n');
    await page.getByTestId('yours-paste-read').click();
    await expect(page.getByTestId('yours-status')).toHaveText('已读取2个地点：1个已定位，1个需要选定城市');
    // The notes column names a place too: read as the address, both are located.
    await page.getByTestId('yours-role-address').selectOption('2');
    await expect(page.getByTestId('yours-status')).toHaveText('已读取2个地点：2个已定位，0个需要选定城市');
    await page.getByTestId('yours-role-address').selectOption('-1');
    await expect(page.getByTestId('yours-need-city-row')).toHaveCount(1);
    await page.getByTestId('yours-need-city-row').getByRole('combobox').selectOption('441300');
    await expect(page.getByTestId('yours-need-city-row')).toContainText('手动');
  });

  test('files that are not tables are named, and the app keeps working', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '?lang=en');
    await openDialog(page);
    const status = page.getByTestId('yours-status');
    await choose(page, { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n') });
    await expect(status).toHaveText('This is a PDF, not a table. Save the table as CSV or XLSX.');
    await choose(page, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect(status).toHaveText('The file is empty.');
    await choose(page, { name: 'list.txt', mimeType: 'text/plain', buffer: Buffer.from('Guangzhou\nShenzhen\n') });
    await expect(status).toContainText('Only one column was found');
    await choose(page, { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)) });
    await expect(status).toHaveText('This is not a table: neither text nor an XLSX workbook.');
    // Then a good one.
    await page.getByTestId('yours-demo').click();
    await expect(status).toHaveText('6 sites read: 6 located, 0 need a city');
    expect(errors).toEqual([]);
  });

  test('the example needs no file; the dialog passes axe and works by keys', async ({ page }) => {
    await openApp(page);
    await openDialog(page);
    await page.getByTestId('yours-demo').click();
    await expect(page.getByTestId('yours-status')).toHaveText('6地点を読み込みました：6地点の市が分かり、0地点は市の指定が必要です');
    const axe = await new AxeBuilder({ page }).include('[data-testid="yours-dialog"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('yours-button')).toBeFocused();
  });

  test('nothing the reader loads leaves the page: no request carries it, the address and share link do not hold it', async ({ page }) => {
    await openApp(page);
    const requests = watchRequests(page);
    await openDialog(page);
    await choose(page, WORKBOOK);
    await expect(page.getByTestId('yours-status')).toContainText('8地点');
    const secrets = ['本社工場', '長安工場', '23.1354', '香港事務所'];
    const encoded = secrets.flatMap((s) => [s, encodeURIComponent(s)]);
    for (const r of requests) for (const s of encoded) expect(`${r.url} ${r.body}`, r.url).not.toContain(s);
    // Whatever was requested is the app's own (its worker and the locator's data), from its own origin.
    for (const r of requests) expect(new URL(r.url).origin).toBe(new URL(page.url()).origin);
    for (const s of encoded) expect(page.url()).not.toContain(s);
    // An export of the sites is made on the page too: still nothing sent.
    await page.getByTestId('yours-show-list').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('yours-export-csv').click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('本社工場');
    for (const r of requests) for (const s of encoded) expect(`${r.url} ${r.body}`, r.url).not.toContain(s);
    for (const r of requests) expect(new URL(r.url).origin).toBe(new URL(page.url()).origin);
    // The share menu says the data is in no link.
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-your-data')).toBeVisible();
    for (const s of encoded) expect(page.url()).not.toContain(s);
  });
});

test('the workbook fixture is the one the unit tests read', () => {
  expect(readFileSync(WORKBOOK).subarray(0, 2).toString()).toBe('PK');
});

test.describe('your sites', () => {
  test('the list: each site with its city, how it was found and the clusters; a row opens its city; the exports', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByTestId('yours-button').click();
    await page.getByTestId('yours-file').setInputFiles(WORKBOOK);
    await expect(page.getByTestId('yours-status')).toContainText('8 sites read');
    await page.getByTestId('yours-show-list').click();
    const list = page.getByTestId('yours-list');
    await expect(list).toBeVisible();
    await expect(list.getByTestId('yours-list-row')).toHaveCount(8);
    const first = list.getByTestId('yours-list-row').first();
    await expect(first).toContainText('本社工場');
    await expect(first).toContainText('Foshan');
    await expect(first).toContainText('town（北滘镇）');
    await expect(first).toContainText('Automobiles');
    // The Hong Kong office is outside, and says so.
    await expect(list.getByTestId('yours-list-row').nth(6)).toContainText('outside Guangdong (Hong Kong)');
    // Markup in a name is shown as text.
    await expect(list.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    // Sorted by city.
    await list.getByRole('button', { name: 'City', exact: true }).click();
    await expect(list.getByTestId('yours-list-row').first()).toContainText('Guangzhou');
    // The CSV: every row, with the columns read, then the located city and its clusters.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('yours-export-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('拠点名,住所,都市,緯度,経度,座標系,従業員数,city_adcode,city,located_by,longitude_wgs84,latitude_wgs84,clusters_count,clusters,cluster_ids');
    expect(lines).toHaveLength(9);
    expect(lines[1]).toMatch(/^本社工場,広東省仏山市順徳区北滘鎮,,,,,120,440600,Foshan,town,,,\d+,/);
    // A formula never leaves the app as one.
    expect(lines[6]).toMatch(/^"'=HYPERLINK\(""http/);
    expect(lines[4]).toMatch(/,440100,Guangzhou,coordinates,113\.26\d{4},23\.13\d{4},/);
    // A row opens its city.
    await list.getByRole('button', { name: 'Open Shenzhen' }).click();
    await expect(page.getByTestId('city-panel')).toContainText('Shenzhen');
    await expect(page.getByTestId('city-sites')).toContainText('<img src=x onerror=alert(1)>');
  });
});

test('search finds a site by name and opens its city; the comparison counts the sites', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('yours-button').click();
  await page.getByTestId('yours-demo').click();
  await expect(page.getByTestId('yours-status')).toContainText('6 sites read');
  await page.keyboard.press('Escape');
  await page.getByTestId('search-input').fill('Chang');
  const option = page.locator('[role=option][data-kind=site]');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText("Chang'an plant");
  await option.click();
  await expect(page.getByTestId('city-panel')).toContainText('Dongguan');
  await expect(page.getByTestId('city-sites')).toContainText("Chang'an plant");
  await page.goto('/?lang=en&compare=440600,441900');
  // A new page has no data of the reader's unless kept: the comparison says nothing of sites.
  await expect(page.getByTestId('compare-panel')).toBeVisible();
  await expect(page.getByTestId('compare-sites')).toHaveCount(0);
  await page.getByTestId('yours-button').click();
  await page.getByTestId('yours-demo').click();
  await expect(page.getByTestId('yours-status')).toContainText('6 sites read');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-sites')).toHaveText('Your sites: Foshan 1 site, Dongguan 1 site');
});

test('city figures: a column in the table, a line in the city panel, and the chart walked by keys', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('yours-button').click();
  const cells = ['City\tGDP (100m yuan)\tPopulation (10k)', 'Guangzhou\t28,839\t1882.7', 'Shenzhen\t32,388\t1766.18', 'Foshan\t12,698\t955.23', 'Huizhou\t5,401\t606.6', 'Zhanjiang\t3,793\t703.5'];
  await page.getByTestId('yours-paste').fill(cells.join('\n'));
  await page.getByTestId('yours-paste-read').click();
  await expect(page.getByTestId('yours-status')).toHaveText('Figures read for 5 cities (GDP (100m yuan), Population (10k))');
  await expect(page.getByTestId('yours-kind')).toHaveValue('figures');
  await page.getByTestId('yours-show-list').click();
  const chart = page.getByTestId('yours-chart');
  await expect(chart).toContainText('GDP (100m yuan) against the clusters targeting each city');
  await expect(chart).toContainText(/Correlation r = 0\.\d\d \(Pearson\)/);
  await expect(page.getByTestId('yours-scatter').locator('.dot')).toHaveCount(5);
  await page.getByTestId('yours-scatter').focus();
  // Left to right by the count: Guangzhou (20) last, Shenzhen (19) before it.
  await page.keyboard.press('End');
  await expect(page.getByTestId('yours-chart-status')).toHaveText('Guangzhou, 20 clusters, GDP (100m yuan) 28,839');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('yours-chart-status')).toHaveText('Shenzhen, 19 clusters, GDP (100m yuan) 32,388');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('city-panel')).toContainText('Shenzhen');
  await expect(page.getByTestId('city-figures')).toContainText('Population (10k)1,766.18');
  await page.getByTestId('show-table').click();
  await expect(page.locator('tr[data-adcode="440100"] [data-testid=table-figure]').first()).toHaveText('28,839');
  await expect(page.locator('tr[data-adcode="441200"] [data-testid=table-figure]').first()).toHaveText('—');
});

test('kept on the device only when the reader asks, and removed with "remove my data"', async ({ page }) => {
  const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  const checked = () => page.waitForFunction(() => performance.getEntriesByName('gd:yours-checked').length > 0, null, { timeout: 15_000 });
  await openApp(page, '?lang=en');
  await page.getByTestId('yours-button').click();
  await page.getByTestId('yours-demo').click();
  await expect(page.getByTestId('yours-status')).toContainText('6 sites read');
  expect(await databases()).not.toContain('gd-your-data');
  // Not ticked: a new page has nothing of it, and no database was made to find that out.
  await openApp(page, '?lang=en&city=440800');
  await checked();
  await expect(page.getByTestId('city-sites')).toHaveCount(0);
  expect(await databases()).not.toContain('gd-your-data');
  // Ticked: kept, and back on the next page after its first view.
  await page.getByTestId('yours-button').click();
  await expect(page.getByTestId('yours-keep')).toHaveCount(0);
  await page.getByTestId('yours-demo').click();
  await expect(page.getByTestId('yours-status')).toContainText('6 sites read');
  await page.getByTestId('yours-keep').check();
  await expect.poll(databases).toContain('gd-your-data');
  await openApp(page, '?lang=en&city=440800');
  await expect(page.getByTestId('city-sites')).toContainText('Zhanjiang candidate');
  await page.getByTestId('yours-button').click();
  await expect(page.getByTestId('yours-keep')).toBeChecked();
  await page.getByTestId('yours-remove').click();
  await expect(page.getByTestId('yours-status')).toHaveText('Your data was removed.');
  await expect.poll(databases).not.toContain('gd-your-data');
  await expect(page.getByTestId('city-sites')).toHaveCount(0);
  await openApp(page, '?lang=en&city=440800');
  await checked();
  await expect(page.getByTestId('city-sites')).toHaveCount(0);
});

test('the sites are in the exported SVG and PowerPoint: groups where dense, a named shape per single site', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('yours-button').click();
  await page.getByTestId('yours-file').setInputFiles(WORKBOOK);
  await expect(page.getByTestId('yours-status')).toContainText('8 sites read');
  await page.keyboard.press('Escape');
  const svg = (await exportAs(page, 'svg')).body.toString('utf8');
  const group = svg.slice(svg.indexOf('<g id="sites"'), svg.indexOf('</g>', svg.indexOf('<g id="sites"')));
  // The Baidu point and the Hong Kong office as points (named), the sites located by name as rings per city.
  expect(group).toContain('<title>候補地（百度）</title>');
  expect(group).toContain('<title>香港事務所</title>');
  expect(group.match(/data-sites="/g)?.length).toBeGreaterThanOrEqual(5);
  const deck = await JSZip.loadAsync((await exportAs(page, 'pptx')).body);
  const slide = await deck.file('ppt/slides/slide1.xml')!.async('string');
  expect(slide).toContain('name="候補地（百度）"');
});

test('on a phone, the SVG map draws the sites as the WebGL map does, and clicks still open the cities', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  await expect(page.getByTestId('first-paint-map')).toBeVisible();
  await page.getByTestId('yours-button').click();
  await page.getByTestId('yours-file').setInputFiles(WORKBOOK);
  await expect(page.getByTestId('yours-status')).toContainText('8 sites read');
  await page.keyboard.press('Escape');
  const sites = page.getByTestId('first-paint-map').getByTestId('svg-map-sites');
  await expect(sites).toBeVisible();
  // Five marks: the Baidu point in Guangzhou, the Hong Kong office, and rings for Foshan, Dongguan, Huizhou, Shenzhen and Guangzhou by name.
  const counts = await sites.locator('g[data-sites]').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-sites'))).reduce((a, b) => a + b, 0));
  expect(counts).toBe(7);
  // A mark does not take the click: the city under it opens.
  const ring = sites.locator('g[data-sites] circle').first();
  await ring.click({ force: true });
  await expect(page.getByTestId('city-panel')).toBeVisible();
});

test('the sites’ list and the figures’ chart pass axe', async ({ page }) => {
  const violations = async (selector: string) =>
    (await new AxeBuilder({ page }).include(selector).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await openApp(page, '?lang=ja');
  await page.getByTestId('yours-button').click();
  await page.getByTestId('yours-file').setInputFiles(WORKBOOK);
  await expect(page.getByTestId('yours-status')).toContainText('8地点');
  await page.getByTestId('yours-show-list').click();
  await expect(page.getByTestId('yours-list')).toBeVisible();
  expect(await violations('[data-testid="yours-list"]')).toEqual([]);
  await page.getByTestId('yours-list-close').click();
  await page.getByTestId('yours-button').click();
  await page.getByTestId('yours-paste').fill('都市\tGDP\n広州\t28839\n深圳\t32388\n仏山\t12698\n');
  await page.getByTestId('yours-paste-read').click();
  await expect(page.getByTestId('yours-status')).toContainText('3市');
  await page.getByTestId('yours-show-list').click();
  await expect(page.getByTestId('yours-chart')).toBeVisible();
  expect(await violations('[data-testid="yours-chart"]')).toEqual([]);
});
