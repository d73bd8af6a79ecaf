/**
 * `npm run bench:diagnose -- <marks|trace> [app|baseline] [query]`: where the
 * cold load's time goes, for whoever works on the load budget next.
 *
 * - marks: RUNS (default 5) alternating cold loads of app and baseline, each
 *   printed as its `gd:*` performance marks (data fetched/parsed, map created,
 *   style loaded, city layers added, first idle, labels) and long tasks, then
 *   the medians of first idle and their ratio, and of the blocking time (each
 *   long task's time over 50 ms, summed). FRESH=1 starts a new browser for
 *   every load, as Lighthouse does: only then does the app block longer than
 *   the baseline (its WebGL calls wait on a GPU process that is still busy
 *   with its first frames; docs/performance.md).
 * - trace: one Chromium trace of a cold load (written to bench/trace.json, for
 *   chrome://tracing or Perfetto), summarised as the main thread's tasks over
 *   15 ms with what ran inside them.
 *
 * Uses the pages `npm run bench` built; set BUILD=1 to build them first.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { buildPages, markTime, median, quietPage, serve } from './pages';

const root = path.resolve(import.meta.dirname, '..');
const [mode = 'marks', which = 'app', query = ''] = process.argv.slice(2);

/** One cold load: its first idle, marks and long tasks (these until the map is settled: the app's labelled idle). */
async function coldLoad(shared: Browser, url: string, settled = 'gd:first-idle') {
  const browser = process.env.FRESH ? await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS }) : shared;
  const { context, page } = await quietPage(browser);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[][] };
    w.__longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)])),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  const idle = await markTime(page, 'gd:first-idle');
  await markTime(page, settled);
  const result = await page.evaluate(() => ({
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('gd:'))
      .map((m) => `${m.name.slice(3)}=${Math.round(m.startTime)}`),
    dcl: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
    longTasks: (window as unknown as { __longTasks: number[][] }).__longTasks.map(([t, d]) => `${t}+${d}`),
    blocking: (window as unknown as { __longTasks: number[][] }).__longTasks.reduce((sum, [, d]) => sum + Math.max(0, d! - 50), 0),
  }));
  await context.close();
  if (browser !== shared) await browser.close();
  return { idle, ...result };
}

async function marks(browser: Browser, base: string) {
  const idle: Record<'app' | 'baseline', number[]> = { app: [], baseline: [] };
  const blocking: Record<'app' | 'baseline', number[]> = { app: [], baseline: [] };
  const pages = [
    ['app', `${base}/${query}`],
    ['baseline', `${base}/baseline/baseline.html`],
  ] as const;
  for (const [, url] of pages) await coldLoad(browser, url); // untimed, as in run.ts
  for (let i = 0; i < Number(process.env.RUNS ?? 5); i++)
    for (const [name, url] of pages) {
      const r = await coldLoad(browser, url, name === 'app' ? 'gd:labelled-idle' : 'gd:first-idle');
      idle[name].push(r.idle);
      blocking[name].push(r.blocking);
      console.log(`${name} #${i}: dcl=${r.dcl} ${r.marks.join(' ')}\n  long tasks: ${r.longTasks.join(' ')} (blocking ${r.blocking} ms)`);
    }
  const [app, baseline] = [median(idle.app), median(idle.baseline)];
  console.log(`\nmedian first idle: app ${Math.round(app)} ms, baseline ${Math.round(baseline)} ms, ratio ${(app / baseline).toFixed(2)}`);
  console.log(`median blocking time until the map is settled (app: labelled idle): app ${median(blocking.app)} ms, baseline ${median(blocking.baseline)} ms`);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; documentLoaderURL?: string } };
}

async function trace(browser: Browser, base: string) {
  const url = which === 'baseline' ? `${base}/baseline/baseline.html` : `${base}/${query}`;
  await coldLoad(browser, url); // warms the browser's own caches, not the page's
  const { context, page } = await quietPage(browser);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'],
  });
  await page.goto(url);
  await markTime(page, 'gd:first-idle');
  const buffer = await browser.stopTracing();
  await context.close();
  const file = path.join(root, 'bench/trace.json');
  writeFileSync(file, buffer);

  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const threadNames = new Map(traceEvents.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const pid = traceEvents.find((e) => e.name.startsWith('gd:'))?.pid;
  const t0 = traceEvents.find((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL?.startsWith('http'))?.ts ?? 0;
  const ms = (ts: number) => Math.round((ts - t0) / 1000);
  const main = traceEvents
    .filter((e) => e.pid === pid && e.ph === 'X' && e.dur && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const rows: [number, string][] = traceEvents.filter((e) => e.pid === pid && e.name.startsWith('gd:')).map((e) => [ms(e.ts), e.name]);
  interface Task {
    ts: number;
    dur: number;
    inside: Map<string, number>;
  }
  let task: Task | null = null;
  const tasks: Task[] = [];
  for (const e of main) {
    if (!task || e.ts >= task.ts + task.dur) {
      task = { ts: e.ts, dur: e.dur!, inside: new Map() };
      tasks.push(task);
      continue;
    }
    const what = e.args?.data?.url ? `${e.name} ${e.args.data.url.split('/').pop()}` : e.name;
    if (!/^(ThreadControllerImpl|RunTask|ThreadPool)/.test(what)) task.inside.set(what, (task.inside.get(what) ?? 0) + e.dur!);
  }
  for (const t of tasks.filter((t) => t.dur > 15_000)) {
    const inside = [...t.inside].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${Math.round(v / 1000)}`);
    rows.push([ms(t.ts), `task ${Math.round(t.dur / 1000)} ms: ${inside.join(', ')}`]);
  }
  for (const [t, s] of rows.sort((a, b) => a[0] - b[0])) console.log(`${String(t).padStart(6)}  ${s}`);
  console.log(`\nwrote ${path.relative(root, file)}`);
}

if (process.env.BUILD) await buildPages();
const server = await serve();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  if (mode === 'trace') await trace(browser, server.url);
  else await marks(browser, server.url);
} finally {
  await browser.close();
  server.close();
}
