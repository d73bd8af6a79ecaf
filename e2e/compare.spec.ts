/**
 * Cities side by side (`compare=`): by link, from a city's panel and from the
 * table; its table, summary and quotes against the hand-made answer
 * (e2e/expected.ts); the map's outlines and framing; bad input; its CSV,
 * SVG and print; a phone; and no axe violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataset, lonLatBox } from './dataset';
import { expectedClustersOf, expectedCounts, HAND_TABLE } from './expected';
import { openApp, waitForMapIdle, watchErrors } from './helpers';

const FOSHAN = '440600';
const ZHAOQING = '441200';
const ZHANJIANG = '440800';
const CHAOZHOU = '445100';
const ORDER = Object.keys(HAND_TABLE);

/** The hand-made answer: the clusters that target every city, those that target some, and each city's alone. */
function expected(cities: string[]) {
  const of = cities.map((c) => new Set(expectedClustersOf(c)));
  const any = ORDER.filter((id) => of.some((s) => s.has(id)));
  return {
    shared: any.filter((id) => of.every((s) => s.has(id))),
    some: any.filter((id) => !of.every((s) => s.has(id))),
    alone: of.map((s, i) => any.filter((id) => s.has(id) && of.every((o, j) => j === i || !o.has(id))).length),
  };
}

async function shownRows(page: Page) {
  const part = (n: number) =>
    page
      .getByTestId('compare-table')
      .locator('tbody')
      .nth(n)
      .locator('tr[data-cluster]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cluster')!));
  return { shared: await part(0), some: await part(1) };
}

/** Whether each city's box is on the map, on screen and clear of the panel (the WebGL map, once still). */
async function citiesClear(page: Page, cities: string[]) {
  await waitForMapIdle(page);
  return page.evaluate(
    (boxes) => {
      const map = window.__gdMap!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const panel = document.querySelector('[data-testid=compare-panel]')!.getBoundingClientRect();
      return boxes.map(([sw, ne]) => {
        const a = map.project(sw);
        const b = map.project(ne);
        const c = { left: canvas.left + a.x, right: canvas.left + b.x, top: canvas.top + b.y, bottom: canvas.top + a.y };
        const inside = c.left >= canvas.left && c.right <= canvas.right && c.top >= canvas.top && c.bottom <= canvas.bottom;
        const under = c.right > panel.left && c.left < panel.right && c.bottom > panel.top && c.top < panel.bottom;
        return inside && !under;
      });
    },
    cities.map(lonLatBox),
  );
}

test('by link: a column per city with its counts, the clusters in all and in some of them, the summary, the outlines, in view', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, `?lang=en&compare=${FOSHAN},${ZHAOQING}`);
  const panel = page.getByTestId('compare-panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Compare cities' })).toBeFocused();
  const want = expected([FOSHAN, ZHAOQING]);
  expect(want.alone[1]).toBe(0);
  await expect(page.getByTestId('compare-summary')).toHaveText(`Foshan and Zhaoqing share ${want.shared.length} clusters; Foshan alone has ${want.alone[0]}.`);
  await expect(page.getByTestId('compare-summary')).toHaveAttribute('aria-live', 'polite');
  expect(await shownRows(page)).toEqual({ shared: want.shared, some: want.some });
  // The columns: each city's name and counts, as column headers.
  const headers = panel.locator('thead th[scope=col][data-adcode]');
  await expect(headers).toHaveCount(2);
  for (const [i, code] of [FOSHAN, ZHAOQING].entries()) {
    await expect(headers.nth(i)).toContainText(dataset.cities.find((c) => c.adcode === code)!.name.en);
    await expect(headers.nth(i)).toContainText(`${expectedCounts()[code]} clusters`);
    await expect(headers.nth(i)).toContainText(`${expectedCounts('all', null, 'named')[code]} by name`);
  }
  // A cell says the city's role and basis to a screen reader; a cluster that skips a city says so.
  const robots = panel.locator('tr[data-cluster="intelligent-robots"] td');
  await expect(robots.nth(0)).toContainText(/Production|R&D|Core/);
  await expect(robots.nth(1)).toHaveText('not targeted');
  // The map outlines both, and has them in view, clear of the panel.
  for (const code of [FOSHAN, ZHAOQING])
    expect(await page.evaluate((id) => window.__gdMap!.getFeatureState({ source: 'cities', id: Number(id) }).selected, code)).toBe(true);
  expect(await citiesClear(page, [FOSHAN, ZHAOQING])).toEqual([true, true]);
  expect(page.url()).toContain(`compare=${FOSHAN},${ZHAOQING}`);
  expect(errors).toEqual([]);
});

test('four cities across the province: the map eases out to show them all beside the panel', async ({ page }) => {
  await openApp(page, `?lang=zh&compare=${FOSHAN},${ZHAOQING},${ZHANJIANG},${CHAOZHOU}`);
  await expect(page.getByTestId('compare-panel')).toBeVisible();
  await expect.poll(() => citiesClear(page, [FOSHAN, ZHAOQING, ZHANJIANG, CHAOZHOU])).toEqual([true, true, true, true]);
  const want = expected([FOSHAN, ZHAOQING, ZHANJIANG, CHAOZHOU]);
  expect(await shownRows(page)).toEqual({ shared: want.shared, some: want.some });
  await expect(page.getByTestId('compare-summary')).toContainText(`共有${want.shared.length}个集群`);
});

test('from a city’s panel: Compare with…, then add and remove a city; the summary is said; Escape ends it', async ({ page }) => {
  await openApp(page, `?lang=ja&city=${FOSHAN}`);
  await page.getByTestId('compare-with').selectOption(ZHANJIANG);
  await expect(page).toHaveURL(new RegExp(`compare=${FOSHAN},${ZHANJIANG}$`));
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toContainText(`仏山、湛江に共通するクラスターは${expected([FOSHAN, ZHANJIANG]).shared.length}`);
  await page.getByTestId('compare-add').selectOption(CHAOZHOU);
  await expect(page).toHaveURL(new RegExp(`compare=${FOSHAN},${ZHANJIANG},${CHAOZHOU}$`));
  await expect(summary).toContainText(`に共通するクラスターは${expected([FOSHAN, ZHANJIANG, CHAOZHOU]).shared.length}`);
  await page.getByRole('button', { name: '湛江を比較から外す' }).click();
  await expect(page).toHaveURL(new RegExp(`compare=${FOSHAN},${CHAOZHOU}$`));
  // The policy's words on demand, for each city the cluster targets.
  const row = page.locator('tr[data-cluster="electronic-information"]');
  await row.getByRole('button', { name: '原文を表示' }).click();
  const quotes = dataset.clusters.find((c) => c.id === 'electronic-information')!.targets.filter((t) => t.city === FOSHAN || t.city === CHAOZHOU);
  for (const q of quotes) await expect(page.locator('.compare-quotes blockquote', { hasText: q.quote }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
});

test('from the table: pick rows, at most four, and compare them', async ({ page }) => {
  await openApp(page, '?lang=en&view=table');
  const compare = page.getByTestId('compare-selected');
  await expect(compare).toBeDisabled();
  for (const name of ['Zhaoqing', 'Foshan', 'Chaozhou', 'Zhanjiang']) await page.getByRole('checkbox', { name: `Select ${name} to compare` }).check();
  await expect(page.getByRole('checkbox', { name: 'Select Guangzhou to compare' })).toBeDisabled();
  await expect(compare).toHaveText('Compare the selected cities (4)');
  await compare.click();
  await expect(page).toHaveURL(new RegExp(`compare=${ZHAOQING},${FOSHAN},${CHAOZHOU},${ZHANJIANG}`));
  await expect(page.getByTestId('compare-panel').locator('thead th[data-adcode]')).toHaveCount(4);
});

test('bad input: repeated, unknown and a fifth city are dropped with a notice; one city left is no comparison', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, `?lang=en&compare=${FOSHAN},${FOSHAN},449999,${ZHAOQING},${ZHANJIANG},${CHAOZHOU},440100`);
  await expect(page.getByTestId('notice')).toContainText('449999');
  await expect(page.getByTestId('compare-panel').locator('thead th[data-adcode]')).toHaveCount(4);
  expect(page.url()).toContain(`compare=${FOSHAN},${ZHAOQING},${ZHANJIANG},${CHAOZHOU}`);
  await openApp(page, `?lang=en&compare=${FOSHAN},<b>x</b>`);
  await expect(page.getByTestId('notice')).toContainText('<b>x</b>');
  await expect(page.getByTestId('compare-panel')).toHaveCount(0);
  expect(page.url()).not.toContain('compare=');
  expect(errors).toEqual([]);
});

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g)) {
    const cell = m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!;
    rows.at(-1)!.push(cell);
    if (m[2] === '\r\n') rows.push([]);
    if (m[2] === '') break;
  }
  return rows.filter((r) => r.length > 1);
}

async function exportAs(page: Page, format: string) {
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-menu').locator(`[data-format="${format}"]`).click()]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

test('exports: the comparison as CSV; the SVG page outlines the cities and carries the comparison', async ({ page }) => {
  await openApp(page, `?lang=en&compare=${FOSHAN},${ZHAOQING}`);
  const want = expected([FOSHAN, ZHAOQING]);
  const csv = await exportAs(page, 'csv-compare');
  expect(csv.name).toMatch(/_compare-440600\+441200_en_.*\.csv$/);
  const rows = parseCsv(csv.body.toString('utf8').slice(1));
  expect(rows[0]!.slice(0, 6)).toEqual(['cluster_id', 'cluster', 'tier', 'targets_all', '440600_roles', '440600_basis']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(ORDER.filter((id) => want.shared.includes(id) || want.some.includes(id)));
  expect(rows.slice(1).filter((r) => r[3] === 'yes').map((r) => r[0])).toEqual(want.shared);

  const svg = await exportAs(page, 'svg');
  const doc = new DOMParser().parseFromString(svg.body.toString('utf8'), 'image/svg+xml');
  const group = (id: string) => Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('id') === id)!;
  const outlined = Array.from(group('compared').getElementsByTagName('path')).map((p) => p.getAttribute('data-city'));
  expect(outlined.sort()).toEqual([FOSHAN, ZHAOQING]);
  const words = Array.from(group('comparison').getElementsByTagName('text')).map((t) => t.textContent).join(' ');
  expect(words).toContain('Compare cities');
  expect(words).toContain(`share ${want.shared.length} clusters`);
  expect(words).toContain('1 Foshan  2 Zhaoqing');
  // One square per city and cluster that targets it.
  const squares = group('comparison').getElementsByTagName('rect').length;
  expect(squares).toBe((want.shared.length + want.some.length) * 2);
});

test('PDF (ja): the comparison’s words are drawn in the embedded font', async ({ page }) => {
  await openApp(page, `?compare=${FOSHAN},${ZHAOQING}`);
  const pdf = await exportAs(page, 'pdf');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gd-compare-')), 'compare.pdf');
  writeFileSync(file, pdf.body);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('市の比較');
  expect(text).toContain(`仏山、肇慶に共通するクラスターは${expected([FOSHAN, ZHAOQING]).shared.length}`);
  expect(text).toContain('1仏山2肇慶');
});

test('print: the comparison follows the map on the next page', async ({ page }) => {
  await openApp(page, `?lang=en&compare=${FOSHAN},${ZHAOQING}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('compare-panel')).toBeVisible();
  await expect(page.getByTestId('compare-add')).toBeHidden();
  expect(await page.getByTestId('compare-panel').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
});

test('on a phone the comparison is a view of its own, its text within the screen, in every language', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['ja', 'en', 'zh'] as const) {
    await page.goto(`/?lang=${lang}&compare=${FOSHAN},${ZHAOQING},${ZHANJIANG}`);
    const panel = page.getByTestId('compare-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    const box = (await panel.boundingBox())!;
    expect(box).toMatchObject({ x: 0, y: 0, width: 360, height: 740 });
    expect(await panel.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test('no axe violations with a comparison open, a row’s words shown', async ({ page }) => {
  await openApp(page, `?lang=en&compare=${FOSHAN},${ZHAOQING},${CHAOZHOU}`);
  await page.locator('tr[data-cluster="automotive"]').getByRole('button', { name: 'Show the policy’s words' }).click();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('the embed view takes a comparison: the cities outlined, no panel', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/?lang=en&embed=1&compare=${FOSHAN},${ZHAOQING}`);
  await expect(page.getByTestId('embed')).toBeVisible();
  await waitForMapIdle(page);
  for (const code of [FOSHAN, ZHAOQING, ZHANJIANG])
    expect(await page.evaluate((id) => window.__gdMap!.getFeatureState({ source: 'cities', id: Number(id) }).selected, code)).toBe(code !== ZHANJIANG);
  await expect(page.getByTestId('compare-panel')).toHaveCount(0);
  expect(errors).toEqual([]);
});
