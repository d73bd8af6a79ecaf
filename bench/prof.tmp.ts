import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { markTime, serve } from './pages';
const which = process.argv[2] ?? 'app';
const [from, to] = [Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 99999)];
const server = await serve();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const url = which === 'app' ? server.url + '/' : server.url + '/baseline/baseline.html';
for (let i = 0; i < 2; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  const idle = await markTime(page, 'gd:first-idle');
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}=${Math.round(m.startTime)}`).join(' '));
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  await context.close();
  if (i === 0) continue;
  console.log('idle', idle, marks);
  // self time per function within window
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let t = profile.startTime;
  // profile times are in microseconds monotonic; approximate page-relative time via first sample offset
  const startRel = profile.startTime / 1000 - (timeOrigin - (Date.now() - performance.now())) ; void startRel;
  const samples = profile.samples!; const deltas = profile.timeDeltas!;
  const times: number[] = [];
  for (let k = 0; k < samples.length; k++) { t += deltas[k]!; times.push(t); }
  const t0 = times[0]!;
  for (let k = 0; k < samples.length; k++) {
    const rel = (times[k]! - t0) / 1000;
    if (rel < from || rel > to) continue;
    const dt = (deltas[k + 1] ?? 0) / 1000;
    let n = nodes.get(samples[k]!)!;
    const key = (m: typeof n) => `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (;;) {
      const k2 = key(n);
      if (!seen.has(k2)) { total.set(k2, (total.get(k2) ?? 0) + dt); seen.add(k2); }
      const p = parent.get(n.id); if (p === undefined) break; n = nodes.get(p)!;
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${v.toFixed(0).padStart(6)}  ${n}`).join('\n');
  console.log('--- self\n' + top(self, 30));
  console.log('--- total\n' + top(total, 50));
}
await browser.close();
server.close();
