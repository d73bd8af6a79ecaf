/**
 * The map's cities by keyboard: one tab stop, a focus ring walked
 * by the arrow keys over the neighbour graph, Home/End by the ranking, Enter
 * opens the city panel, Escape comes back, the city said in a live region,
 * pan and zoom keys, and the list of keys on `?`.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForMapIdle, withoutWebgl } from './helpers';
import { dataset } from './dataset';
import { expectedCounts, GUANGZHOU } from './expected';
import { readJson } from '../src/test/files';
import { GUANGDONG_BOUNDS, MAP_PADDING } from '../src/map/model';

const HUIZHOU = '441300';
const SHANWEI = '441500';
const nameOf = (code: string) => dataset.cities.find((c) => c.adcode === code)!.name.en;

/** Which city the WebGL map's focus ring is on (feature state), or null. */
function ringOnMap(page: Page) {
  return page.evaluate(
    (codes) => codes.find((code) => window.__gdMap!.getFeatureState({ source: 'cities', id: Number(code) }).focused) ?? null,
    dataset.cities.map((c) => c.adcode),
  );
}

/** Tab to the map the way a keyboard user does: the skip link, then the next stop. */
async function tabToMap(page: Page) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('application', { name: 'Map of the 21 cities of Guangdong' })).toBeFocused();
}

test('the WebGL map: arrows walk the cities, Enter opens one, Escape comes back to it, Home and End follow the ranking', async ({ page }) => {
  await openApp(page, '?lang=en');
  const caption = page.getByTestId('map-key-caption');
  await expect(caption).toHaveText('');
  await tabToMap(page);

  // The first city is the ranking's first; the live region says its counts and legend class.
  const all = expectedCounts('all')[GUANGZHOU];
  const named = expectedCounts('all', null, 'named')[GUANGZHOU];
  await expect(caption).toHaveText(`Guangzhou: ${all} clusters, ${named} by name; class 18–20`);
  await expect(caption).toHaveAttribute('aria-live', 'polite');
  await expect.poll(() => ringOnMap(page)).toBe(GUANGZHOU);

  // East from Guangzhou: Huizhou, then Shanwei.
  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveText(new RegExp(`^Huizhou: ${expectedCounts('all')[HUIZHOU]} clusters`));
  await expect.poll(() => ringOnMap(page)).toBe(HUIZHOU);
  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveText(new RegExp(`^Shanwei: `));
  await expect.poll(() => ringOnMap(page)).toBe(SHANWEI);
  // And back west.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => ringOnMap(page)).toBe(HUIZHOU);

  // Enter opens the panel: the URL has the city, focus is on the panel's heading.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`city=${HUIZHOU}`));
  await expect(page.getByTestId('city-panel').getByRole('heading', { level: 2 })).toBeFocused();
  // Escape closes it, and focus is back on the map with the ring on Huizhou.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/city=/);
  await expect(page.getByTestId('map')).toBeFocused();
  await expect.poll(() => ringOnMap(page)).toBe(HUIZHOU);
  await expect(caption).toHaveText(/^Huizhou: /);

  // Home and End: the ranking's first and last city.
  const order = await page.getByTestId('ranking').locator('button[data-adcode]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-adcode')!));
  await page.keyboard.press('End');
  await expect.poll(() => ringOnMap(page)).toBe(order.at(-1));
  await expect(caption).toHaveText(new RegExp(`^${nameOf(order.at(-1)!)}: `));
  await page.keyboard.press('Home');
  await expect.poll(() => ringOnMap(page)).toBe(order[0]);

  // Space opens too. Leaving the map by Tab takes the ring off (the keys are not on the map any more).
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(new RegExp(`city=${order[0]}`));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('map')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect.poll(() => ringOnMap(page)).toBe(null);
  await expect(caption).toHaveText('');
});

test('the WebGL map keeps pan and zoom keys: Shift + arrows pan, + and − zoom, 0 shows the whole province', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('map').focus();
  const camera = () => page.evaluate(() => ({ zoom: window.__gdMap!.getZoom(), lng: window.__gdMap!.getCenter().lng, lat: window.__gdMap!.getCenter().lat }));
  const start = await camera();
  await page.keyboard.press('+');
  await expect.poll(async () => (await camera()).zoom).toBeCloseTo(start.zoom + 1, 1);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await camera()).lng).toBeGreaterThan(start.lng + 0.1);
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => (await camera()).lat).toBeGreaterThan(start.lat + 0.1);
  await page.keyboard.press('-');
  await page.keyboard.press('0');
  // The whole province, fitted to the map as it is now: its box can have
  // changed since the first view was fitted (the header takes its height when
  // the UI font arrives), and the map keeps its camera through a resize.
  const whole = () =>
    page.evaluate(
      ([bounds, padding]) => {
        const fit = window.__gdMap!.cameraForBounds(bounds, { padding })!;
        return { zoom: fit.zoom!, lng: window.__gdMap!.getCenter().lng - (fit.center as { lng: number }).lng };
      },
      [GUANGDONG_BOUNDS, MAP_PADDING] as const,
    );
  await expect.poll(async () => (await camera()).zoom - (await whole()).zoom).toBeCloseTo(0, 1);
  await expect.poll(async () => (await whole()).lng).toBeCloseTo(0, 2);
  expect(Math.abs((await camera()).zoom - start.zoom)).toBeLessThan(0.2);
  // A plain arrow walks the cities and does not pan.
  await waitForMapIdle(page);
  const before = await camera();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('map-key-caption')).not.toHaveText('');
  expect((await camera()).lng).toBeCloseTo(before.lng, 6);
});

test('under prefers-reduced-motion the map jumps: pan keys and the city kept clear of the panel move it without easing', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '?lang=en');
  await page.getByTestId('map').focus();
  const lng = () => page.evaluate(() => window.__gdMap!.getCenter().lng);
  const start = await lng();
  await page.keyboard.press('Shift+ArrowLeft');
  // Moved already, and not easing: a jump.
  expect(await page.evaluate(() => window.__gdMap!.isMoving())).toBe(false);
  expect(await lng()).toBeLessThan(start - 0.1);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // With motion allowed the same key eases (what the first assertion would see without the preference): timed from
  // the move's start to its end in the page, which a slow test machine cannot shorten as it can a read after the key.
  await page.evaluate(() => {
    const map = window.__gdMap!;
    (window as unknown as { __moved: Promise<number> }).__moved = new Promise((resolve) => {
      let start = 0;
      map.once('movestart', () => (start = performance.now()));
      map.once('moveend', () => resolve(performance.now() - start));
    });
  });
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await page.evaluate(() => (window as unknown as { __moved: Promise<number> }).__moved)).toBeGreaterThan(150);
});

test('the list of keys: ? on the map opens it, Escape closes it back to the map; the Keys button opens it too', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('map').focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys on the map' });
  await expect(help).toBeVisible();
  await expect(help).toBeFocused();
  await expect(help).toContainText('Pan the map');
  await expect(help).toContainText('Move to the neighbouring city');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('map')).toBeFocused();
  // Escape in the list did not also act elsewhere; the next key is the map's again.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('map-key-caption')).not.toHaveText('');

  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('map')).toBeFocused();
});

test('the phone SVG map takes the same keys: a ring on the city, Enter opens it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
  const map = page.getByRole('application', { name: 'Map of the 21 cities of Guangdong' });
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('map-key-caption')).toHaveText(/^Huizhou: /);
  // The ring is the city's own outline, drawn over the map.
  const ring = page.locator('svg.svg-map g.focus-ring path').last();
  expect(await ring.getAttribute('d')).toBe(await page.locator(`svg.svg-map path[data-adcode="${HUIZHOU}"]`).getAttribute('d'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`city=${HUIZHOU}`));
  await page.keyboard.press('Escape');
  await expect(map).toBeFocused();
  // The list of keys says this map does not zoom or pan, and lists no pan keys.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toContainText('does not zoom or pan');
  await expect(page.getByRole('dialog')).not.toContainText('Pan the map');
});

test('without WebGL the static map takes the same keys', async ({ page }) => {
  await withoutWebgl(page);
  await page.goto('/?lang=en');
  await expect(page.getByTestId('static-map')).toBeVisible();
  const map = page.getByRole('application', { name: 'Map of the 21 cities of Guangdong' });
  await map.focus();
  await expect(page.getByTestId('map-key-caption')).toHaveText(/^Guangzhou: /);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('map-key-caption')).toHaveText(/^Huizhou: /);
  await expect(page.locator('[data-testid="static-map"] g.focus-ring')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`city=${HUIZHOU}`));
});

test('the city the keys walk to stays in view: zoomed in, the map follows the ring', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('map').focus();
  // Zoom in on Guangzhou, then walk east twice: Shanwei is off the zoomed map and the map brings it in.
  for (const key of ['+', '+']) await page.keyboard.press(key);
  await waitForMapIdle(page);
  for (const key of ['ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
  await expect.poll(() => ringOnMap(page)).toBe(SHANWEI);
  // The city's box from the data file, projected by the map: inside the map's box.
  const geo = readJson('data/guangdong.geojson') as { features: { properties: { adcode: string }; geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon }[] };
  const shape = geo.features.find((f) => f.properties.adcode === SHANWEI)!.geometry;
  const points = (shape.type === 'Polygon' ? shape.coordinates.flat() : shape.coordinates.flat(2)) as [number, number][];
  const inView = () =>
    page.evaluate((pts) => {
      const map = window.__gdMap!;
      const box = map.getContainer().getBoundingClientRect();
      return !map.isMoving() && pts.map((p) => map.project(p)).every((p) => p.x >= -1 && p.y >= -1 && p.x <= box.width + 1 && p.y <= box.height + 1);
    }, points);
  expect(await inView()).toBe(false);
  await expect.poll(inView).toBe(true);
});
