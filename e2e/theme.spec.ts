/**
 * Dark mode: the reader's preference by default, a three-way switch
 * remembered on the device, the map's ground dark with the data's colours
 * kept, axe's contrast rules met as in light, exports light.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Steps the theme button to a choice (auto → light → dark). */
async function chooseTheme(page: Page, choice: 'auto' | 'light' | 'dark') {
  const button = page.getByTestId('theme');
  for (let i = 0; i < 3 && (await button.getAttribute('data-choice')) !== choice; i++) await button.click();
  await expect(button).toHaveAttribute('data-choice', choice);
}

/** What the page and the WebGL map paint the ground with now. */
const ground = (page: Page) =>
  page.evaluate(() => ({
    sea: getComputedStyle(document.querySelector('.map-wrap')!).backgroundColor,
    page: getComputedStyle(document.documentElement).backgroundColor,
    land: window.__gdMap ? JSON.stringify(window.__gdMap.getPaintProperty('context-fill', 'fill-color')) : null,
  }));

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  for (const [name, query, size] of [
    ['map view', '?lang=en', { width: 1400, height: 900 }],
    ['phone map', '?lang=ja', { width: 390, height: 844 }],
    ['table view', '?lang=zh&view=table', { width: 1400, height: 900 }],
    ['city panel', '?lang=en&city=440100', { width: 1400, height: 900 }],
    ['one industry', '?lang=ja&industries=new-energy', { width: 1400, height: 900 }],
    ['sources view', '?lang=en&view=sources', { width: 1400, height: 900 }],
    ['embed view', '?lang=en&embed=1', { width: 600, height: 450 }],
  ] as const)
    test(`the ${name} is dark and has no axe violations`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/${query}`);
      // The app has rendered (not only the build's page).
      await page.waitForFunction(() => performance.getEntriesByName('gd:app-commit').length > 0);
      if (!query.includes('sources')) await expect(page.getByTestId('legend').first()).toBeVisible();
      if (size.width <= 760 && !query.includes('embed')) {
        await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
        // The SVG map's own sea (its unantialiased rectangle, src/map/svg/picture.tsx) is the map area's.
        const seas = await page.evaluate(() => [document.querySelector('.map-wrap')!, document.querySelector('svg.svg-map rect.sea')!].map((e) => getComputedStyle(e)[e instanceof SVGElement ? 'fill' : 'backgroundColor']));
        expect(seas).toEqual(['rgb(15, 34, 48)', 'rgb(15, 34, 48)']);
      }
      expect((await ground(page)).page).toBe('rgb(21, 23, 26)');
      expect(await violations(page)).toEqual([]);
    });

  test('the WebGL map draws a dark ground with the same class colours', async ({ page }) => {
    await openApp(page, '?lang=en');
    const now = await ground(page);
    expect(now.sea).toBe('rgb(15, 34, 48)');
    expect(now.land).toContain('#2a2d31');
  });

  test('the switch: light is remembered over the system, auto follows it again', async ({ page }) => {
    await openApp(page, '?lang=en');
    await chooseTheme(page, 'light');
    await expect(page.getByTestId('theme')).toHaveAccessibleName('Theme: light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(async () => (await ground(page)).land).toContain('#f3f1ec');
    expect((await ground(page)).sea).toBe('rgb(217, 230, 238)');
    // Remembered on the device: the first paint after a reload is light already.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByTestId('theme')).toHaveAttribute('data-choice', 'light');
    expect((await ground(page)).page).toBe('rgb(250, 250, 248)');
    await chooseTheme(page, 'auto');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect((await ground(page)).page).toBe('rgb(21, 23, 26)');
  });

  test('exports stay light: the SVG has the light ground', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="svg"]').click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('#f3f1ec');
    expect(svg).not.toContain('#2a2d31');
  });
});

test('with the system light, the switch makes it dark, and that is remembered', async ({ page }) => {
  await openApp(page, '?lang=ja');
  expect((await ground(page)).page).toBe('rgb(250, 250, 248)');
  await chooseTheme(page, 'dark');
  expect((await ground(page)).page).toBe('rgb(21, 23, 26)');
  await expect.poll(async () => (await ground(page)).land).toContain('#2a2d31');
  await page.reload();
  await expect(page.getByTestId('theme')).toHaveAttribute('data-choice', 'dark');
  expect((await ground(page)).page).toBe('rgb(21, 23, 26)');
});
