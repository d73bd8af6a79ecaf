import { chromium } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
const page = await context.newPage();
const urls = new Set<string>();
page.on('request', (r) => urls.add(new URL(r.url()).pathname));
await page.goto('http://127.0.0.1:4174/');
await page.waitForFunction(() => performance.getEntriesByName('gd:first-idle').length > 0, null, { timeout: 60000 });
let js = 0; const files: [string, number][] = [];
for (const u of urls) { const f = path.join('dist', u === '/' ? 'index.html' : u); if (!existsSync(f)) continue; if (!/\.m?js$/.test(f)) continue; const gz = gzipSync(readFileSync(f)).length; js += gz; files.push([u, gz]); }
console.log((js / 1024).toFixed(2), 'KiB'); for (const [u, g] of files.sort((a,b)=>b[1]-a[1])) console.log(u, g);
await browser.close();
