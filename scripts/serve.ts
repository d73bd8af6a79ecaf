/**
 * `npm start`'s server: the built app in dist/, served as a production host
 * would. Files are served precompressed (brotli, else gzip: the build writes
 * .br and .gz beside each file), with a year's immutable caching for the
 * content-hashed assets, revalidation for the page, and the app's security
 * headers (src/publish/headers.ts). File serving is sirv's.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import type { PluginOption } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { cacheControl, embeddable, isEmbedRequest, SECURITY_HEADERS } from '../src/publish/headers.ts';

const root = path.resolve(import.meta.dirname, '..');

/** The build's half of this: .br and .gz beside every file over 1 KB that compresses (fonts are compressed already). */
export function precompress(): PluginOption {
  return compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(html|js|mjs|css|json|geojson|svg|txt|ttf)$/, threshold: 1024 });
}

export type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/**
 * The page the build rendered in the language the address asks for
 * (`?lang=en` → index.en.html, scripts/prerender.ts); the Japanese page
 * otherwise. Only the page's own address is rewritten.
 */
export function pageForRequest(url: string): string {
  const parsed = new URL(url, 'http://x');
  if (parsed.pathname !== '/' && parsed.pathname !== '/index.html') return url;
  const lang = parsed.searchParams.get('lang');
  return lang === 'en' || lang === 'zh' ? `/index.${lang}.html${parsed.search}` : url;
}

/** The app's files from `dir`, with the production headers (`caching`: another Cache-Control); `next` (or a 404) for anything else. */
export function appHandler(
  dir = path.join(root, 'dist'),
  headers: Record<string, string> = SECURITY_HEADERS,
  caching: (pathname: string) => string = cacheControl,
): Handler {
  const serve = (sent: Record<string, string>) =>
    sirv(dir, {
      etag: true,
      gzip: true,
      brotli: true,
      setHeaders(res, pathname) {
        for (const [name, value] of Object.entries(sent)) res.setHeader(name, value);
        res.setHeader('Cache-Control', caching(pathname));
      },
    });
  // The embed view's page may be framed by any site, the full app's by none (src/publish/headers.ts).
  const files = serve(headers);
  const embedFiles = serve(embeddable(headers));
  return (req, res, next) => {
    const url = req.url ?? '/';
    req.url = pageForRequest(url);
    (isEmbedRequest(url) ? embedFiles : files)(req, res, next);
  };
}

export function startServer(options: { port?: number; host?: string; handler?: Handler } = {}): Promise<{ server: Server; url: string }> {
  const handler = options.handler ?? appHandler();
  const server = createServer((req, res) => handler(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, url: `http://${options.host === '0.0.0.0' ? 'localhost' : (options.host ?? '127.0.0.1')}:${port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const port = Number(arg('port') ?? process.env.PORT ?? 4173);
  const { url } = await startServer({ port, host: arg('host') ?? 'localhost' });
  console.log(`Guangdong Strategic Cluster Map: ${url}`);
}
