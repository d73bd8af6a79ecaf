/**
 * `npm run bench:ab -- <dist A> <dist B>`: two builds of the app side by side,
 * in alternating cold loads in one browser (A first, then B first, and so on),
 * so a change is measured against the code before it on the same machine at
 * the same moment. Reports the medians of the desktop's first idle (1280 ×
 * 800) and the phone's first coloured paint (390 × 844, CPU 4× slower).
 * RUNS (default 11) loads of each build per profile; then Lighthouse (both
 * presets, LIGHTHOUSE_RUNS alternating runs of each build, default 3; 0 skips).
 */
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { appHandler, startServer } from '../scripts/serve';
import { lighthouseRuns } from './lighthouse';
import { markTime, median, quietPage } from './pages';

const RUNS = Number(process.env.RUNS ?? 11);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const [dirA, dirB] = process.argv.slice(2).map((d) => path.resolve(d));
if (!dirA || !dirB) throw new Error('usage: npm run bench:ab -- <dist A> <dist B>');

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function load(browser: Browser, url: string, profile: 'desktop' | 'phone'): Promise<number> {
  const { context, page } = await quietPage(browser, profile === 'phone' ? phone : {});
  if (profile === 'phone') await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  const time = await markTime(page, profile === 'phone' ? 'gd:map-painted' : 'gd:first-idle');
  await context.close();
  return time;
}

const servers = await Promise.all([dirA, dirB].map((dir) => startServer({ handler: appHandler(dir) })));
const [urlA, urlB] = servers.map((s) => s.url.replace(/\/$/, ''));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const profile of ['desktop', 'phone'] as const) {
    const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
    // One untimed load of each: a fresh browser's first WebGL context starts SwiftShader.
    for (const url of [urlA!, urlB!]) await load(browser, `${url}/`, profile);
    for (let i = 0; i < RUNS; i++)
      for (const which of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const))
        times[which].push(await load(browser, `${which === 'A' ? urlA : urlB}/`, profile));
    const [a, b] = [median(times.A), median(times.B)];
    console.log(`${profile}: ${profile === 'phone' ? 'coloured map painted' : 'first idle'}, median of ${RUNS}: A ${Math.round(a)} ms, B ${Math.round(b)} ms (B/A ${(b / a).toFixed(2)})`);
  }
} finally {
  await browser.close();
}
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    if (!LIGHTHOUSE_RUNS) break;
    const runs: Record<'A' | 'B', Awaited<ReturnType<typeof lighthouseRuns>>[]> = { A: [], B: [] };
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
      for (const which of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const))
        runs[which].push(await lighthouseRuns(`${which === 'A' ? urlA : urlB}/?lang=en`, preset, 1));
    const say = (which: 'A' | 'B') => {
      const m = (k: 'performance' | 'fcp_ms' | 'lcp_ms' | 'tbt_ms') => Math.round(median(runs[which].map((r) => r[k])));
      return `${which} ${m('performance')} (FCP ${m('fcp_ms')}, LCP ${m('lcp_ms')}, TBT ${m('tbt_ms')} ms)`;
    };
    console.log(`Lighthouse ${preset}, median of ${LIGHTHOUSE_RUNS}: ${say('A')}; ${say('B')}`);
  }
} finally {
  for (const s of servers) s.server.close();
}
