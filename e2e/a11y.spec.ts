import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { openApp, waitForMapIdle, withoutWebgl } from './helpers';

/** axe-core's WCAG 2.0/2.1/2.2 A and AA rules and its best practices; none disabled. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const [width, height] of [
  [1400, 900],
  [768, 1024],
  [390, 844],
  [320, 640],
] as const)
  for (const lang of ['ja', 'en', 'zh'] as const)
    test(`no axe violations: map view, ${lang}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      if (width > 760) await openApp(page, `?lang=${lang}`);
      else {
        await page.goto(`/?lang=${lang}`);
        await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
      }
      expect(await violations(page)).toEqual([]);
    });

const STATES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['table view', '?lang=en&view=table'],
  ['sources view', '?lang=en&view=sources'],
  ['city panel open', '?lang=en&city=440100'],
  ['one industry', '?lang=en&industries=new-energy'],
  ['a notice (unknown parameter values)', '?lang=en&tier=bogus&industries=nothing'],
  ['the map focused by keyboard, its caption shown', '?lang=ja', async (page) => {
    await page.getByTestId('map').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('map-key-caption')).not.toHaveText('');
  }],
  ['the list of keys open', '?lang=en', async (page) => {
    await page.getByTestId('map').focus();
    await page.keyboard.press('?');
    await expect(page.getByTestId('map-keys-help')).toBeVisible();
  }],
  ['export menu open', '?lang=zh', async (page) => {
    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('export-menu')).toBeVisible();
  }],
];
for (const [name, query, act] of STATES)
  test(`no axe violations: ${name}`, async ({ page }) => {
    await openApp(page, query);
    await act?.(page);
    expect(await violations(page)).toEqual([]);
  });

test('no axe violations: without WebGL (static map and table)', async ({ page }) => {
  await withoutWebgl(page);
  await page.goto('/?lang=en');
  await expect(page.getByTestId('static-map')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no axe violations: a failed data load (error panel)', async ({ page }) => {
  await page.route('**/assets/clusters-*.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto('/?lang=en');
  await expect(page.getByTestId('load-error')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no axe violations: a phone with a city open over the SVG map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=ja&city=440300&tier=emerging');
  await expect(page.getByTestId('city-panel')).toBeVisible();
  await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the first Tab shows a skip link that leads past the header to the map', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the map' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next stop is inside the map area, not the header's search field.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('forced colours (Windows high contrast): borderless controls get borders, so they still read as controls', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page, '?lang=en');
  // The ranking's rows and the picker's name buttons have no border or background of their own; forced
  // colours drop backgrounds, so without a border they would look like plain text.
  for (const button of [page.getByTestId('ranking').getByRole('button').first(), page.getByRole('button', { name: 'Close' }).or(page.getByTestId('export-button'))]) {
    const width = await button.first().evaluate((b) => parseFloat(getComputedStyle(b).borderTopWidth));
    expect(width).toBeGreaterThan(0);
  }
});

test('the export menu by keyboard: arrow keys move, Tab out closes it, an export returns focus to its button and is announced', async ({ page }) => {
  await openApp(page, '?lang=en');
  const button = page.getByTestId('export-button');
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByTestId('export-menu');
  await expect(menu.locator('[data-format="png1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.locator('[data-format="png2"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.locator('[data-format="geojson"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.locator('[data-format="png1"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.locator('[data-format="geojson"]')).toBeFocused();
  // Tab leaves the menu (its last item): it closes.
  await page.keyboard.press('Tab');
  await expect(menu).toHaveCount(0);
  // Open again, choose the CSV with Enter.
  await button.focus();
  await page.keyboard.press('Enter');
  await menu.locator('[data-format="csv"]').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await expect(page.getByTestId('export-status')).toContainText(download.suggestedFilename());
  await expect(button).toBeFocused();
  // A PNG takes a while: focus stays on the button through it, and comes back to it after.
  await page.keyboard.press('Enter');
  await menu.locator('[data-format="png1"]').focus();
  const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
  await expect(page.getByTestId('export-status')).toContainText(png.suggestedFilename());
  await expect(button).toBeFocused();
});

test('the map is described by the view, and a filter change is announced once, not on the first load', async ({ page }) => {
  await openApp(page, '?lang=en');
  const map = page.getByRole('application', { name: 'Map of the 21 cities of Guangdong' });
  await expect(map).toHaveAccessibleDescription(/^All · all clusters · /);
  const announcer = page.getByTestId('view-announcer');
  await expect(announcer).toHaveText('');
  // Count what the live region says over two quick changes.
  await page.evaluate(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    const el = document.querySelector('[data-testid="view-announcer"]')!;
    new MutationObserver(() => el.textContent && w.__said.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });
  // Two changes 150 ms apart, timed in the page (between two test actions a busy machine can take longer than the
  // announcer's settling time); the first is rendered before the second comes.
  const pillar = await page.getByRole('radio', { name: 'Pillar' }).elementHandle();
  const emerging = await page.getByRole('radio', { name: 'Emerging' }).elementHandle();
  await page.evaluate(
    ([a, b]) =>
      new Promise<void>((resolve) => {
        (a as HTMLInputElement).click();
        setTimeout(() => {
          (b as HTMLInputElement).click();
          resolve();
        }, 150);
      }),
    [pillar, emerging],
  );
  await expect(page.getByRole('radio', { name: 'Emerging' })).toBeChecked();
  await expect(announcer).toContainText('Emerging');
  const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
  expect(said).toHaveLength(1);
  expect(said[0]).toMatch(/^Emerging · all clusters · .+: 21 cities targeted; most: .+ with 10$/);
  await expect(map).toHaveAccessibleDescription(/^Emerging · /);
});

/** The selected city's box on screen, and the city panel's. */
async function cityAndPanel(page: Page, adcode: string) {
  return page.evaluate((code) => {
    const map = window.__gdMap!;
    const f = map.querySourceFeatures('cities').find((x) => String(x.id) === code || String(x.properties.adcode) === code);
    const g = f?.geometry;
    const coords = g?.type === 'Polygon' ? g.coordinates.flat() : g?.type === 'MultiPolygon' ? g.coordinates.flat(2) : [];
    const box = map.getContainer().getBoundingClientRect();
    const xs = coords.map((c) => map.project(c as [number, number]));
    const city = { left: box.left + Math.min(...xs.map((p) => p.x)), right: box.left + Math.max(...xs.map((p) => p.x)) };
    const panel = document.querySelector('[data-testid="city-panel"]')?.getBoundingClientRect();
    return { city, panel: { left: panel?.left ?? Infinity }, map: { left: box.left }, center: map.getCenter().toArray() as number[] };
  }, adcode);
}

test('the selected city is never under the city panel: the map eases it clear, and leaves a clear one alone', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  // Chaozhou, at the province's east edge, where the panel opens.
  await openApp(page, '?lang=en&city=445100');
  await expect(page.getByTestId('city-panel')).toContainText('Chaozhou');
  await expect.poll(async () => {
    await waitForMapIdle(page);
    const { city, panel } = await cityAndPanel(page, '445100');
    return city.right <= panel.left;
  }).toBe(true);
  // Jieyang, next to Chaozhou and clear of the panel: nothing moves.
  await page.getByRole('button', { name: 'Close' }).click();
  const before = (await cityAndPanel(page, '445100')).center;
  await page.getByTestId('ranking').getByRole('button', { name: /Jieyang/ }).click();
  await expect(page.getByTestId('city-panel')).toContainText('Jieyang');
  await waitForMapIdle(page);
  const after = await cityAndPanel(page, '445200');
  expect(after.center).toEqual(before);
  expect(after.city.right).toBeLessThanOrEqual(after.panel.left);
  // Guangzhou, off the map's west edge now: the map brings it into view, clear of the panel.
  expect((await cityAndPanel(page, '440100')).city.left).toBeLessThan(330);
  await page.getByTestId('ranking').getByRole('button', { name: /Guangzhou/ }).click();
  await expect.poll(async () => {
    await waitForMapIdle(page);
    const { city, panel, map } = await cityAndPanel(page, '440100');
    return city.left >= map.left && city.right <= panel.left;
  }).toBe(true);
});

/**
 * Text zoom 200 %: the browser's own default text size doubled (Chromium's
 * preference, in a profile of the test's own), the way a reader enlarges text
 * without zooming the page; at 320 px and at 1280 px, map view and city panel.
 */
test('text at 200 %: no horizontal scrolling, every control on screen, the title whole', async ({ browserName }, testInfo) => {
  test.skip(browserName !== 'chromium', 'the text size is a Chromium preference');
  const dir = mkdtempSync(path.join(tmpdir(), 'gd-text200-'));
  mkdirSync(path.join(dir, 'Default'));
  writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: 32 } } }));
  const context = await chromium.launchPersistentContext(dir, { executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await context.newPage();
    for (const [width, height] of [[320, 640], [1280, 800]] as const)
      for (const query of ['?lang=en', '?lang=ja&city=440100']) {
        await page.setViewportSize({ width, height });
        await page.goto(`${testInfo.project.use.baseURL}/${query}`);
        await expect(page.getByTestId('ranking')).toBeVisible();
        if (query.includes('city=')) await expect(page.getByTestId('city-panel')).toBeVisible();
        const layout = await page.evaluate(() => {
          const off: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('button, select, input, a[href], [tabindex="0"]')) {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
            if (box.left < -0.5 || box.right > innerWidth + 0.5) off.push(`${el.tagName} "${el.textContent?.trim().slice(0, 24)}" ${Math.round(box.left)}–${Math.round(box.right)}`);
          }
          const h1 = document.querySelector('h1')!;
          return { root: getComputedStyle(document.documentElement).fontSize, scroll: document.documentElement.scrollWidth, off, titleClipped: h1.scrollWidth > h1.clientWidth + 1 };
        });
        expect(layout, `${width} px ${query}`).toEqual({ root: '30px', scroll: width, off: [], titleClipped: false });
      }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
