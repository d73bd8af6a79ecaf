/**
 * The GPU takes the WebGL map's context away (WEBGL_lose_context, as iOS does
 * to a tab in the background): the SVG map stands in at once, coloured and
 * interactive, and the WebGL map comes back with its colours when the context
 * does. Twice over.
 */
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { countClasses } from '../src/domain/classes';
import { CITIES, expectedCounts } from './expected';
import { mapCounts, openApp, waitForMapIdle, watchErrors } from './helpers';

test.use({ viewport: { width: 1400, height: 900 } });

const FOSHAN = '440600';
const classes = countClasses(20);
/** The class colour each city should have, from the hand-made counts. */
const expectedFill = (counts: Record<string, number>) =>
  Object.fromEntries(CITIES.map((c) => [c, classes.find((k) => counts[c]! >= k.min && counts[c]! <= k.max)!.color.toLowerCase()]));

/** The fill each city has in the WebGL map's feature state. */
function webglFills(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    (codes) => Object.fromEntries(codes.map((c) => [c, String(window.__gdMap!.getFeatureState({ source: 'cities', id: Number(c) }).fill).toLowerCase()])),
    [...CITIES],
  );
}

/** The fill of each city on the stand-in SVG map. */
function svgFills(page: Page): Promise<Record<string, string>> {
  return page
    .getByTestId('stand-in-map')
    .locator('svg.svg-map path[data-adcode]')
    .evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.getAttribute('data-adcode')!, p.getAttribute('fill')!.toLowerCase()])));
}

/** The colour of one screen pixel. */
async function pixel(page: Page, x: number, y: number): Promise<string> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
  return `#${[0, 1, 2].map((i) => png.data[i]!.toString(16).padStart(2, '0')).join('')}`;
}

const close = (a: string, b: string) => [1, 3, 5].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= 6);

/** A point well inside a city on the WebGL map, clear of every label and border. */
function webglPoint(page: Page, city: string): Promise<{ x: number; y: number }> {
  return page.evaluate((code) => {
    const map = window.__gdMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const at = (x: number, y: number) => map.queryRenderedFeatures([x, y], { layers: ['city-fill'] })[0]?.properties.adcode;
    const labels = [...document.querySelectorAll('[data-testid=map-labels] :is(.svg-map-label, .svg-map-context-label)')].map((t) => t.getBoundingClientRect()).filter((r) => r.width);
    for (let y = 20; y < box.height - 20; y += 6)
      for (let x = 20; x < box.width - 20; x += 6) {
        if (String(at(x, y)) !== code) continue;
        if ([[-8, 0], [8, 0], [0, -8], [0, 8]].some(([dx, dy]) => String(at(x + dx!, y + dy!)) !== code)) continue;
        const [vx, vy] = [box.left + x, box.top + y];
        if (labels.some((r) => r.left < vx + 30 && vx - 30 < r.right && r.top < vy + 20 && vy - 20 < r.bottom)) continue;
        return { x: box.left + x, y: box.top + y };
      }
    throw new Error(`no clear point in ${code}`);
  }, city);
}

/** A point well inside a city on the stand-in SVG map, clear of its labels. */
function svgPoint(page: Page, city: string): Promise<{ x: number; y: number }> {
  return page.getByTestId('stand-in-map').evaluate((holder, code) => {
    const path = holder.querySelector<SVGPathElement>(`svg.svg-map path[data-adcode="${code}"]`)!;
    const svg = path.ownerSVGElement!;
    const ctm = svg.getScreenCTM()!;
    const labels = [...holder.querySelectorAll('.svg-map-labels text')].map((t) => t.getBoundingClientRect());
    const b = path.getBBox();
    const inside = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
    for (let y = b.y; y < b.y + b.height; y += b.height / 40)
      for (let x = b.x; x < b.x + b.width; x += b.width / 40) {
        const d = 6 / ctm.a;
        if (![[0, 0], [-d, 0], [d, 0], [0, -d], [0, d]].every(([dx, dy]) => inside(x + dx!, y + dy!))) continue;
        const p = new DOMPoint(x, y).matrixTransform(ctm);
        if (labels.some((r) => p.x > r.left - 6 && p.x < r.right + 6 && p.y > r.top - 6 && p.y < r.bottom + 6)) continue;
        return { x: p.x, y: p.y };
      }
    throw new Error(`no clear point in ${code}`);
  }, city);
}

/** Loses the live WebGL map's context; returns once the stand-in is drawn. */
async function loseContext(page: Page) {
  await page.evaluate(() => {
    const canvas = window.__gdMap!.getCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __gdLost: WEBGL_lose_context }).__gdLost = ext;
    (window as unknown as { __gdLostMap: unknown }).__gdLostMap = window.__gdMap;
    ext.loseContext();
  });
  await expect(page.getByTestId('stand-in-map').locator('svg.svg-map path[data-adcode]')).toHaveCount(21);
  await expect(page.getByTestId('stand-in-map').locator('.svg-map-labels text').first()).toBeVisible();
}

/** Restores the lost context; returns once a new WebGL map has drawn with its labels. */
async function restoreContext(page: Page) {
  await page.evaluate(() => (window as unknown as { __gdLost: WEBGL_lose_context }).__gdLost.restoreContext());
  await page.waitForFunction(() => window.__gdMap && window.__gdMap !== (window as unknown as { __gdLostMap: unknown }).__gdLostMap, null, { timeout: 30_000 });
  await waitForMapIdle(page);
  await expect(page.getByTestId('stand-in-map')).toHaveCount(0);
}

test('a lost WebGL context: the SVG map stands in, interactive, and the WebGL map comes back coloured, twice', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const want = expectedFill(expectedCounts());
  expect(await webglFills(page)).toEqual(want);
  const zoom = await page.evaluate(() => window.__gdMap!.getZoom());

  for (let round = 1; round <= 2; round++) {
    await loseContext(page);
    // The stand-in (drawn in the browser: a wide screen has no build's SVG): every city in its class colour,
    // on screen as in its attributes, and a quiet status line.
    await expect(page.getByTestId('stand-in-map').locator('.svg-map-drawn')).toHaveCount(1);
    expect(await svgFills(page)).toEqual(want);
    await expect(page.getByTestId('map-status')).toHaveText(/graphics were interrupted/);
    for (const city of ['440100', '441400', '440800']) {
      const p = await svgPoint(page, city);
      expect(close(await pixel(page, p.x, p.y), want[city]!), `${city} on the SVG map`).toBe(true);
    }
    // A city opens by click, and by key, on the stand-in.
    const foshan = await svgPoint(page, FOSHAN);
    await page.mouse.click(foshan.x, foshan.y);
    await expect(page.getByTestId('city-panel').locator('h2')).toHaveText('Foshan');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('city-panel')).toHaveCount(0);
    await page.getByTestId('stand-in-map').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('city-panel').locator('h2')).toHaveText('Guangzhou');
    await page.keyboard.press('Escape');

    await restoreContext(page);
    // Back: one WebGL map, its colours and counts, where it was looking.
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    await expect(page.getByTestId('map-status')).toHaveCount(0);
    expect(await mapCounts(page)).toEqual(expectedCounts());
    expect(await webglFills(page)).toEqual(want);
    expect(await page.evaluate(() => window.__gdMap!.getZoom())).toBeCloseTo(zoom, 1);
    for (const city of ['440100', '441400', '440800']) {
      const p = await webglPoint(page, city);
      expect(close(await pixel(page, p.x, p.y), want[city]!), `${city} on the WebGL map, round ${round}`).toBe(true);
    }
    const onMap = await webglPoint(page, FOSHAN);
    await page.mouse.click(onMap.x, onMap.y);
    await expect(page.getByTestId('city-panel').locator('h2')).toHaveText('Foshan');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('city-panel')).toHaveCount(0);
  }
  await page.getByTestId('map').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('city-panel')).toHaveCount(1);
  expect(errors.filter((e) => !/WebGL|context/i.test(e))).toEqual([]);
});

test('the selected city and the filter survive a lost context', async ({ page }) => {
  await openApp(page, '?lang=en&tier=emerging&city=440600');
  const want = expectedFill(expectedCounts('emerging'));
  await loseContext(page);
  expect(await svgFills(page)).toEqual(want);
  await expect(page.getByTestId('stand-in-map').locator(`path[data-adcode="${FOSHAN}"]`)).toHaveAttribute('stroke-width', '3');
  await restoreContext(page);
  expect(await webglFills(page)).toEqual(want);
  expect(await page.evaluate((c) => window.__gdMap!.getFeatureState({ source: 'cities', id: Number(c) }).selected, FOSHAN)).toBe(true);
  await expect(page.getByTestId('city-panel').locator('h2')).toHaveText('Foshan');
});

test('on a phone, after "Zoom and pan", a lost context brings back the build\'s SVG map, coloured', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en&tier=pillar');
  await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
  await page.getByTestId('zoom-map').click();
  await waitForMapIdle(page);
  await expect(page.getByTestId('first-paint-map')).toHaveCount(0);
  const want = expectedFill(expectedCounts('pillar'));
  await loseContext(page);
  // The build's own SVG element again (adopted, not drawn anew), repainted for the view.
  await expect(page.getByTestId('stand-in-map').locator('.svg-map-drawn')).toHaveCount(0);
  expect(await svgFills(page)).toEqual(want);
  await restoreContext(page);
  expect(await webglFills(page)).toEqual(want);
});
