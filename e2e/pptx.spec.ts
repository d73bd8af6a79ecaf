/**
 * The PowerPoint export, from the export menu in the app: the file is
 * unzipped and its shapes read (every city a freeform shape named in the UI's
 * language, filled with the legend's colour for its hand-counted class,
 * 21 per map), then LibreOffice Impress opens it headless and its PDF is
 * read back with pdftotext: every city's name and the source line must be
 * there. The map view (ja), one industry (en), a comparison (zh), the atlas
 * (en), and on a phone the map view and the comparison (from the
 * comparison view's own menu: the view covers the header there).
 */
import { expect, test, type Page } from '@playwright/test';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataset } from './dataset';
import { expectedCounts } from './expected';
import { openApp } from './helpers';

const SOURCE = {
  ja: '出所：ジェトロ「広東省の戦略的な支柱産業と新興産業の産業クラスター育成・発展に関する意見の主要内容」',
  en: 'Source: JETRO table of the main contents of the Guangdong Provincial Government opinion',
  zh: '来源：日本贸易振兴机构（JETRO）整理表',
} as const;
type Lang = keyof typeof SOURCE;

/** Export → PowerPoint from the menu `id` (the header's, or the phone's comparison view's). */
async function exportPptx(page: Page, id = 'export') {
  await page.getByTestId(`${id}-button`).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId(`${id}-menu`).locator('[data-format="pptx"]').click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gd-pptx-')), download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByTestId(`${id}-status`)).toContainText(download.suggestedFilename());
  return { file, name: download.suggestedFilename(), zip: await JSZip.loadAsync(readFileSync(file)) };
}

async function slideXml(zip: JSZip, n: number): Promise<Document> {
  return new DOMParser().parseFromString(await zip.file(`ppt/slides/slide${n}.xml`)!.async('string'), 'application/xml');
}

const slideCount = (zip: JSZip) => Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;

/** The freeform shapes named as a city in `lang`: name -> fill colour (#rrggbb). */
function cityShapes(doc: Document, lang: Lang): { name: string; fill: string }[] {
  const names = new Set(dataset.cities.map((c) => c.name[lang]));
  return Array.from(doc.getElementsByTagName('p:sp'))
    .filter((sp) => sp.getElementsByTagName('a:custGeom').length === 1 && names.has(sp.getElementsByTagName('p:cNvPr')[0]!.getAttribute('name')!))
    .map((sp) => {
      const spPr = sp.getElementsByTagName('p:spPr')[0]!;
      const fill = Array.from(spPr.childNodes).find((n) => n.nodeName === 'a:solidFill') as Element;
      return { name: sp.getElementsByTagName('p:cNvPr')[0]!.getAttribute('name')!, fill: `#${fill.getElementsByTagName('a:srgbClr')[0]!.getAttribute('val')!.toLowerCase()}` };
    });
}

/**
 * The deck as LibreOffice Impress draws it, as text (pdftotext). LibreOffice
 * is given the UI's fonts (the repository's Noto Sans files) through a
 * fontconfig file of its own, and a profile of its own, so runs in parallel
 * do not share one.
 */
function officeText(file: string): { text: string; pages: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gd-office-'));
  const fonts = path.resolve('node_modules/@expo-google-fonts');
  writeFileSync(
    path.join(dir, 'fonts.conf'),
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${['noto-sans-jp', 'noto-sans-sc']
      .flatMap((f) => ['400Regular', '700Bold'].map((w) => `<dir>${fonts}/${f}/${w}</dir>`))
      .join('')}<cachedir>${dir}/cache</cachedir></fontconfig>`,
  );
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], {
      env: { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') },
      timeout: 180_000,
      stdio: 'pipe',
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('LibreOffice is not installed: apt-get install libreoffice-impress (.ci/run does)');
    throw e;
  }
  const pdf = path.join(dir, `${path.basename(file, '.pptx')}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return { text: execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }), pages };
}

/** Every city's name and the source line in what LibreOffice drew. */
function expectWords(text: string, lang: Lang) {
  const flat = text.replace(/\s+/g, lang === 'en' ? ' ' : '');
  for (const c of dataset.cities) expect(flat, c.name[lang]).toContain(lang === 'en' ? c.name.en : c.name[lang]);
  expect(flat).toContain(lang === 'en' ? SOURCE.en : SOURCE[lang]);
}

test('the map view (ja): 21 named freeform cities in the legend’s colours, the link in the notes, read back by LibreOffice', async ({ page }) => {
  await openApp(page);
  const legend = await page.getByTestId('legend').locator('li').evaluateAll((lis) =>
    lis.map((li) => {
      const [from, to] = li.querySelector('.legend-label')!.textContent!.split(/[–-]/).map(Number);
      return { from: from!, to: to ?? from!, colour: li.querySelector('rect')!.getAttribute('fill')!.toLowerCase() };
    }),
  );
  const { file, name, zip } = await exportPptx(page);
  expect(name).toMatch(/^guangdong-clusters_all_all_\d{4}-\d{2}-\d{2}\.pptx$/);
  expect(slideCount(zip)).toBe(1);
  const shapes = cityShapes(await slideXml(zip, 1), 'ja');
  expect(shapes).toHaveLength(21);
  const counts = expectedCounts();
  for (const c of dataset.cities) {
    const want = legend.find((l) => counts[c.adcode]! >= l.from && counts[c.adcode]! <= l.to)!.colour;
    expect(shapes.find((s) => s.name === c.name.ja)?.fill, c.name.ja).toBe(want);
  }
  expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain(page.url().replace(/&/g, '&amp;'));
  const { text, pages } = officeText(file);
  expect(pages).toBe(1);
  expectWords(text, 'ja');
});

test('one industry (en): the slide names every city, its title says the cluster', async ({ page }) => {
  await openApp(page, '?lang=en&industries=new-energy');
  const { file, zip } = await exportPptx(page);
  expect(slideCount(zip)).toBe(1);
  expect(cityShapes(await slideXml(zip, 1), 'en')).toHaveLength(21);
  const { text } = officeText(file);
  expectWords(text, 'en');
  expect(text).toContain('New energy');
});

test('a comparison (zh): the map with the cities outlined, then the table on its own slide', async ({ page }) => {
  await openApp(page, '?lang=zh&compare=440600,441200');
  const { file, name, zip } = await exportPptx(page);
  expect(name).toMatch(/_zh_.*\.pptx$/);
  expect(slideCount(zip)).toBe(2);
  expect(cityShapes(await slideXml(zip, 1), 'zh')).toHaveLength(21);
  const { text, pages } = officeText(file);
  expect(pages).toBe(2);
  expectWords(text, 'zh');
  expect(text.replace(/\s+/g, '')).toMatch(/佛山和肇庆共有\d+个集群/);
});

test('the atlas (en): one slide of the twenty small maps, then a slide per cluster', async ({ page }) => {
  await page.goto('/?view=atlas&lang=en');
  await expect(page.getByTestId('atlas').locator('.atlas-map')).toHaveCount(20);
  const { file, name, zip } = await exportPptx(page);
  expect(name).toMatch(/_atlas_en_.*\.pptx$/);
  expect(slideCount(zip)).toBe(21);
  expect(cityShapes(await slideXml(zip, 1), 'en')).toHaveLength(20 * 21);
  expect(cityShapes(await slideXml(zip, 21), 'en')).toHaveLength(21);
  const { text, pages } = officeText(file);
  expect(pages).toBe(21);
  expectWords(text, 'en');
  // The atlas slide's titles: every cluster's name, whole or cut with an ellipsis, never hidden by the next map.
  const titles = text.split('\f')[0]!.replace(/\s+/g, ' ');
  for (const { id, name } of dataset.clusters) {
    const cut = [...name.en].some((_, k) => k >= 10 && titles.includes(`${name.en.slice(0, k)}…`));
    expect(titles.includes(name.en) || cut, id).toBe(true);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the map view exports from the phone’s menu', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('export-button')).toBeEnabled();
    const { file, zip } = await exportPptx(page);
    expect(cityShapes(await slideXml(zip, 1), 'ja')).toHaveLength(21);
    expectWords(officeText(file).text, 'ja');
  });

  test('the comparison, a view of its own there, has its own export menu', async ({ page }) => {
    await page.goto('/?lang=zh&compare=440600,441200');
    await expect(page.getByTestId('compare-panel')).toBeVisible();
    // The view covers the header: its own menu is the way to the exports.
    const { zip } = await exportPptx(page, 'compare-export');
    expect(slideCount(zip)).toBe(2);
    expect(cityShapes(await slideXml(zip, 1), 'zh')).toHaveLength(21);
    await expect(page.getByTestId('compare-export-button')).toBeFocused();
  });
});
