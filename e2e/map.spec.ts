import { expect, test, type Page } from '@playwright/test';
import { NO_ROLE_COLOR, REGIONAL_OPACITY, ROLE_COLORS } from '../src/domain/palette';
import { PNG } from 'pngjs';
import { dataset } from './dataset';
import { expectedClustersOf, expectedCounts, GUANGZHOU } from './expected';
import { readJson } from '../src/test/files';
import { mapCounts, openApp, rankingCounts, waitForMapIdle, watchErrors } from './helpers';

async function clickCity(page: Page, adcode: string) {
  const geo = readJson('data/guangdong.geojson') as { features: { properties: { adcode: string; label_lon: number; label_lat: number } }[] };
  const feature = geo.features.find((f) => f.properties.adcode === adcode)!;
  const point = await page.evaluate(
    (lonLat) => window.__gdMap!.project(lonLat),
    [feature.properties.label_lon, feature.properties.label_lat] as [number, number],
  );
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

test('loads without a console error and draws a map with every city ranked by its count', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const shot = PNG.sync.read(await page.getByTestId('map').screenshot());
  const colours = new Set<string>();
  for (let i = 0; i < shot.data.length; i += 4 * 97) colours.add(`${shot.data[i]},${shot.data[i + 1]},${shot.data[i + 2]}`);
  expect(colours.size).toBeGreaterThan(8);
  await expect(page.getByTestId('ranking').locator('button')).toHaveCount(21);
  expect(await rankingCounts(page)).toEqual(expectedCounts());
  expect(await mapCounts(page)).toEqual(expectedCounts());
  expect(errors).toEqual([]);
});

test("clicking Guangzhou on the map opens its panel with exactly its clusters", async ({ page }) => {
  await openApp(page);
  await clickCity(page, GUANGZHOU);
  const panel = page.getByTestId('city-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('広州');
  const shown = await panel.locator('[data-cluster]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cluster')));
  expect(shown.sort()).toEqual(expectedClustersOf(GUANGZHOU).sort());
  // The address follows in the task after the click.
  await expect(page).toHaveURL(new RegExp(`city=${GUANGZHOU}`));
  await waitForMapIdle(page);
  const selected = await page.evaluate((id) => window.__gdMap!.getFeatureState({ source: 'cities', id: Number(id) }).selected, GUANGZHOU);
  expect(selected).toBe(true);
});

test('tier and industry filters change the map and the ranking identically', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: '新興産業' }).check({ force: true });
  await waitForMapIdle(page);
  expect(await mapCounts(page)).toEqual(expectedCounts('emerging'));
  expect(await rankingCounts(page)).toEqual(expectedCounts('emerging'));

  await page.getByRole('checkbox', { name: 'ロボット' }).uncheck();
  await page.getByRole('checkbox', { name: '新エネルギー' }).uncheck();
  await waitForMapIdle(page);
  const emerging = dataset.clusters.filter((c) => c.tier === 'emerging').map((c) => c.id);
  const kept = emerging.filter((id) => id !== 'intelligent-robots' && id !== 'new-energy');
  expect(await mapCounts(page)).toEqual(expectedCounts('emerging', kept));
  expect(await rankingCounts(page)).toEqual(expectedCounts('emerging', kept));

  await page.getByRole('radio', { name: '市名明記のみ' }).check({ force: true });
  await waitForMapIdle(page);
  expect(await mapCounts(page)).toEqual(expectedCounts('emerging', kept, 'named'));
  expect(await rankingCounts(page)).toEqual(expectedCounts('emerging', kept, 'named'));
});

test('one industry shows its cities by role, named and regional apart', async ({ page }) => {
  await openApp(page, '?industries=new-energy');
  const states = await page.evaluate(() => {
    const map = window.__gdMap!;
    return Object.fromEntries(
      ['441700', '441200', '440100', '440500'].map((id) => [id, map.getFeatureState({ source: 'cities', id: Number(id) })]),
    );
  });
  // Named targets solid in their role's colour, regional ones pale and dashed, the rest the no-role colour.
  expect(states['441700']).toMatchObject({ fill: ROLE_COLORS.hub, fillOpacity: 1, regional: false }); // Yangjiang: offshore base
  expect(states['441200']).toMatchObject({ fill: ROLE_COLORS.production, fillOpacity: REGIONAL_OPACITY, regional: true }); // Zhaoqing: PRD solar cluster
  expect(states['440100']).toMatchObject({ fill: ROLE_COLORS.production, fillOpacity: 1, regional: false }); // Guangzhou: hydrogen base
  expect(states['440500']).toMatchObject({ fill: NO_ROLE_COLOR, fillOpacity: 1 }); // Shantou: not targeted
  await expect(page.getByTestId('legend')).toContainText('新エネルギー');
});

test('a URL with every parameter reopens the view, and back/forward step through views', async ({ page }) => {
  const query = '?lang=en&tier=pillar&industries=electronic-information,automotive&count=named&city=440300';
  await openApp(page, query);
  const check = async () => {
    await expect(page.getByRole('radio', { name: 'Pillar' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Named only' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Automobiles' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Smart home appliances' })).not.toBeChecked();
    await expect(page.getByTestId('city-panel').getByRole('heading', { level: 2 })).toHaveText('Shenzhen');
    expect(await rankingCounts(page)).toEqual(expectedCounts('pillar', ['automotive', 'electronic-information'], 'named'));
  };
  await check();
  await expect(page).toHaveURL((url) => url.href.includes(query));
  await page.reload();
  await waitForMapIdle(page);
  await check();

  await page.getByRole('radio', { name: 'Emerging' }).check({ force: true });
  await expect(page).toHaveURL(/tier=emerging/);
  await page.goBack();
  await expect(page).toHaveURL(/tier=pillar/);
  await expect(page.getByRole('radio', { name: 'Pillar' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Emerging' })).toBeChecked();
});

test('switching language changes names and <html lang>', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByTestId('lang').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guangdong Strategic Cluster Map');
  await expect(page.getByTestId('ranking')).toContainText('Guangzhou');
  await page.getByTestId('lang').selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByTestId('ranking')).toContainText('广州');
  await expect(page).toHaveURL(/lang=zh/);
});

test('keyboard only: reach a city panel from the ranking and close it with Esc', async ({ page }) => {
  await openApp(page);
  const first = page.getByTestId('ranking').locator('button').first();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('city-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(first).toBeFocused();
});

test('a malformed parameter shows a notice and the rest of the view still works', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?tier=emerging&count=bogus&industries=new-energy,<img src=x onerror=alert(1)>');
  await expect(page.getByTestId('notice')).toContainText('bogus');
  await expect(page.getByTestId('notice')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('img[src=x]').count()).toBe(0);
  await expect(page.getByRole('radio', { name: '新興産業' })).toBeChecked();
  expect(await mapCounts(page)).toEqual(expectedCounts('emerging', ['new-energy']));
  expect(page.url()).not.toContain('bogus');
  await page.getByRole('radio', { name: '支柱産業' }).check({ force: true });
  await waitForMapIdle(page);
  expect(await rankingCounts(page)).toEqual(expectedCounts('pillar', ['new-energy']));
  expect(errors).toEqual([]);
});

test('the table view lists every city with the same counts, sortable', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('show-table').click();
  const table = page.getByTestId('table-view');
  await expect(table.locator('tbody tr')).toHaveCount(21);
  const counts = await table.locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-adcode'), Number(r.querySelector('[data-testid=table-all]')!.textContent)])),
  );
  expect(counts).toEqual(expectedCounts());
  await table.getByRole('button', { name: '市', exact: true }).click();
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-adcode', dataset.cities[0]!.adcode);
});

/** The city names shown on the WebGL map (page text over its canvas): adcode -> the count on its second line. */
function mapLabelValues(page: Page): Promise<Record<string, number>> {
  return page.getByTestId('map-labels').evaluate((svg) =>
    Object.fromEntries(
      [...svg.querySelectorAll('.svg-map-label')]
        .filter((t) => t.getAttribute('display') !== 'none')
        .map((t) => [t.getAttribute('data-adcode')!, Number(t.lastChild!.textContent)]),
    ),
  );
}

/** Where a city's name sits on the map (its transform), in the map's pixels. */
const labelAt = (page: Page, adcode: string) =>
  page.getByTestId('map-labels').evaluate((svg, code) => svg.querySelector(`[data-adcode="${code}"]`)!.getAttribute('transform')!.match(/[-\d.]+/g)!.map(Number), adcode);

test('the names on the map carry the view’s counts and sit on their cities in every frame the map draws', async ({ page }) => {
  await openApp(page, '?lang=en');
  const check = async (expected: Record<string, number>) => {
    const shown = await mapLabelValues(page);
    expect(Object.keys(shown).length).toBeGreaterThan(15);
    for (const [code, value] of Object.entries(shown)) expect(value, code).toBe(expected[code]);
  };
  await check(expectedCounts());
  await page.getByRole('radio', { name: 'Emerging' }).check({ force: true });
  await waitForMapIdle(page);
  await check(expectedCounts('emerging'));

  // A pan in frames: in each frame the map draws, Guangzhou's name is at the point the map projects then.
  const geo = readJson('data/guangdong.geojson') as { features: { properties: { adcode: string; label_lon: number; label_lat: number } }[] };
  const gz = geo.features.find((f) => f.properties.adcode === GUANGZHOU)!.properties;
  const before = await labelAt(page, GUANGZHOU);
  const offsets = await page.evaluate(
    ({ lonLat, code }) =>
      new Promise<number[]>((resolve) => {
        const map = window.__gdMap!;
        const off: number[] = [];
        const frame = () => {
          const [x, y] = document.querySelector(`[data-testid=map-labels] [data-adcode="${code}"]`)!.getAttribute('transform')!.match(/[-\d.]+/g)!.map(Number);
          const p = map.project(lonLat);
          off.push(Math.hypot(x! - p.x, y! - p.y));
        };
        map.on('render', frame);
        map.once('moveend', () => {
          map.off('render', frame);
          resolve(off);
        });
        map.panBy([150, 80], { duration: 600 });
      }),
    { lonLat: [gz.label_lon, gz.label_lat] as [number, number], code: GUANGZHOU },
  );
  expect(offsets.length).toBeGreaterThan(1);
  expect(Math.max(...offsets)).toBeLessThan(0.2);
  const after = await labelAt(page, GUANGZHOU);
  expect(after[0]! - before[0]!).toBeCloseTo(-150, 0);
  expect(after[1]! - before[1]!).toBeCloseTo(-80, 0);
});

test('printing draws the names into the map’s picture', async ({ page }) => {
  await openApp(page, '?lang=en');
  // Shaoguan's fill is light: the dark ink around its label point is its name's and count's alone.
  const SHAOGUAN = '440200';
  const [x, y] = await labelAt(page, SHAOGUAN);
  const width = await page.getByTestId('map').evaluate((el) => el.clientWidth);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const src = await page.locator('img.print-map').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return img.src;
  });
  const png = PNG.sync.read(Buffer.from(src.split(',')[1]!, 'base64'));
  const ratio = png.width / width;
  const dark = (x0: number, y0: number, x1: number, y1: number) => {
    let n = 0;
    for (let py = Math.round(y0 * ratio); py < y1 * ratio; py++)
      for (let px = Math.round(x0 * ratio); px < x1 * ratio; px++) {
        const i = (py * png.width + px) * 4;
        if (png.data[i]! < 90 && png.data[i + 1]! < 90 && png.data[i + 2]! < 90) n++;
      }
    return n;
  };
  expect(ratio).toBeGreaterThanOrEqual(2);
  // The name (its baseline at the point) and the count under it.
  expect(dark(x! - 30, y! - 14, x! + 30, y! + 4)).toBeGreaterThan(20);
  expect(dark(x! - 10, y! + 4, x! + 10, y! + 20)).toBeGreaterThan(5);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('img.print-map')).toHaveCount(0);
});
