/**
 * Lighthouse against the app as `npm start` serves it: its mobile preset (a
 * mid-range phone: 4× CPU slowdown, slow 4G, simulated) and its desktop
 * preset, each the median of RUNS runs. Debian's Chromium, headless, with
 * SwiftShader WebGL. A few trace-based audits error on Chromium 156; they do
 * not feed the performance score and are skipped.
 *
 * Also runnable alone: `npx tsx bench/lighthouse.ts [url]` (builds nothing;
 * serves dist/ unless given a URL).
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from '../scripts/chromium';
import { startServer } from '../scripts/serve';
import { median } from './pages';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const FLAGS = ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Audits that error on Chromium 156's traces and are not part of the performance score. */
export const SKIPPED_AUDITS = [
  'largest-contentful-paint-element',
  'lcp-lazy-loaded',
  'render-blocking-resources',
  'layout-shifts',
  'non-composited-animations',
  'prioritize-lcp-image',
];

export interface LighthouseFigures {
  performance: number;
  fcp_ms: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  speed_index_ms: number;
  largest_long_task_ms: number;
  runs: number;
  /** Audits that errored, if any (their names). */
  errors?: string[];
}

async function once(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseFigures & { errors: string[] }> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], skipAudits: SKIPPED_AUDITS },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { audits, categories } = result.lhr;
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    const longTasks = (audits['long-tasks']?.details as { items?: { duration: number }[] } | undefined)?.items ?? [];
    return {
      performance: Math.round((categories.performance?.score ?? NaN) * 100),
      fcp_ms: Math.round(value('first-contentful-paint')),
      lcp_ms: Math.round(value('largest-contentful-paint')),
      tbt_ms: Math.round(value('total-blocking-time')),
      cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
      speed_index_ms: Math.round(value('speed-index')),
      largest_long_task_ms: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
      runs: 1,
      errors: Object.values(audits)
        .filter((a) => a.scoreDisplayMode === 'error')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

/** The median of each figure over `RUNS` runs (each figure on its own, as Lighthouse's own guidance does). */
export async function lighthouseRuns(url: string, preset: 'mobile' | 'desktop', runs = RUNS): Promise<LighthouseFigures> {
  const results: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(url, preset));
  return medians(results);
}

/**
 * Several pages side by side: `runs` rounds, each scoring every page once,
 * in turns forwards and backwards, so that no page always follows another
 * and a slow spell of the machine falls on all of them alike. Medians per page.
 */
export async function lighthouseSideBySide<K extends string>(urls: Record<K, string>, preset: 'mobile' | 'desktop', runs = RUNS): Promise<Record<K, LighthouseFigures>> {
  const keys = Object.keys(urls) as K[];
  const results = Object.fromEntries(keys.map((k) => [k, [] as Awaited<ReturnType<typeof once>>[]])) as Record<K, Awaited<ReturnType<typeof once>>[]>;
  for (let i = 0; i < runs; i++) for (const k of i % 2 ? [...keys].reverse() : keys) results[k].push(await once(urls[k], preset));
  return Object.fromEntries(keys.map((k) => [k, medians(results[k])])) as Record<K, LighthouseFigures>;
}

function medians(results: Awaited<ReturnType<typeof once>>[]): LighthouseFigures {
  const runs = results.length;
  const med = (k: Exclude<keyof LighthouseFigures, 'runs' | 'errors'>) => median(results.map((r) => r[k]));
  const errors = [...new Set(results.flatMap((r) => r.errors))];
  return {
    performance: med('performance'),
    fcp_ms: med('fcp_ms'),
    lcp_ms: med('lcp_ms'),
    tbt_ms: med('tbt_ms'),
    cls: med('cls'),
    speed_index_ms: med('speed_index_ms'),
    largest_long_task_ms: med('largest_long_task_ms'),
    runs,
    ...(errors.length && { errors }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const given = process.argv[2];
  const started = given ? null : await startServer();
  const url = given ?? `${started!.url}?lang=en`;
  for (const preset of ['mobile', 'desktop'] as const) console.log(preset, JSON.stringify(await lighthouseRuns(url, preset)));
  started?.server.close();
}
