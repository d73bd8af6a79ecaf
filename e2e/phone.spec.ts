/**
 * On a phone the city a reader opens stays in sight beside its panel (WCAG
 * 2.4.11 for the map's own selection): upright, the panel is a sheet at the
 * bottom that opens at a peek height with the city above it; sideways, the
 * map fills the screen's height and the panel is a sheet at its side, the
 * map narrowed to the part it leaves free (src/panels/sheet.ts, styles.css).
 */
import { expect, test, type Page } from '@playwright/test';
import { dataset, lonLatBox } from './dataset';
import { waitForMapIdle } from './helpers';

const CITIES = { '445100': 'Chaozhou', '440800': 'Zhanjiang', '440600': 'Foshan' } as const;
const SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 844, height: 390 },
] as const;

type Rect = { left: number; top: number; right: number; bottom: number };

/** Where the city is drawn on screen: its path on the SVG map, or its box projected by the WebGL map once it is still. */
async function cityOnScreen(page: Page, adcode: string): Promise<Rect> {
  // A phone-sized screen's map is the SVG map (src/map/media.ts), a wider one's the WebGL map.
  if (page.viewportSize()!.width <= 760) {
    const path = page.locator(`.svg-map-holder path[data-adcode="${adcode}"]`);
    await expect(path).toBeVisible();
    return path.evaluate((p) => p.getBoundingClientRect().toJSON() as Rect);
  }
  await waitForMapIdle(page);
  return page.evaluate((box) => {
    const map = window.__gdMap!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const sw = map.project(box[0]);
    const ne = map.project(box[1]);
    return { left: canvas.left + sw.x, right: canvas.left + ne.x, top: canvas.top + ne.y, bottom: canvas.top + sw.y };
  }, lonLatBox(adcode));
}

/** The city is on screen, inside the map, and clear of the panel; the panel's text fits its width. */
async function expectCityInSight(page: Page, adcode: string) {
  const panel = page.getByTestId('city-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const city = await cityOnScreen(page, adcode);
  const view = await page.evaluate(() => ({
    width: innerWidth,
    height: innerHeight,
    panel: document.querySelector('[data-testid=city-panel]')!.getBoundingClientRect().toJSON() as Rect,
    map: document.querySelector('.map-wrap')!.getBoundingClientRect().toJSON() as Rect,
    pageWidth: document.documentElement.scrollWidth,
    panelOverflow: (() => {
      const p = document.querySelector('[data-testid=city-panel]')!;
      return p.scrollWidth - p.clientWidth;
    })(),
  }));
  const where = `${adcode} at ${view.width}×${view.height}: city ${JSON.stringify(city)}, panel ${JSON.stringify(view.panel)}`;
  expect(city.top, where).toBeGreaterThanOrEqual(Math.max(0, view.map.top));
  expect(city.left, where).toBeGreaterThanOrEqual(Math.max(0, view.map.left));
  expect(city.bottom, where).toBeLessThanOrEqual(Math.min(view.height, view.map.bottom));
  expect(city.right, where).toBeLessThanOrEqual(Math.min(view.width, view.map.right));
  const overlaps = city.right > view.panel.left && city.left < view.panel.right && city.bottom > view.panel.top && city.top < view.panel.bottom;
  expect(overlaps, where).toBe(false);
  // Nothing wider than the screen, in the page or the panel.
  expect(view.pageWidth, where).toBeLessThanOrEqual(view.width);
  expect(view.panelOverflow, where).toBeLessThanOrEqual(0);
  // The panel's own controls are on screen: its name and its close button.
  await expect(panel.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
}

for (const size of SIZES)
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size, isMobile: true, hasTouch: true });

    for (const [adcode, name] of Object.entries(CITIES))
      test(`${name}, opened by a link, is in sight beside its panel`, async ({ page }) => {
        await page.goto(`/?lang=en&city=${adcode}`);
        await expect(page.getByTestId('city-panel').getByRole('heading', { level: 2 })).toHaveText(name);
        await expectCityInSight(page, adcode);
      });

    test('a city tapped on the map, and then another from the ranking, stay in sight', async ({ page }) => {
      await page.goto('/?lang=en');
      await expect(page.getByTestId('ranking').locator('button')).toHaveCount(21);
      // Zhanjiang on the map, at its own point (the SVG map's path, or the WebGL map's projection of its label point).
      if (size.width <= 760) await page.locator('.svg-map-holder path[data-adcode="440800"]').tap({ position: { x: 20, y: 30 } });
      else {
        // Sideways the map is a screen high, under the header: the reader scrolls to it first, once the app's
        // page has replaced the build's (whose ranking and map frame show until then).
        await waitForMapIdle(page);
        await page.locator('.map-wrap').evaluate((el) => el.scrollIntoView());
        const { label_lon, label_lat } = dataset.geo.features.find((f) => f.properties.adcode === '440800')!.properties;
        const point = await page.evaluate((lonLat) => {
          const p = window.__gdMap!.project(lonLat);
          const box = window.__gdMap!.getCanvas().getBoundingClientRect();
          return { x: box.left + p.x, y: box.top + p.y };
        }, [label_lon, label_lat] as [number, number]);
        await page.mouse.click(point.x, point.y);
      }
      await expect(page.getByTestId('city-panel').getByRole('heading', { level: 2 })).toHaveText('Zhanjiang');
      await expectCityInSight(page, '440800');
      // Closed, then Chaozhou chosen from the ranking, far down the page.
      await page.getByTestId('city-panel').getByRole('button', { name: 'Close' }).click();
      await page.getByTestId('ranking').locator('button[data-adcode="445100"]').click();
      await expect(page.getByTestId('city-panel').getByRole('heading', { level: 2 })).toHaveText('Chaozhou');
      await expectCityInSight(page, '445100');
    });
  });

test.describe('the sheet on an upright phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('its handle expands it and brings it down again, by tap, by keyboard and by a drag; the city comes back in sight', async ({ page }) => {
    await page.goto('/?lang=en&city=440800');
    const panel = page.getByTestId('city-panel');
    const handle = page.getByTestId('sheet-handle');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    const peek = (await panel.boundingBox())!;
    expect(peek.y + peek.height).toBe(844);
    expect(peek.height).toBeLessThan(844 / 2);

    await handle.tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(handle).toHaveAccessibleName('Collapse the panel');
    expect((await panel.boundingBox())!.height).toBeGreaterThan(844 * 0.85);

    // From the keyboard: the handle is the panel's first control, before its heading.
    await panel.getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(handle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expectCityInSightAfterCollapse(page);

    // A drag up on the handle expands it; a drag down collapses it.
    const box = (await handle.boundingBox())!;
    const drag = async (dy: number) => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + dy, { steps: 4 });
      await page.mouse.up();
    };
    await drag(-200);
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    const top = (await handle.boundingBox())!;
    await page.mouse.move(top.x + top.width / 2, top.y + top.height / 2);
    await page.mouse.down();
    await page.mouse.move(top.x + top.width / 2, top.y + top.height / 2 + 200, { steps: 4 });
    await page.mouse.up();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
  });

  for (const lang of ['ja', 'zh'] as const)
    test(`${lang}: the panel's text fits the sheet at 360 px, and the city is in sight`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/?lang=${lang}&city=445100`);
      const name = dataset.cities.find((c) => c.adcode === '445100')!.name[lang];
      await expect(page.getByTestId('city-panel').getByRole('heading', { level: 2 })).toHaveText(name);
      const panel = page.getByTestId('city-panel');
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      const city = await cityOnScreen(page, '445100');
      const sheet = (await panel.boundingBox())!;
      expect(city.bottom).toBeLessThanOrEqual(sheet.y);
      expect(city.top).toBeGreaterThanOrEqual(0);
      const overflow = await panel.evaluate((p) => [...p.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0).map((e) => e.className));
      expect(overflow).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
});

/** After the sheet comes down, Zhanjiang is above it again. */
async function expectCityInSightAfterCollapse(page: Page) {
  const city = await cityOnScreen(page, '440800');
  const sheet = (await page.getByTestId('city-panel').boundingBox())!;
  expect(city.bottom).toBeLessThanOrEqual(sheet.y);
  expect(city.top).toBeGreaterThanOrEqual(0);
}
