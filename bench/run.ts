/**
 * `npm run bench`: the app against bare MapLibre, side by side in one run.
 * Builds both pages, serves them from this process on 127.0.0.1, drives
 * Debian's Chromium (SwiftShader WebGL, as the e2e tests do), and writes a
 * table to stdout and bench/results.json. Budgets are reported, not asserted.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { clusterCountByCity } from '../src/domain/counts';
import type { Cluster } from '../src/domain/types';
import { lighthouseSideBySide, SKIPPED_AUDITS, type LighthouseFigures } from './lighthouse';
import { buildPages, fileFor, markTime, median, quietPage, serve } from './pages';
import { CHROMIUM_ARGS, findChromium, jsHeapMb } from '../scripts/chromium';
import { yourDataImport } from './yours';

const root = path.resolve(import.meta.dirname, '..');
// 11 rather than the 7 the budget asks for at least: on a shared 2-core VM single
// loads vary by ±20 %, and the median of 11 moves far less between runs.
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 11);
const CLICKS = 100;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const kb = (n: number) => Math.round(n / 102.4) / 10;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const firstIdle = (page: Page) => markTime(page, 'gd:first-idle');

/** One cold load of `url` in a fresh context: the times of the given marks. */
async function coldLoad(browser: Browser, url: string, marks: string[]): Promise<number[]> {
  const { context, page } = await quietPage(browser);
  await page.goto(url);
  const times: number[] = [];
  for (const mark of marks) times.push(await markTime(page, mark));
  await context.close();
  return times;
}

async function coldLoads(browser: Browser, base: string) {
  const app: number[] = [];
  const baseline: number[] = [];
  const labelled: number[] = [];
  const pages = [
    [`${base}/`, app],
    [`${base}/baseline/baseline.html`, baseline],
  ] as const;
  // One untimed load of each first: the first WebGL context of a fresh browser
  // starts SwiftShader in the GPU process (about 0.5 s), which measures the
  // browser, not the page, and would always land on whichever page goes first.
  for (const [url] of pages) await coldLoad(browser, url, ['gd:first-idle']);
  // Alternating, and in turns app-first and baseline-first, so neither page
  // always follows the other. The app adds its labels after the coloured
  // map's first idle; that is timed too.
  for (let i = 0; i < LOAD_RUNS; i++)
    for (const [url, into] of i % 2 ? [...pages].reverse() : pages) {
      const [idle, labelledIdle] = await coldLoad(browser, url, into === app ? ['gd:first-idle', 'gd:labelled-idle'] : ['gd:first-idle']);
      into.push(idle!);
      if (labelledIdle !== undefined) labelled.push(labelledIdle);
    }
  return {
    app_ms: round(median(app)),
    baseline_ms: round(median(baseline)),
    ratio: round(median(app) / median(baseline), 2),
    app_labelled_ms: round(median(labelled)),
    runs: LOAD_RUNS,
  };
}

const MOBILE_RUNS = Number(process.env.BENCH_MOBILE_RUNS ?? 5);

/**
 * Cold loads on a phone profile: 390 × 844 CSS px at 2× density, touch, and
 * the CPU slowed 4× through CDP. For the app, when the coloured map is first
 * painted (`gd:map-painted`, the build's SVG map), when that map is labelled
 * and answers taps (`gd:svg-map-labelled`), and, after a tap on "Zoom and
 * pan", how long the WebGL map takes to its first idle; for the baseline, its
 * first idle, which is when its coloured map is first drawn.
 */
async function mobileLoads(browser: Browser, base: string) {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  const load = async (url: string, marks: string[], zoom = false) => {
    const { context, page } = await quietPage(browser, phone);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    const times: number[] = [];
    for (const mark of marks) times.push(await markTime(page, mark));
    if (zoom) {
      const tapped = await page.evaluate(() => performance.now());
      await page.locator('[data-testid="zoom-map"]').tap();
      times.push((await markTime(page, 'gd:first-idle')) - tapped);
    }
    await context.close();
    return times;
  };
  const app = { painted: [] as number[], labelled: [] as number[], zoom: [] as number[] };
  const baseline: number[] = [];
  await load(`${base}/`, ['gd:svg-map-labelled'], true);
  for (let i = 0; i < MOBILE_RUNS; i++) {
    const appFirst = i % 2 === 0;
    for (const which of appFirst ? ['app', 'baseline'] : ['baseline', 'app']) {
      if (which === 'app') {
        const [painted, labelled, zoom] = await load(`${base}/`, ['gd:map-painted', 'gd:svg-map-labelled'], true);
        app.painted.push(painted!);
        app.labelled.push(labelled!);
        app.zoom.push(zoom!);
      } else baseline.push((await load(`${base}/baseline/baseline.html`, ['gd:first-idle']))[0]!);
    }
  }
  return {
    app_map_painted_ms: round(median(app.painted)),
    app_map_labelled_ms: round(median(app.labelled)),
    app_zoom_tap_to_webgl_idle_ms: round(median(app.zoom)),
    baseline_first_idle_ms: round(median(baseline)),
    painted_share_of_baseline_idle: round(median(app.painted) / median(baseline), 2),
    runs: MOBILE_RUNS,
    profile: '390×844 @2x, touch, CPU 4× slower (CDP)',
  };
}

async function firstViewBytes(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on('request', (r) => urls.add(new URL(r.url()).pathname));
  await page.goto(`${base}/`);
  await page.waitForFunction(() => !!window.__gdMap, null, { timeout: 60_000 });
  await firstIdle(page);
  await context.close();
  const bytes = { js: 0, css: 0, data: 0, fonts: 0, html: 0 };
  const fontFiles: string[] = [];
  for (const u of urls) {
    const file = fileFor(u);
    if (!file) continue;
    const gz = gzipSync(readFileSync(file)).length;
    const ext = path.extname(file);
    if (ext === '.js' || ext === '.mjs') bytes.js += gz;
    else if (ext === '.css') bytes.css += gz;
    else if (ext === '.json' || ext === '.geojson') bytes.data += gz;
    else if (ext === '.woff2' || ext === '.woff') {
      bytes.fonts += gz;
      fontFiles.push(path.basename(file));
    } else bytes.html += gz;
  }
  const mlDist = path.join(root, 'node_modules/maplibre-gl/dist');
  const maplibre = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs'].reduce((n, f) => n + gzipSync(readFileSync(path.join(mlDist, f))).length, 0);
  return {
    js: kb(bytes.js),
    css: kb(bytes.css),
    data: kb(bytes.data),
    fonts: kb(bytes.fonts),
    font_files: fontFiles.length,
    maplibre_js: kb(maplibre),
    unit: 'KB gzipped',
  };
}


async function filterAndMemory(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => !!window.__gdMap, null, { timeout: 60_000 });
  await firstIdle(page);
  const afterLoad = round(await jsHeapMb(page));
  await page.evaluate(() => {
    const w = window;
    const samples: { handler: number; idle: number }[] = (w.__bench = []);
    w.__pending = false;
    // Handler: from the first (capturing) listener on the page to the map
    // update, i.e. main-thread work only. Idle: from the event's own timestamp,
    // input delay included, to the map's next idle.
    document.addEventListener(
      'click',
      (e) => {
        if (w.__pending) return;
        w.__pending = true;
        const start = performance.now();
        window.addEventListener(
          'gd:map-updated',
          () => {
            const handler = performance.now() - start;
            w.__gdMap!.once('idle', () => {
              samples.push({ handler, idle: performance.now() - e.timeStamp });
              w.__pending = false;
            });
          },
          { once: true },
        );
      },
      true,
    );
  });
  const tiers = ['pillar', 'emerging', 'all'];
  // Waits for the i-th sample with a promise in the page rather than by
  // polling, so the harness adds no work (or garbage) to the page while it measures.
  // (A string, so the bundler's helpers stay out of the page.)
  const sampled = (n: number) =>
    page.evaluate(`new Promise((resolve) => {
      const check = () => (window.__bench.length >= ${n} ? resolve() : setTimeout(check, 50));
      check();
    })`);
  for (let i = 0; i < CLICKS; i++) {
    if (i % 2 === 0) await page.locator(`input[name=tier][value=${tiers[(i / 2) % 3]}]`).click({ force: true });
    else {
      const boxes = page.locator('.industries input[type=checkbox]');
      await boxes.nth(i % (await boxes.count())).click();
    }
    await sampled(i + 1);
  }
  const samples = (await page.evaluate(() => window.__bench)) as { handler: number; idle: number }[];
  const afterClicks = round(await jsHeapMb(page));
  const handler = samples.map((s) => s.handler);
  const idle = samples.map((s) => s.idle);

  const exportTimes: Record<string, number> = {};
  for (const format of ['png2', 'png4']) {
    await page.getByTestId('export-button').click();
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator(`[data-format="${format}"]`).click()]);
    exportTimes[format] = Date.now() - t0;
    await download.path();
  }
  await context.close();
  return {
    filter: {
      clicks: samples.length,
      handler_p50_ms: round(pct(handler, 50)),
      handler_p95_ms: round(pct(handler, 95)),
      idle_p50_ms: round(pct(idle, 50)),
      idle_p95_ms: round(pct(idle, 95)),
    },
    memory: { after_load_mb: afterLoad, after_clicks_mb: afterClicks },
    export: { png2x_ms: exportTimes.png2!, png4x_ms: exportTimes.png4! },
  };
}

/** Synthetic datasets: each cluster targets ~12 % of the regions, a quarter of them by name. */
function synthetic(regions: number, clusters: number) {
  const codes = Array.from({ length: regions }, (_, i) => String(100000 + i));
  let seed = regions * 7919 + clusters;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const perCluster = Math.max(3, Math.round(regions * 0.12));
  const list: Cluster[] = Array.from({ length: clusters }, (_, c) => ({
    id: `c${c}`,
    tier: c % 2 ? 'emerging' : 'pillar',
    name: { ja: '', zh: '', en: '' },
    seed: { tier: null, name: null, focus: null, areas: null },
    focus: { ja: null, en: null, zh: null },
    focusSupplement: null,
    areas: { ja: '', en: '', zh: '' },
    targets: Array.from({ length: perCluster }, () => ({
      city: codes[Math.floor(random() * regions)]!,
      basis: random() < 0.25 ? ('named' as const) : ('regional' as const),
      role: 'general' as const,
      quote: '',
    })),
    notes: [],
  }));
  return { codes, clusters: list, targets: clusters * perCluster };
}

function joinScaling() {
  const rows: { regions: number; clusters: number; targets: number; ms: number; ns_per_target: number }[] = [];
  for (const [regions, clusters] of [
    [21, 20],
    [300, 100],
    [1000, 300],
    [3000, 300],
    [3000, 1000],
  ] as const) {
    const { codes, clusters: list, targets } = synthetic(regions, clusters);
    clusterCountByCity(list, codes); // warm up
    let runs = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 300 || runs < 5) {
      clusterCountByCity(list, codes);
      runs++;
    }
    const ms = (performance.now() - t0) / runs;
    rows.push({ regions, clusters, targets, ms: round(ms, 3), ns_per_target: round((ms * 1e6) / targets, 1) });
  }
  return rows;
}

/**
 * The first view's JS (gzip) when the desktop budgets were set (issue 25): it may not grow. Raised once, from
 * 528.5, by what a part that cannot be loaded must already have to say so (issue 39: the error boundaries and
 * their strings in three languages, 0.94 KB; the service worker's registration left the first view, 0.3 KB less),
 * and once more, from 529.2, by the reader's own data's ways in (issue 35: the panel's button and the page as a drop
 * target, its three words, the search's hook for the sites, the kept data's check after the first view, and the
 * map's registry that the sites' layer finds the map by: 1.14 KB). The feature itself (the dialog, the worker, the
 * locator's data, the sites' layer) loads on first use.
 */
const FIRST_VIEW_JS_KB = 530.4;

type SideBySide = Record<'app' | 'anchor', LighthouseFigures>;

/**
 * Desktop rounds: a run's TBT on this machine moves between about 280 and
 * 570 ms for one and the same build (the software GPU's frames queue behind
 * each other), so the desktop medians take five rounds where mobile takes three.
 */
const DESKTOP_LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

/**
 * The Lighthouse rows: the app against the anchor, a bare MapLibre page
 * drawing the same polygons and colours under a text header and side text
 * (bench/baseline.html), scored in the same run. Desktop: a score at least
 * the anchor's, TBT within 50 ms and LCP within 100 ms of it. Mobile: 15
 * points above the anchor, LCP within 2.5 s. A score cannot pass 100, so
 * where the anchor scores over 85 the mobile margin asks for 100, the most a
 * page can score (docs/performance.md, "Budgets").
 */
function lighthouseLines(mobile: SideBySide, desktop: SideBySide & { labelled: LighthouseFigures }, budget: (ok: boolean) => string): string[] {
  const row = (label: string, app: string | number, anchor: string | number, rule: string) => `| Lighthouse ${label} | ${app} | anchor ${anchor} | ${rule} |`;
  const lines: string[] = [];
  for (const [preset, r] of [
    ['desktop', desktop],
    ['mobile', mobile],
  ] as const) {
    const { app, anchor } = r;
    const scoreRule =
      preset === 'desktop' ? `>= anchor: ${budget(app.performance >= anchor.performance)}` : `>= anchor + 15 (at most 100): ${budget(app.performance >= Math.min(anchor.performance + 15, 100))}`;
    const lcpRule = preset === 'desktop' ? `LCP <= anchor + 100: ${budget(app.lcp_ms <= anchor.lcp_ms + 100)}` : `LCP <= 2500: ${budget(app.lcp_ms <= 2500)}`;
    lines.push(
      row(`${preset}: performance (median of ${app.runs})`, app.performance, anchor.performance, scoreRule),
      row(`${preset}: FCP / LCP`, `${app.fcp_ms} / ${app.lcp_ms} ms`, `${anchor.fcp_ms} / ${anchor.lcp_ms} ms`, lcpRule),
      row(
        `${preset}: TBT / Speed Index / largest long task`,
        `${app.tbt_ms} / ${app.speed_index_ms} / ${app.largest_long_task_ms} ms`,
        `${anchor.tbt_ms} / ${anchor.speed_index_ms} / ${anchor.largest_long_task_ms} ms`,
        preset === 'desktop' ? `TBT <= anchor + 50: ${budget(app.tbt_ms <= anchor.tbt_ms + 50)}` : '',
      ),
      row(`${preset}: CLS`, app.cls, anchor.cls, `<= 0.02: ${budget(app.cls <= 0.02)}`),
    );
    if (preset === 'desktop') {
      const { labelled } = desktop;
      lines.push(`| Lighthouse desktop: bare MapLibre with the app's labels (reference): performance / LCP / TBT | | ${labelled.performance} / ${labelled.lcp_ms} / ${labelled.tbt_ms} ms | (reported) |`);
    }
  }
  return lines;
}

async function main() {
  console.log('building the app and the baseline …');
  await buildPages();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    console.log(`cold loads (${LOAD_RUNS} each, alternating, fresh context) …`);
    const load = await coldLoads(browser, server.url);
    console.log('first-view bytes …');
    const bytes = await firstViewBytes(browser, server.url);
    console.log(`${CLICKS} filter clicks, memory, exports …`);
    const { filter, memory, export: exportTimes } = await filterAndMemory(browser, server.url);
    console.log(`mobile cold loads (${MOBILE_RUNS} each, CPU 4× slower) …`);
    const mobile = await mobileLoads(browser, server.url);
    console.log(`Lighthouse, the app and the anchor (bare MapLibre) side by side: mobile preset, median of 3; desktop, median of ${DESKTOP_LIGHTHOUSE_RUNS} …`);
    const pages = { app: `${server.url}/?lang=en`, anchor: `${server.url}/baseline/baseline.html` };
    const lh = {
      mobile: await lighthouseSideBySide(pages, 'mobile'),
      // With the labelled MapLibre page (bench/baseline.ts), which tells what the map's labels cost MapLibre itself.
      desktop: await lighthouseSideBySide({ ...pages, labelled: `${server.url}/baseline/baseline.html?labels` }, 'desktop', DESKTOP_LIGHTHOUSE_RUNS),
      skipped_audits: SKIPPED_AUDITS,
    };
    console.log("the reader's own data: 100,000 sites read and located, panning with them …");
    const yours = await yourDataImport(browser, server.url);
    const join = joinScaling();
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${browser.version()}, SwiftShader WebGL`;
    const results = { date: new Date().toISOString(), machine, load, bytes, filter, export: exportTimes, join, memory, mobile, yours, lighthouse: lh };
    await mkdir(path.join(root, 'bench'), { recursive: true });
    await writeFile(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

    const budget = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
    const lines = [
      `| measure | app | baseline / reference | budget |`,
      `|---|---|---|---|`,
      `| cold load to first idle (median of ${LOAD_RUNS}) | ${load.app_ms} ms | ${load.baseline_ms} ms (ratio ${load.ratio}) | ratio <= 1.3: ${budget(load.ratio <= 1.3)} |`,
      `| cold load to labelled idle (app, median) | ${load.app_labelled_ms} ms | | (reported) |`,
      `| JS on first view (gzip) | ${bytes.js} KB | maplibre-gl ${bytes.maplibre_js} KB | <= ${FIRST_VIEW_JS_KB} KB: ${budget(bytes.js <= FIRST_VIEW_JS_KB)} |`,
      `| CSS on first view (gzip) | ${bytes.css} KB | | |`,
      `| data on first view (gzip) | ${bytes.data} KB | | <= 60 KB: ${budget(bytes.data <= 60)} |`,
      `| fonts on first view | ${bytes.fonts} KB in ${bytes.font_files} subset files | | only the subsets used |`,
      `| filter click: handler p50 / p95 | ${filter.handler_p50_ms} / ${filter.handler_p95_ms} ms | | p95 <= 16 ms: ${budget(filter.handler_p95_ms <= 16)} |`,
      `| filter click: to next idle p50 / p95 | ${filter.idle_p50_ms} / ${filter.idle_p95_ms} ms | | |`,
      `| PNG export 2x / 4x | ${exportTimes.png2x_ms} / ${exportTimes.png4x_ms} ms | | (reported) |`,
      `| JS heap after load / after ${CLICKS} clicks | ${memory.after_load_mb} / ${memory.after_clicks_mb} MB | | |`,
      `| phone (4× CPU): coloured map first painted (median of ${MOBILE_RUNS}) | ${mobile.app_map_painted_ms} ms | baseline first idle ${mobile.baseline_first_idle_ms} ms (${mobile.painted_share_of_baseline_idle}×) | <= 0.5× baseline idle: ${budget(mobile.painted_share_of_baseline_idle <= 0.5)} |`,
      `| phone (4× CPU): SVG map labelled and answering taps | ${mobile.app_map_labelled_ms} ms | | (reported) |`,
      `| phone (4× CPU): tap on "Zoom and pan" to the WebGL map's first idle | ${mobile.app_zoom_tap_to_webgl_idle_ms} ms | | (reported) |`,
      `| your data: ${yours.sites} sites (${yours.file_mb} MB CSV) read and located | ${yours.desktop_ms} ms | | <= 2000 ms: ${budget(Number(yours.desktop_ms) <= 2000)} |`,
      `| your data: the same at 4× CPU (the page's thread; Chromium does not slow the worker as much) | ${yours.cpu4x_ms} ms | | <= 8000 ms: ${budget(Number(yours.cpu4x_ms) <= 8000)} |`,
      `| your data: longest main-thread task during the import (desktop / 4× CPU) | ${yours.desktop_longest_task_ms} / ${yours.cpu4x_longest_task_ms} ms | | <= 100 ms: ${budget(Number(yours.desktop_longest_task_ms) <= 100 && Number(yours.cpu4x_longest_task_ms) <= 100)} |`,
      `| your data: frame time panning, with the sites / without | ${yours.frame_with_sites_ms} ms | ${yours.frame_without_sites_ms} ms (ratio ${yours.frame_ratio}) | ratio <= 1.5: ${budget(Number(yours.frame_ratio) <= 1.5)} |`,
      ...lighthouseLines(lh.mobile, lh.desktop, budget),
    ];
    console.log(`\nMachine: ${machine}\n\n${lines.join('\n')}\n`);
    console.log('Join scaling (node): full recount of distinct clusters per region');
    console.log('| regions | clusters | targets | ms | ns per target |\n|---|---|---|---|---|');
    for (const r of join) console.log(`| ${r.regions} | ${r.clusters} | ${r.targets} | ${r.ms} | ${r.ns_per_target} |`);
    console.log('\nwrote bench/results.json');
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
