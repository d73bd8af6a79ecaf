/**
 * Publishing: the embed view, framed by a page of another origin;
 * the share menu's link, share sheet and embed codes; print; the vector PDF
 * export; offline use.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportAs, mapCounts, openApp, rankingCounts, waitForMapIdle, watchCsp } from './helpers';
import { dataset } from './dataset';
import { expectedCounts } from './expected';
import { t } from '../src/i18n/strings';
import { plainText } from '../src/i18n/runs';

/** The app's origin (the test server). */
const APP = 'http://127.0.0.1:4174';

/**
 * A page of another origin (a server of its own on another port) that frames
 * `src`s, with the responsive embed's loader. Returns the page's address.
 */
async function hostPage(page: Page, frames: { id: string; src: string; width: number; height: number; responsive?: boolean }[]) {
  const html = `<!doctype html><title>host</title><body style="margin:0">${frames
    .map((f) => `<iframe id="${f.id}" src="${f.src}" width="${f.width}" height="${f.height}" style="border:0" ${f.responsive ? 'data-gd-cluster-map' : ''}></iframe>`)
    .join('')}<script src="${APP}/embed.js"></script></body>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  page.once('close', () => server.close());
  await page.goto(`http://127.0.0.1:${port}/`);
}

test('embed=1 in an iframe of another site: the map, legend, title and source, a link to the full map, and no controls; the full app refuses the frame', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => m.text().includes('frame-ancestors') && refused.push(m.text()));
  await hostPage(page, [
    { id: 'embed', src: `${APP}/?lang=en&tier=emerging&embed=1`, width: 600, height: 480, responsive: true },
    { id: 'full', src: `${APP}/?lang=en`, width: 600, height: 300 },
  ]);
  const embed = page.frameLocator('#embed');
  await expect(embed.getByTestId('embed')).toBeVisible();
  await expect(embed.getByRole('heading', { level: 1 })).toContainText('Emerging');
  await expect(embed.getByTestId('legend')).toBeVisible();
  await expect(embed.locator('.embed-source')).toContainText('Source: JETRO');
  await expect(embed.getByRole('application', { name: 'Map of the 21 cities of Guangdong' })).toBeVisible();
  // No header, side panel or export.
  for (const id of ['export-button', 'share-button', 'ranking', 'lang']) await expect(embed.getByTestId(id)).toHaveCount(0);
  await expect(embed.locator('.controls')).toHaveCount(0);
  // The link opens the same view in the full app, in a new tab.
  const link = embed.getByTestId('open-full-map');
  await expect(link).toHaveAttribute('href', '/?lang=en&tier=emerging');
  await expect(link).toHaveAttribute('target', '_blank');
  // A tap on a city opens its panel, as an overlay inside the frame.
  await embed.locator('svg.svg-map path[data-adcode="440100"]').click();
  await expect(embed.getByTestId('city-panel')).toContainText('Guangzhou');
  // The loader sized the responsive frame from the embed view's message.
  await expect.poll(() => page.locator('#embed').evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
  const height = await page.locator('#embed').evaluate((f: HTMLIFrameElement) => parseFloat(f.style.height));
  expect(height).toBeGreaterThanOrEqual(300);
  // The full app: refused by its frame-ancestors 'none'.
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(refused.join('\n')).toContain("frame-ancestors 'none'");
  await expect(page.frameLocator('#full').getByTestId('ranking')).toHaveCount(0);
});

for (const [width, height] of [
  [300, 300],
  [1024, 640],
] as const)
  test(`the embed view fills a ${width} × ${height} frame without scrollbars, and has no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?lang=ja&embed=1');
    await expect(page.getByTestId('embed')).toBeVisible();
    await expect(page.getByTestId('legend')).toBeVisible();
    const fit = await page.evaluate(() => {
      const root = document.documentElement;
      const map = document.querySelector('.map-wrap')!.getBoundingClientRect();
      return { x: root.scrollWidth <= root.clientWidth, y: root.scrollHeight <= root.clientHeight, map: Math.round(map.height) };
    });
    expect(fit.x && fit.y).toBe(true);
    expect(fit.map).toBeGreaterThan(100);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

test('Share: copy link puts the exact view on the clipboard, language included, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await openApp(page, '?tier=emerging&industries=new-energy&city=441700');
  await page.getByTestId('city-panel').getByRole('button', { name: '閉じる' }).click();
  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-menu')).toBeVisible();
  await page.getByRole('button', { name: 'リンクをコピー' }).click();
  await expect(page.getByTestId('share-status')).toHaveText('リンクをコピーしました');
  await expect(page.getByTestId('share-button')).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${APP}/?lang=ja&tier=emerging&industries=new-energy`);
});

test('Share: where the clipboard refuses, the link is shown in a field, selected, to copy by hand', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } }),
  );
  await openApp(page, '?lang=en&tier=pillar');
  await page.getByTestId('share-button').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('share-status')).toHaveText('Could not copy: select the text below and copy it');
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${APP}/?lang=en&tier=pillar`);
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(`${APP}/?lang=en&tier=pillar`);
});

test("Share: the phone's share sheet gets the title and the view's link", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __shared: unknown[] }).__shared = [];
    navigator.share = (data) => {
      (window as unknown as { __shared: unknown[] }).__shared.push(data);
      return Promise.resolve();
    };
  });
  await openApp(page, '?lang=en&count=named');
  await page.getByTestId('share-button').click();
  await page.getByRole('button', { name: 'Share to an app…' }).click();
  const shared = await page.evaluate(() => (window as unknown as { __shared: { title: string; url: string }[] }).__shared);
  expect(shared).toEqual([{ title: expect.stringMatching(/^Guangdong Strategic Cluster Map: All · all clusters · Named only$/), url: `${APP}/?lang=en&count=named` }]);
});

test('Share: the embed codes frame this view, by keyboard, without axe violations', async ({ page }) => {
  await openApp(page, '?lang=zh&tier=pillar');
  await page.getByTestId('share-button').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '复制链接' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const fixed = page.getByRole('textbox', { name: /固定尺寸/ });
  await expect(fixed).toBeFocused();
  const code = await fixed.inputValue();
  expect(code).toContain(`src="${APP}/?lang=zh&amp;tier=pillar&amp;embed=1"`);
  expect(await page.getByRole('textbox', { name: /自适应/ }).inputValue()).toContain(`<script src="${APP}/embed.js" async></script>`);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  // Escape closes it, back on its button.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-menu')).toHaveCount(0);
  await expect(page.getByTestId('share-button')).toBeFocused();
});

/** Prints the page (print media, as Ctrl+P does) and reads the PDF back with poppler: its pages' text and its images. */
async function print(page: Page, format: 'A4' | 'Letter') {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gd-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format, landscape: true, printBackground: true }));
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
  return { pages, images };
}

for (const format of ['A4', 'Letter'] as const)
  test(`print (${format}): one landscape page with the title, the view, the map, the legend, the source, date and link, and no controls`, async ({ page }) => {
    await openApp(page, '?lang=en&tier=emerging');
    const { pages, images } = await print(page, format);
    expect(pages).toHaveLength(1);
    const text = pages[0]!.replace(/\s+/g, ' ');
    for (const words of ['Guangdong Strategic Cluster Map', 'Emerging · all clusters · All designations', 'Clusters targeting the city', 'Source: JETRO', `${APP}/?lang=en&tier=emerging`])
      expect(text).toContain(words);
    expect(text).toMatch(/Created \d+ \w+ 20\d\d/);
    // The map, as the picture of the screen's map.
    expect(images).toBeGreaterThanOrEqual(1);
    // No control: no checkbox label, button or search field.
    for (const control of ['Smart home appliances', 'Named only', 'Export', 'Share', 'Search the policy', 'Ranking', 'Zoom', 'Keys'])
      expect(text).not.toContain(control);
  });

test('print with a city open: its clusters and their quotes follow on the next page', async ({ page }) => {
  await openApp(page, '?lang=en&city=441700');
  const { pages } = await print(page, 'A4');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages[0]).not.toContain('Yangjiang: ');
  const rest = pages.slice(1).join(' ').replace(/\s+/g, '');
  expect(pages[1]).toMatch(/^\s*Yangjiang/);
  // Every quote of every cluster that targets Yangjiang is printed.
  const quotes = dataset.clusters.flatMap((c) => c.targets.filter((t) => t.city === '441700').map((t) => t.quote));
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) expect(rest).toContain(quote.replace(/\s+/g, ''));
});

/** Reads a PDF back with poppler: its text as drawn, its metadata, its fonts and how many images it holds. */
function readPdf(body: Buffer) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gd-export-')), 'export.pdf');
  writeFileSync(file, body);
  const run = (tool: string, ...args: string[]) => execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  // -raw: the text in the order it is drawn, without the merging of overlapping copies that would hide a label said twice.
  const text = run('pdftotext', '-raw');
  const info = Object.fromEntries(
    run('pdfinfo')
      .split('\n')
      .map((l) => /^([\w ]+):\s+(.*)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  return { text, info, fonts: run('pdffonts'), images: run('pdfimages', '-list').trim().split('\n').length - 2 };
}

const PDF_CASES = [
  { lang: 'ja', query: '', subject: 'すべて・全クラスター・すべての指定' },
  { lang: 'zh', query: '?lang=zh&tier=pillar', subject: '支柱产业 · 全部集群 · 全部布局' },
  { lang: 'en', query: '?lang=en&industries=new-energy', subject: 'All · New energy · All designations' },
] as const;

for (const { lang, query, subject } of PDF_CASES)
  test(`PDF export (${lang}): one vector page with the title, the view, the source line and the 21 city names once each, in an embedded font; jsPDF loads only then`, async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const cspViolations = await watchCsp(page);
    await openApp(page, query);
    const pdfFiles = () => requested.filter((p) => /^\/assets\/(js)?pdf-/.test(p));
    expect(pdfFiles()).toEqual([]);
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-format="pdf"]').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^guangdong-clusters_.*${lang === 'ja' ? '' : `_${lang}`}_\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    await expect(page.getByTestId('export-status')).toContainText(download.suggestedFilename());
    // The writer and the language's font came when asked for.
    expect(pdfFiles()).toContainEqual(expect.stringMatching(/^\/assets\/jspdf-[^/]+\.js$/));
    expect(pdfFiles().filter((p) => p.endsWith('.ttf'))).toEqual([expect.stringMatching(new RegExp(`^/assets/pdf-${lang}-[^/]+\\.ttf$`))]);

    const body = await readFile((await download.path())!);
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, info, fonts, images } = readPdf(body);
    expect(info['Pages']).toBe('1');
    expect(info['Title']).toBe(t(lang, 'appTitle'));
    expect(info['Subject']).toBe(subject);
    expect(info['Creator']).toBe('Guangdong Strategic Cluster Map');
    // Vector: no picture of the map; the text's font travels with the file.
    expect(images).toBe(0);
    expect(fonts).toMatch(/ExportSans\s+CID TrueType\s+Identity-H\s+yes/);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(t(lang, 'appTitle').replace(/\s+/g, ''));
    expect(flat).toContain(subject.replace(/\s+/g, ''));
    expect(flat).toContain(plainText(t(lang, 'sourceLine')).replace(/\s+/g, ''));
    // Each city's name once: its halo is drawn, but not said twice.
    for (const city of dataset.cities) expect(flat.split(city.name[lang].replace(/\s+/g, '')).length - 1, city.name.en).toBe(1);
    // jsPDF runs under the app's Content Security Policy (no eval, no remote origin).
    expect(await cspViolations()).toEqual([]);
  });

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the map reloads without a network, with its data, in another language too', async ({ page, context }) => {
    await openApp(page, '?lang=en&tier=emerging');
    // The worker registers once the page is idle, precaches, and takes control.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('ranking')).toBeVisible();
    expect(await rankingCounts(page)).toEqual(expectedCounts('emerging'));
    await waitForMapIdle(page);
    expect(await mapCounts(page)).toEqual(expectedCounts('emerging'));
    // The Chinese page was never opened, but is in the precache.
    await page.goto('/?lang=zh&tier=pillar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByTestId('ranking')).toBeVisible();
    expect(await rankingCounts(page)).toEqual(expectedCounts('pillar'));
  });

  test("offline, the embed view still loads in another site's frame: its page from the cache may be framed, as online", async ({ page, context }) => {
    const src = `${APP}/?lang=en&tier=emerging&embed=1`;
    await hostPage(page, [{ id: 'embed', src, width: 600, height: 480 }]);
    const embed = page.frameLocator('#embed');
    await expect(embed.getByTestId('embed')).toBeVisible();
    const frame = page.frame({ url: /embed=1/ })!;
    await frame.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
    await context.setOffline(true);
    await frame.goto(src);
    await expect(embed.getByTestId('embed')).toBeVisible();
    await expect(embed.getByRole('heading', { level: 1 })).toContainText('Emerging');
    await expect(embed.getByTestId('legend')).toBeVisible();
  });

  test('after one visit, the PDF and PowerPoint writers are kept: offline, both are made though neither was made before', async ({ page, context }) => {
    await openApp(page, '?lang=en');
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
    await context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    for (const format of ['pdf', 'pptx']) {
      const head = (await exportAs(page, format)).body.subarray(0, format === 'pdf' ? 5 : 4).toString('latin1');
      expect(head, format).toBe(format === 'pdf' ? '%PDF-' : 'PK\u0003\u0004');
    }
  });

  test('the app is installable: a manifest with its icons, and a worker in control', async ({ page, request }) => {
    await page.goto('/?lang=en');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ name: 'Guangdong Strategic Cluster Map', start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const res = await request.get(icon.src);
      expect(res.status(), icon.src).toBe(200);
      expect(res.headers()['content-type'], icon.src).toContain(icon.type);
    }
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  });
});
