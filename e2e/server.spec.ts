import { expect, test } from '@playwright/test';
import { statSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../dist');

/** The built app as `npm start` serves it (the e2e server is scripts/serve.ts): encodings, caching, MIME types, security headers. */
test('npm start serves the built app compressed, cached by kind, with the right types and headers', async ({ page, request }) => {
  const assets = new Map<string, Record<string, string>>();
  page.on('response', async (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/assets/')) assets.set(url.pathname, await r.allHeaders());
  });
  const response = await page.goto('/?lang=en');
  const html = await response!.allHeaders();
  expect(html['content-encoding']).toBe('br');
  expect(html['cache-control']).toBe('no-cache');
  expect(html['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(html['x-content-type-options']).toBe('nosniff');
  await page.waitForFunction(() => !!window.__gdMap && !!document.querySelector('[data-testid=map-labels] text'), null, { timeout: 30_000 });

  const byExt = (ext: string) => [...assets].filter(([p]) => p.endsWith(ext));
  const expected: [string, string, boolean][] = [
    ['.js', 'text/javascript', true],
    ['.mjs', 'text/javascript', true],
    ['.css', 'text/css', true],
    ['.json', 'application/json', true],
    ['.geojson', 'application/geo+json', true],
    ['.woff2', 'font/woff2', false],
  ];
  for (const [ext, type, compressed] of expected) {
    const seen = byExt(ext);
    expect(seen.length, ext).toBeGreaterThan(0);
    for (const [p, h] of seen) {
      expect(h['content-type'], p).toBe(type);
      expect(h['cache-control'], p).toBe('public, max-age=31536000, immutable');
      // The build compresses what is over 1 KB (smaller files gain little).
      if (compressed && statSync(path.join(dist, p)).size > 1024) expect(h['content-encoding'], p).toBe('br');
    }
  }
  // A client without brotli gets gzip.
  const gz = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
});
