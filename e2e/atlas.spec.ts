/**
 * The atlas (`view=atlas`): a small map per cluster of the view, its cities
 * by role against the hand-made answer (e2e/expected.ts); a map opens its
 * cluster's card; keyboard order, names, columns; its page as SVG, PDF and
 * PNG; print; axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { dataset } from './dataset';
import { CITIES, HAND_TABLE } from './expected';
import { NO_ROLE_COLOR, REGIONAL_OPACITY } from '../src/domain/palette';

const ORDER = Object.keys(HAND_TABLE);

async function openAtlas(page: Page, query: string) {
  await page.goto(`/?view=atlas${query}`);
  await expect(page.getByTestId('atlas').locator('.atlas-map').first()).toBeVisible();
}

/** Each small map's fills: adcode -> 'none' | 'solid' | 'pale' (not targeted, named, via a region term). */
function atlasFills(page: Page) {
  return page.getByTestId('atlas').evaluate(
    (atlas, none) =>
      Object.fromEntries(
        [...atlas.querySelectorAll('.atlas-map')].map((m) => [
          m.getAttribute('data-cluster')!,
          Object.fromEntries(
            [...m.querySelectorAll('path[data-adcode]')].map((p) => [
              p.getAttribute('data-adcode')!,
              p.getAttribute('fill')!.toLowerCase() === none ? 'none' : p.getAttribute('fill-opacity') ? 'pale' : 'solid',
            ]),
          ),
        ]),
      ),
    NO_ROLE_COLOR.toLowerCase(),
  );
}

/** The hand-made answer for one cluster: named cities solid, cities reached only through a region term pale. */
function handFills(id: string) {
  const row = HAND_TABLE[id]!;
  return Object.fromEntries(CITIES.map((c) => [c, row.named.includes(c) ? 'solid' : row.regional.includes(c) ? 'pale' : 'none']));
}

test('twenty small maps in the policy’s order, each city by role as the policy names it; ten for a tier', async ({ page }) => {
  await openAtlas(page, '&lang=en');
  const fills = await atlasFills(page);
  expect(Object.keys(fills)).toEqual(ORDER);
  for (const id of ORDER) expect(fills[id], id).toEqual(handFills(id));
  await expect(page.locator('.atlas-map').first().locator('path[fill-opacity]').first()).toHaveAttribute('fill-opacity', String(REGIONAL_OPACITY));
  // Titled in the UI's language; one shared legend.
  await expect(page.locator('.atlas-map .atlas-title').nth(3)).toHaveText(dataset.clusters[3]!.name.en);
  await expect(page.getByTestId('atlas-legend').locator('li')).toHaveCount(7);

  await openAtlas(page, '&lang=zh&tier=emerging');
  expect(Object.keys(await atlasFills(page))).toEqual(ORDER.filter((id) => HAND_TABLE[id]!.tier === 'emerging'));
  await expect(page.locator('.atlas-map .atlas-title').first()).toHaveText(dataset.clusters[10]!.name.zh);
});

test('each map is a button named by its cities by role; Tab walks them in order; Enter opens the cluster’s card on the map', async ({ page }) => {
  await openAtlas(page, '&lang=en');
  const auto = page.locator('.atlas-map[data-cluster="automotive"]');
  await expect(auto).toHaveAccessibleName(/^Automobiles: /);
  const name = (await auto.getAttribute('aria-label'))!;
  for (const code of HAND_TABLE.automotive!.named) expect(name).toContain(dataset.cities.find((c) => c.adcode === code)!.name.en);
  await expect(page.locator('.atlas-map[data-cluster="agriculture-food"]')).toHaveAccessibleName(/via a region term/);
  // Tab from the first map reaches the next ones in the policy's order.
  await page.locator('.atlas-map').first().focus();
  for (const id of ORDER.slice(1, 4)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`.atlas-map[data-cluster="${id}"]`)).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`industries=${ORDER[3]}`));
  await expect(page).not.toHaveURL(/view=atlas/);
  await expect(page.getByTestId('cluster-card')).toHaveAttribute('data-cluster', ORDER[3]!);
});

test('a click on a small map opens that cluster’s card', async ({ page }) => {
  await openAtlas(page, '');
  await page.locator('.atlas-map[data-cluster="new-energy"]').click();
  await expect(page.getByTestId('cluster-card')).toHaveAttribute('data-cluster', 'new-energy');
  await expect(page.getByTestId('atlas')).toHaveCount(0);
});

for (const [width, columns] of [
  [320, 1],
  [390, 2],
  [700, 2],
  [1280, 4],
  [1600, 5],
] as const)
  test(`${columns} column(s) at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openAtlas(page, '&lang=ja');
    const xs = await page.locator('.atlas-map').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
    expect(xs).toBe(columns);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

async function exportAs(page: Page, format: string) {
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-menu').locator(`[data-format="${format}"]`).click()]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

test('exports: one landscape page as SVG, PDF and PNG, with the title, the view, the twenty maps, the legend and the source', async ({ page }) => {
  await openAtlas(page, '&lang=en');
  const svg = await exportAs(page, 'svg');
  expect(svg.name).toMatch(/_atlas_en_.*\.svg$/);
  const doc = new DOMParser().parseFromString(svg.body.toString('utf8'), 'image/svg+xml');
  const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => /^atlas-[a-z-]+$/.test(g.getAttribute('id') ?? '') && !g.getAttribute('id')!.endsWith('-cities'));
  expect(groups.map((g) => g.getAttribute('id'))).toEqual(ORDER.map((id) => `atlas-${id}`));
  for (const g of groups) expect(Array.from(g.getElementsByTagName('path')).filter((p) => p.getAttribute('data-adcode'))).toHaveLength(21);
  expect(doc.getElementById('subtitle')!.textContent).toBe('Atlas · All · all clusters · All designations');

  const pdf = await exportAs(page, 'pdf');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gd-atlas-')), 'atlas.pdf');
  writeFileSync(file, pdf.body);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
  for (const c of dataset.clusters) expect(text).toContain(c.name.en.length > 34 ? c.name.en.slice(0, 20) : c.name.en);
  expect(text).toContain('Source: JETRO');
  expect(text).toContain('via a region term');

  const png = PNG.sync.read((await exportAs(page, 'png1')).body);
  expect([png.width, png.height]).toEqual([1200, 900]);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 37) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(20);
});

test('print: the atlas on one landscape page, without the controls', async ({ page }) => {
  await openAtlas(page, '&lang=en');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gd-atlas-print-')), 'print.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(1);
  const text = pages[0]!.replace(/\s+/g, ' ');
  for (const words of ['Guangdong Strategic Cluster Map', 'Atlas', 'Automobiles', 'Precision instruments', 'Source: JETRO']) expect(text).toContain(words);
  for (const control of ['Export', 'Share', 'Named only', 'Search the policy']) expect(text).not.toContain(control);
});

test('no axe violations in the atlas, and the embed view takes view=atlas without error', async ({ page }) => {
  await openAtlas(page, '&lang=en');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/?lang=en&view=atlas&embed=1');
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.getByTestId('legend')).toBeVisible();
  expect(errors).toEqual([]);
});
