import { brotliCompressSync, gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appHandler, startServer } from './serve';

/** A small dist/: a page and hashed assets of each type the app ships, with their precompressed twins. */
function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gd-serve-'));
  mkdirSync(path.join(dir, 'assets'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><title>t</title>${'<p>x</p>'.repeat(200)}`,
    'assets/index-AbC123.js': `console.log(1);${' '.repeat(2000)}`,
    'assets/maplibre-gl-worker-XyZ.mjs': `export {};${' '.repeat(2000)}`,
    'assets/guangdong-Q1.geojson': JSON.stringify({ type: 'FeatureCollection', features: [], pad: 'x'.repeat(2000) }),
    'assets/noto-sans-jp-ui-W9.woff2': 'wOF2',
  };
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), body);
    if (!name.endsWith('.woff2')) {
      writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(body));
      writeFileSync(path.join(dir, `${name}.gz`), gzipSync(body));
    }
  }
  return dir;
}

describe('npm start server', () => {
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const started = await startServer({ handler: appHandler(fixture()) });
    url = started.url;
    close = () => started.server.close();
  });
  afterAll(() => close());

  const get = (p: string, encoding = 'br, gzip') => fetch(new URL(p, url), { headers: { 'Accept-Encoding': encoding } });

  it('serves the page precompressed, revalidated, with the security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';.*frame-ancestors 'none'$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<title>t</title>');
  });

  it('lets any site frame the embed view (embed=1) and no site the full app', async () => {
    const policy = async (query: string) => {
      const res = await get(query);
      expect(res.status, query).toBe(200);
      return res.headers.get('content-security-policy');
    };
    for (const query of ['/?embed=1', '/?tier=pillar&embed=1']) expect(await policy(query)).toMatch(/; frame-ancestors \*$/);
    for (const query of ['/', '/?embed=0', '/?embed=yes', '/?tier=pillar']) expect(await policy(query)).toMatch(/; frame-ancestors 'none'$/);
  });

  it('falls back to gzip, then to the plain file, by what the client accepts', async () => {
    expect((await get('/', 'gzip')).headers.get('content-encoding')).toBe('gzip');
    expect((await get('/', 'identity')).headers.get('content-encoding')).toBeNull();
  });

  it.each([
    ['/assets/index-AbC123.js', 'text/javascript'],
    ['/assets/maplibre-gl-worker-XyZ.mjs', 'text/javascript'],
    ['/assets/guangdong-Q1.geojson', 'application/geo+json'],
    ['/assets/noto-sans-jp-ui-W9.woff2', 'font/woff2'],
  ])('serves %s as %s, cached for a year as immutable', async (file, type) => {
    const res = await get(file);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers a revalidation with 304 and an unknown asset with 404', async () => {
    const etag = (await get('/')).headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await fetch(new URL('/', url), { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'br' } })).status).toBe(304);
    expect((await get('/assets/missing-000.js')).status).toBe(404);
  });
});

describe('the deploy notes (docs/deploy.md)', () => {
  it('give hosts the very headers npm start sends', async () => {
    const { readFileSync } = await import('node:fs');
    const { CSP, SECURITY_HEADERS, cacheControl, embeddable } = await import('../src/publish/headers');
    const deploy = readFileSync(path.join(import.meta.dirname, '..', 'docs', 'deploy.md'), 'utf8');
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(deploy.split(csp).length - 1).toBe(2); // the table, _headers
    expect(deploy).toContain(embeddable(SECURITY_HEADERS)['Content-Security-Policy']!); // the table's embed row
    // nginx: the same policy, its frame-ancestors by the address's embed parameter.
    expect(deploy).toContain(`${CSP}; frame-ancestors $gd_frame_ancestors`);
    expect(deploy).toContain(`map $arg_embed $gd_frame_ancestors { 1 "*"; default "'none'"; }`);
    expect(deploy).toContain(cacheControl('/assets/x.js'));
    expect(deploy).toContain(cacheControl('/'));
  });
});

describe('pageForRequest', () => {
  it("sends the page rendered in the address's language, and leaves every other address alone", async () => {
    const { pageForRequest } = await import('./serve');
    expect(pageForRequest('/?lang=en&tier=pillar')).toBe('/index.en.html?lang=en&tier=pillar');
    expect(pageForRequest('/index.html?lang=zh')).toBe('/index.zh.html?lang=zh');
    expect(pageForRequest('/?lang=ja')).toBe('/?lang=ja');
    expect(pageForRequest('/?lang=fr')).toBe('/?lang=fr');
    expect(pageForRequest('/assets/a.js?lang=en')).toBe('/assets/a.js?lang=en');
  });
});
