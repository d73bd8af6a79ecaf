/**
 * The app in the other engines our readers use (e2e/engines/drivers.ts):
 * Safari's WebKit (WebKitGTK's MiniBrowser under Xvfb, with WebGL), Firefox
 * ESR headed under Xvfb (WebGL), and Firefox headless with WebGL off (the
 * static map). Each spec runs in each, as the Playwright projects
 * `webkit`, `firefox` and `firefox-no-webgl` (playwright.config.ts).
 */
import type { Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { dataset, lonLatBox } from '../dataset';
import { CITIES, expectedClustersOf, expectedCounts } from '../expected';
import { t } from '../../src/i18n/strings';
import { tp } from '../../src/i18n/publishStrings';
import { EMBED_HEIGHT_MESSAGE, EMBED_LOADER_PATH } from '../../src/publish/embedProtocol';
import { MAP_BOX } from '../../src/export/layout';
import { startServer } from '../../scripts/serve';
import { deployingHost, NEXT_VERSION } from '../nextVersion';
import type { Lang } from '../../src/domain/types';
import { poll, type EngineSession } from './drivers';
import { catchDownloads, cityPoints, expect, hasWebgl, legendColours, mapIdle, near, nextDownload, openApp, pixel, rankingShown, test } from './fixture';

const FOSHAN = '440600';
const nameOf = (adcode: string, lang: Lang) => dataset.cities.find((c) => c.adcode === adcode)!.name[lang];

test.beforeAll(({ engine }) => {
  console.log(`${engine.name}: ${engine.version}`);
});

for (const lang of ['ja', 'en', 'zh'] as const)
  test(`${lang}: the map is drawn with each city in its class's colour, the page in its language`, async ({ engine, baseURL }) => {
    await openApp(engine, `${baseURL}/?lang=${lang}`);
    const ranking = await rankingShown(engine);
    const page = await engine.run(() => ({
      lang: document.documentElement.lang,
      title: document.querySelector('h1')!.textContent,
      map: document.querySelector('[data-testid=static-map]') ? 'static' : window.__gdMap ? 'webgl' : 'none',
    }));
    expect(page.lang).toBe(lang === 'zh' ? 'zh-Hans' : lang);
    expect(page.title).toBe(t(lang, 'appTitle'));
    expect(page.map).toBe(hasWebgl(engine) ? 'webgl' : 'static');
    const counts = expectedCounts();
    expect(ranking).toEqual(counts);

    // Every city's pixels are its class's colour, as the legend gives it for the count the policy says.
    const legend = await legendColours(engine);
    const points = await cityPoints(engine);
    const shot = await engine.screenshot();
    const scale = shot.width / (await engine.run(() => innerWidth));
    const wrong: string[] = [];
    for (const city of CITIES) {
      const want = legend.find((l) => counts[city]! >= l.from && counts[city]! <= l.to)?.colour;
      const point = points[city];
      if (!want || !point) {
        wrong.push(`${city}: ${want ? 'no clear point on the map' : `no legend class for ${counts[city]}`}`);
        continue;
      }
      const got = pixel(shot, point.x, point.y, scale);
      if (!near(got, want)) wrong.push(`${city} (${counts[city]}): ${got}, want ${want}`);
    }
    expect(wrong).toEqual([]);
  });

test('a city opens by a click on the map, and by the arrow keys and Enter; Escape closes it', async ({ engine, baseURL }) => {
  await openApp(engine, `${baseURL}/?lang=en`);
  const point = (await cityPoints(engine))[FOSHAN]!;
  await engine.clickAt(point.x, point.y);
  await engine.waitFor(() => document.querySelector('[data-testid=city-panel] h2')?.textContent, [], 'the city panel');
  const panel = await engine.run(() => ({
    heading: document.querySelector('[data-testid=city-panel] h2')!.textContent,
    clusters: [...document.querySelectorAll('[data-testid=city-panel] [data-cluster]')].map((e) => e.getAttribute('data-cluster')!),
  }));
  expect(panel.heading).toBe(nameOf(FOSHAN, 'en'));
  expect(panel.clusters.sort()).toEqual(expectedClustersOf(FOSHAN).sort());
  // The address follows in a task after the click (src/store/urlSync.ts).
  await engine.waitFor((code: string) => location.search.includes(`city=${code}`), [FOSHAN], 'the city in the address');
  await engine.press('Escape');
  await engine.waitFor(() => !document.querySelector('[data-testid=city-panel]'), [], 'the panel to close');

  // The keys: focus on the map, the first city is the ranking's first; → moves east; Enter opens.
  await engine.run(() => (document.querySelector('[data-map-keys]') as HTMLElement).focus());
  await engine.press('ArrowRight');
  const caption = await engine.waitFor(() => document.querySelector('[data-testid=map-key-caption]')?.textContent, [], 'the keys caption');
  await engine.press('Enter');
  const heading = await engine.waitFor(
    () => {
      const h = document.querySelector('[data-testid=city-panel] h2');
      return h && document.activeElement === h ? h.textContent : null;
    },
    [],
    'the panel, its heading focused',
  );
  expect(caption.startsWith(`${heading}:`)).toBe(true);
  await engine.press('Escape');
  await engine.waitFor(() => document.activeElement?.hasAttribute('data-map-keys'), [], 'focus back on the map');
  if (hasWebgl(engine)) await mapIdle(engine);
});

test('search opens a city; its panel opens a cluster card, which shows that cluster alone; the table lists every count', async ({ engine, baseURL }) => {
  await openApp(engine, `${baseURL}/?lang=zh`);
  await engine.type('[data-testid=search-input]', '佛山');
  await engine.waitFor(() => !!document.querySelector(`[data-testid=search-results] [role=option][data-kind=city][data-id="440600"]`), [], 'the search hit');
  await engine.click(`[data-testid=search-results] [role=option][data-kind=city][data-id="${FOSHAN}"]`);
  const heading = await engine.waitFor(() => document.querySelector('[data-testid=city-panel] h2')?.textContent, [], 'the city panel');
  expect(heading).toBe(nameOf(FOSHAN, 'zh'));

  const cluster = 'intelligent-robots';
  await engine.click(`[data-testid=city-panel] button[data-cluster-link="${cluster}"]`);
  const card = await engine.waitFor(
    (id: string) => document.querySelector(`[data-testid=cluster-card][data-cluster="${id}"] h2`)?.textContent,
    [cluster],
    'the cluster card',
  );
  expect(card).toBe(dataset.clusters.find((c) => c.id === cluster)!.name.zh);
  // The ranking, and so the map, now counts this cluster alone.
  const one = expectedCounts('all', [cluster]);
  await poll(async () => JSON.stringify(await rankingShown(engine)) === JSON.stringify(one), 'the ranking of one cluster', 20_000);
  if (hasWebgl(engine)) {
    await mapIdle(engine);
    const state = await engine.run(
      (codes: string[]) => Object.fromEntries(codes.map((c) => [c, window.__gdMap!.getFeatureState({ source: 'cities', id: Number(c) }).count])),
      [...CITIES],
    );
    expect(state).toEqual(one);
  }

  await engine.open(`${baseURL}/?lang=en`);
  await rankingShown(engine);
  await engine.click('[data-testid=show-table]');
  const rows = await engine.waitFor(
    () => {
      const trs = [...document.querySelectorAll('[data-testid=table-view] tbody tr[data-adcode]')];
      return trs.length === 21
        ? Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-adcode')!, Number(tr.querySelector('[data-testid=table-all]')!.textContent)]))
        : null;
    },
    [],
    'the table',
  );
  expect(rows).toEqual(expectedCounts());
});

/** Chooses an export from the menu; returns what it downloaded (catchDownloads). */
async function exportAs(engine: EngineSession, format: string, index: number) {
  await engine.click('[data-testid=export-button]');
  await engine.waitFor((f: string) => !!document.querySelector(`[data-testid=export-menu] [data-format="${f}"]`), [format], 'the export menu');
  await engine.click(`[data-testid=export-menu] [data-format="${format}"]`);
  return nextDownload(engine, index);
}

/** The same export from Chromium (Playwright's page), to compare. */
async function chromiumExport(page: Page, query: string, format: string): Promise<Buffer> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/${query}`);
  await expect(page.getByTestId('ranking').locator('button')).toHaveCount(21);
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('export-menu').locator(`[data-format="${format}"]`).click(),
  ]);
  return readFile((await download.path())!);
}

/** How two pictures of one size differ in a box: the share of its pixels off by more than `tolerance` on a channel. */
function differing(a: PNG, b: PNG, tolerance: number, box = { x: 0, y: 0, w: a.width, h: a.height }): number {
  let off = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * a.width + x) * 4;
      if ([0, 1, 2].some((k) => Math.abs(a.data[i + k]! - b.data[i + k]!) > tolerance)) off++;
    }
  return off / (box.w * box.h);
}

test('exports: the SVG has the 21 cities in their colours, the CSV the counts; the PNG matches Chromium’s', async ({ engine, baseURL, page }) => {
  const query = '?lang=en&tier=emerging';
  await openApp(engine, `${baseURL}/${query}`);
  await catchDownloads(engine);
  const counts = expectedCounts('emerging');

  const svg = await exportAs(engine, 'svg', 0);
  expect(svg.name).toMatch(/^guangdong-clusters_emerging_.*\.svg$/);
  const doc = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
  const paths = Array.from(doc.getElementsByTagName('path')).filter((p) => p.getAttribute('data-adcode'));
  expect(paths).toHaveLength(21);
  const legend = await legendColours(engine);
  const want = (n: number) => legend.find((l) => n >= l.from && n <= l.to)!.colour;
  expect(Object.fromEntries(paths.map((p) => [p.getAttribute('data-adcode')!, p.getAttribute('fill')!.toLowerCase()]))).toEqual(
    Object.fromEntries(CITIES.map((c) => [c, want(counts[c]!)])),
  );

  const csv = await exportAs(engine, 'csv', 1);
  const rows = csv.bytes.toString('utf8').slice(1).trim().split('\r\n').slice(1).map((r) => r.split(','));
  expect(Object.fromEntries(rows.map((r) => [r[0], Number(r[5])]))).toEqual(counts);

  if (!hasWebgl(engine)) {
    // Without WebGL the PNG is not offered (README: what each browser gets); the SVG and PDF are.
    await engine.click('[data-testid=export-button]');
    const disabled = await engine.waitFor(() => (document.querySelector('[data-testid=export-menu] [data-format=png1]') as HTMLButtonElement | null)?.disabled, [], 'the export menu');
    expect(disabled).toBe(true);
    return;
  }
  const png = PNG.sync.read((await exportAs(engine, 'png1', 2)).bytes);
  const reference = PNG.sync.read(await chromiumExport(page, query, 'png1'));
  expect([png.width, png.height]).toEqual([reference.width, reference.height]);
  // The map's frame (src/export/layout.ts, 1x) must match; the text around it is the engine's own canvas text, whose
  // glyph positions differ by a pixel or so (measured: 1.5 % of the page's pixels in WebKit, 0.7 % in Firefox).
  const map = differing(png, reference, 40, { x: MAP_BOX.x, y: MAP_BOX.y, w: MAP_BOX.width, h: MAP_BOX.height });
  const whole = differing(png, reference, 40);
  console.log(`${engine.name} PNG vs Chromium's, pixels off by > 40: map ${(map * 100).toFixed(2)} %, page ${(whole * 100).toFixed(2)} %`);
  expect(map).toBeLessThan(0.005);
  expect(whole).toBeLessThan(0.04);
});

test('Share → Copy link writes the view’s link from the click’s gesture', async ({ engine, baseURL }) => {
  await openApp(engine, `${baseURL}/?lang=en&tier=pillar&city=${FOSHAN}`);
  // The clipboard's own answer, recorded on its way back to the app (a refusal would show the link field instead).
  await engine.run(() => {
    const w = window as unknown as { __clipboard: { ok: boolean; text: string }[] };
    w.__clipboard = [];
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) =>
      write(text).then(
        () => void w.__clipboard.push({ ok: true, text }),
        (e: unknown) => {
          w.__clipboard.push({ ok: false, text: String(e) });
          throw e;
        },
      );
  });
  await engine.click('[data-testid=share-button]');
  await engine.waitFor(() => !!document.querySelector('[data-share=copy]'), [], 'the share menu');
  await engine.click('[data-share=copy]');
  const written = await engine.waitFor(() => (window as unknown as { __clipboard: { ok: boolean; text: string }[] }).__clipboard[0], [], 'the clipboard');
  expect(written).toEqual({ ok: true, text: `${baseURL}/?lang=en&tier=pillar&city=${FOSHAN}` });
  expect(await engine.run(() => document.querySelector('[data-testid=share-status]')!.textContent)).toBe(tp('en', 'linkCopied'));
});

test('the embed view in another site’s frame: drawn, and the frame takes the height it asks for', async ({ engine, baseURL }) => {
  const src = `${baseURL}/?lang=en&tier=emerging&embed=1`;
  // Another origin: a server of its own, on another port, with the responsive embed's loader.
  const html = `<!doctype html><title>host</title><body style="margin:0"><script>window.asked = []; addEventListener('message', (e) => e.data && e.data.type === '${EMBED_HEIGHT_MESSAGE}' && asked.push(e.data.height));</script><iframe src="${src}" width="600" height="480" style="border:0" data-gd-cluster-map></iframe><script src="${baseURL}${EMBED_LOADER_PATH}"></script></body>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await engine.open(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const inFrame = await engine.waitFor(
      () => {
        const asked = (window as unknown as { asked: number[] }).asked;
        const frame = document.querySelector('iframe')!;
        return asked.length && frame.style.height ? { asked: asked.at(-1)!, height: frame.style.height } : null;
      },
      [],
      'the embed’s height message',
    );
    expect(inFrame.height).toBe(`${Math.max(300, Math.min(4000, Math.round(inFrame.asked)))}px`);
    const embed = await poll(
      () => engine.runInFrame('embed=1', () => {
        const paths = document.querySelectorAll('[data-testid=embed] svg.svg-map path[data-adcode][fill]').length;
        const gl = !!window.__gdMap;
        return document.querySelector('[data-testid=legend]') && (paths === 21 || gl)
          ? { title: document.querySelector('h1')!.textContent, controls: !!document.querySelector('[data-testid=export-button]') }
          : null;
      }),
      'the embed view drawn',
      20_000,
    );
    expect(embed.title).toContain('Emerging');
    expect(embed.controls).toBe(false);
  } finally {
    server.close();
  }
});

test('dark mode: the page and the map’s ground turn dark', async ({ engine, baseURL }) => {
  await openApp(engine, `${baseURL}/?lang=en`);
  for (let i = 0; i < 3 && (await engine.run(() => document.querySelector('[data-testid=theme]')!.getAttribute('data-choice'))) !== 'dark'; i++)
    await engine.click('[data-testid=theme]');
  const page = await engine.waitFor(
    () =>
      document.documentElement.dataset.theme === 'dark' && {
        background: getComputedStyle(document.documentElement).backgroundColor,
        panel: getComputedStyle(document.querySelector('.controls')!).backgroundColor,
        ink: getComputedStyle(document.querySelector('h1')!).color,
      },
    [],
    'the dark theme',
  );
  expect(page).toEqual({ background: 'rgb(21, 23, 26)', panel: 'rgb(30, 33, 37)', ink: 'rgb(230, 232, 235)' });
  if (hasWebgl(engine)) await mapIdle(engine);
  // The sea at the map's bottom right corner.
  const corner = await engine.run(() => {
    const r = document.querySelector('.map-wrap')!.getBoundingClientRect();
    return { x: r.right - 30, y: r.bottom - 60 };
  });
  const shot = await engine.screenshot();
  expect(pixel(shot, corner.x, corner.y, shot.width / (await engine.run(() => innerWidth)))).toBe('#0f2230');
});

test('print: one landscape page with the title, the view, the legend and the source, and no controls', async ({ engine, baseURL }) => {
  await openApp(engine, `${baseURL}/?lang=en&tier=emerging`);
  const pdf = await engine.print();
  if (!pdf) {
    // WebKitWebDriver has no Print Page command (W3C WebDriver §18.1): the print stylesheet is checked in Chromium and Firefox.
    test.info().annotations.push({ type: 'not here', description: `${engine.name}: the driver cannot print` });
    console.log(`${engine.name}: the driver cannot print; the print stylesheet is checked in Chromium and Firefox`);
    return;
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gd-print-')), 'page.pdf');
  writeFileSync(file, pdf);
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(1);
  const text = pages[0]!.replace(/\s+/g, ' ');
  for (const words of ['Guangdong Strategic Cluster Map', 'Emerging · all clusters · All designations', 'Clusters targeting the city', 'Source: JETRO'])
    expect(text).toContain(words);
  for (const control of ['Named only', 'Export', 'Share', 'Search the policy']) expect(text).not.toContain(control);
});

test('a deploy while the page is open: its parts still load, the update is offered, and reloads at the same view', async ({ engine }) => {
  test.setTimeout(240_000);
  const host = await deployingHost();
  const sourcesVersion = async () => {
    await engine.click('[data-testid=show-sources]');
    const line = await engine.waitFor(() => document.querySelector('[data-testid=app-version]')?.textContent, [], 'the version line');
    await engine.click('[data-testid=show-map]');
    return line.replace(/^.*:\s*/, '');
  };
  try {
    await openApp(engine, `${host.url}?lang=en&tier=emerging`);
    await engine.waitFor(() => !!navigator.serviceWorker?.controller, [], 'the service worker in control', 30_000);
    // The host deploys the next version; the browser finds it (as it does on a visit in another tab) and installs it beside.
    host.deploy();
    await engine.run(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()).then(() => true));
    await engine.waitFor(() => document.querySelector('[data-testid=update-ready]')?.textContent, [], 'the update offered', 30_000);
    // The page runs on in its own version: parts it had not loaded yet still load.
    if (hasWebgl(engine)) await mapIdle(engine);
    const point = (await cityPoints(engine))[FOSHAN]!;
    await engine.clickAt(point.x, point.y);
    expect(await engine.waitFor(() => document.querySelector('[data-testid=city-panel] h2')?.textContent, [], 'the city panel')).toContain('Foshan');
    await engine.click('[data-testid=show-table]');
    await engine.waitFor(() => !!document.querySelector('[data-testid=table-view]'), [], 'the table');
    await catchDownloads(engine);
    await engine.click('[data-testid=export-button]');
    await engine.click('[data-format="pdf"]');
    expect((await nextDownload(engine, 0)).bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await sourcesVersion()).not.toBe(NEXT_VERSION);
    await engine.click('[data-testid=show-atlas]');
    await engine.waitFor(() => !!document.querySelector('[data-testid=atlas]'), [], 'the atlas');
    expect(await engine.run(() => document.querySelectorAll('[data-testid=part-failed]:not([hidden])').length)).toBe(0);
    // The reader takes it: the same address, now in the next version.
    const view = await engine.run(() => location.href);
    await engine.click('[data-testid=update-reload]');
    await engine.waitFor(() => !document.querySelector('[data-testid=update-ready]') && !!document.querySelector('[data-testid=atlas]'), [], 'the reload', 30_000);
    await rankingShown(engine);
    expect(await engine.run(() => location.href)).toBe(view);
    expect(await sourcesVersion()).toBe(NEXT_VERSION);
  } finally {
    await host.close();
  }
});

test('offline after one visit: the app reloads from its service worker when the server is gone', async ({ engine }) => {
  // A server of its own, to stop: the shared one serves the other specs.
  const { server, url } = await startServer({ port: 0 });
  try {
    await openApp(engine, `${url}?lang=en&tier=emerging`);
    const worker = await engine.waitFor(
      () =>
        !('serviceWorker' in navigator)
          ? 'none'
          : navigator.serviceWorker.controller
            ? 'controls'
            : navigator.serviceWorker.getRegistration().then((r) => (r?.active ? (navigator.serviceWorker.controller ? 'controls' : '') : '')),
      [],
      'the service worker in control',
      30_000,
    );
    expect(worker).toBe('controls');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await engine.open(`${url}?lang=zh&tier=pillar`);
  const page = { ranking: await rankingShown(engine), lang: await engine.run(() => document.documentElement.lang) };
  expect(page).toEqual({ lang: 'zh-Hans', ranking: expectedCounts('pillar') });
});

for (const size of [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
])
  test(`a phone ${size.width > size.height ? 'held sideways' : 'held upright'}: the city opened by a link is in sight beside its panel`, async ({ engine, baseURL }) => {
    const city = '440800';
    await engine.open(`${baseURL}/?lang=ja&city=${city}`, size);
    await engine.waitFor(
      () => {
        const h = document.querySelector('[data-testid=city-panel] h2');
        return h && document.activeElement === h;
      },
      [],
      'the panel, its heading focused',
    );
    if (hasWebgl(engine) && size.width > 760) await mapIdle(engine);
    else await engine.waitFor((code: string) => !!document.querySelector(`.svg-map-holder path[data-adcode="${code}"]`), [city], 'the SVG map');
    // MiniBrowser's window is at least 447 px wide: there the upright phone is that wide (still the phone's layout).
    const seen = await engine.run(
      (code: string, box: [[number, number], [number, number]]) => {
        const panel = document.querySelector('[data-testid=city-panel]')!.getBoundingClientRect();
        const path = document.querySelector(`.svg-map-holder path[data-adcode="${code}"]`);
        let c: { left: number; top: number; right: number; bottom: number };
        if (path) c = path.getBoundingClientRect();
        else {
          const map = window.__gdMap!;
          const r = map.getCanvas().getBoundingClientRect();
          const sw = map.project(box[0]);
          const ne = map.project(box[1]);
          c = { left: r.left + sw.x, right: r.left + ne.x, top: r.top + ne.y, bottom: r.top + sw.y };
        }
        return {
          width: innerWidth,
          onScreen: c.left >= 0 && c.top >= 0 && c.right <= innerWidth && c.bottom <= innerHeight,
          clear: !(c.right > panel.left && c.left < panel.right && c.bottom > panel.top && c.top < panel.bottom),
          pageWidth: document.documentElement.scrollWidth,
        };
      },
      city,
      lonLatBox(city),
    );
    expect(seen.width).toBeLessThanOrEqual(size.width > size.height ? size.width : 447);
    expect(seen).toMatchObject({ onScreen: true, clear: true });
    expect(seen.pageWidth).toBeLessThanOrEqual(seen.width);
  });

test('your data: a workbook made as Excel makes it is read, located and drawn', async ({ engine, baseURL }) => {
  await openApp(engine, `${baseURL}/?lang=en`);
  await engine.click('[data-testid=yours-button]');
  await engine.waitFor(() => !!document.querySelector('[data-testid=yours-file]'), [], 'the dialog');
  await engine.upload('[data-testid=yours-file]', path.join(import.meta.dirname, '../fixtures/yours/sites.xlsx'));
  const status = await engine.waitFor(
    () => (document.querySelector('[data-testid=yours-status]')?.textContent ?? '').match(/^\d+ sites read.*/)?.[0],
    [],
    'the import',
  );
  expect(status).toBe('8 sites read: 6 located, 2 need a city');
  await engine.click('[data-testid=yours-show-list]');
  const rows = await engine.waitFor(() => document.querySelectorAll('[data-testid=yours-list-row]').length, [], 'the sites’ list');
  expect(rows).toBe(8);
  if (hasWebgl(engine)) {
    const drawn = await engine.waitFor(() => (window.__gdMap?.getSource('sites') ? window.__gdMap.querySourceFeatures('sites').length : 0), [], 'the sites on the map');
    expect(drawn).toBeGreaterThan(0);
  }
});
