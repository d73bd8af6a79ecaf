import { expect, test } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { exportGeoSchema } from '../src/data/schema';
import { expectedCounts } from './expected';
import { exportAs, openApp } from './helpers';

/** Share of pixels in a box (1x page coordinates) that are not white. */
function inked(png: PNG, scale: number, box: { x: number; y: number; w: number; h: number }, white = 235): number {
  let ink = 0;
  let total = 0;
  for (let y = box.y * scale; y < (box.y + box.h) * scale; y += 2)
    for (let x = box.x * scale; x < (box.x + box.w) * scale; x += 2) {
      const i = (y * png.width + x) * 4;
      total++;
      if (png.data[i]! < white || png.data[i + 1]! < white || png.data[i + 2]! < white) ink++;
    }
  return ink / total;
}

test('PNG 2x: a composed page at twice the size, with title, map and legend drawn', async ({ page }) => {
  await openApp(page, '?tier=emerging&count=named');
  const before = await page.getByTestId('map').screenshot();
  const { name, body } = await exportAs(page, 'png2');
  expect(name).toMatch(/^guangdong-clusters_emerging_named_2x_\d{4}-\d{2}-\d{2}\.png$/);
  const png = PNG.sync.read(body);
  expect([png.width, png.height]).toEqual([2400, 1800]);
  expect(inked(png, 2, { x: 24, y: 20, w: 500, h: 30 })).toBeGreaterThan(0.05); // title
  expect(inked(png, 2, { x: 24, y: 100, w: 860, h: 680 }, 254)).toBeGreaterThan(0.93); // map: only city borders are pure white
  expect(inked(png, 2, { x: 912, y: 140, w: 30, h: 180 })).toBeGreaterThan(0.3); // legend swatches
  expect(inked(png, 2, { x: 24, y: 810, w: 600, h: 60 })).toBeGreaterThan(0.01); // source lines
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 101) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(20);
  await expect(page.getByTestId('export-status')).toContainText(name);
  // The screen map is left as it was: not moved, resized or recoloured. (Its names are page text over the canvas,
  // which the browser may raster again, a level of a channel apart at their edges.)
  const [was, now] = [before, await page.getByTestId('map').screenshot()].map((b) => PNG.sync.read(b));
  expect([now!.width, now!.height]).toEqual([was!.width, was!.height]);
  let changed = 0;
  for (let i = 0; i < was!.data.length; i += 4)
    if ([0, 1, 2].some((c) => Math.abs(was!.data[i + c]! - now!.data[i + c]!) > 2)) changed++;
  expect(changed).toBe(0);
});

test('PNG on a phone, where the WebGL map has not loaded: the export renders its own', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/?tier=emerging');
  await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
  await expect(page.getByTestId('map')).toHaveCount(0);
  const { body } = await exportAs(page, 'png1');
  const png = PNG.sync.read(body);
  expect([png.width, png.height]).toEqual([1200, 900]);
  expect(inked(png, 1, { x: 24, y: 100, w: 860, h: 680 }, 254)).toBeGreaterThan(0.93);
  await context.close();
});

test('SVG: valid XML with 21 city paths and the title', async ({ page }) => {
  await openApp(page, '?lang=en&industries=new-energy');
  const { name, body } = await exportAs(page, 'svg');
  expect(name).toMatch(/^guangdong-clusters_all_new-energy_all_en_.*\.svg$/);
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(
    body.toString('utf8'),
    'image/svg+xml',
  );
  expect(errors).toEqual([]);
  expect(Array.from(doc.getElementsByTagName('path')).filter((p) => p.getAttribute('data-adcode'))).toHaveLength(21);
  // Dashed outlines over the six cities new energy reaches only through 珠江デルタ.
  const dashed = Array.from(doc.getElementsByTagName('path')).filter((p) => p.getAttribute('stroke-dasharray'));
  expect(dashed.map((p) => p.getAttribute('data-city')).sort()).toEqual(['440400', '440700', '441200', '441300', '441900', '442000']);
  expect(doc.getElementById('title')!.textContent).toBe('Guangdong Strategic Cluster Map');
  expect(doc.getElementById('subtitle')!.textContent).toContain('New energy');
});

test('CSV: BOM, 21 city rows with the counts of the view', async ({ page }) => {
  await openApp(page, '?tier=pillar&lang=zh');
  const { body } = await exportAs(page, 'csv');
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = body.toString('utf8').slice(1).trim().split('\r\n').slice(1).map((r) => r.split(','));
  expect(rows).toHaveLength(21);
  expect(Object.fromEntries(rows.map((r) => [r[0], Number(r[5])]))).toEqual(expectedCounts('pillar'));
  expect(rows[0]![8]).toContain('新一代电子信息');
});

test('GeoJSON: validates with the project schema and carries the counts', async ({ page }) => {
  await openApp(page, '?count=named');
  const { body } = await exportAs(page, 'geojson');
  const fc = exportGeoSchema.parse(JSON.parse(body.toString('utf8')));
  expect(Object.fromEntries(fc.features.map((f) => [f.properties.adcode, f.properties.count_named]))).toEqual(
    expectedCounts('all', null, 'named'),
  );
});

test('the export menu works from the keyboard and Esc closes it', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('export-button').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-menu')).toHaveCount(0);
  await expect(page.getByTestId('export-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-menu').locator('button').first()).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); // png1 png2 png4 svg pdf pptx -> csv
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});
