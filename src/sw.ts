/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa, injectManifest): a reader who
 * has opened the map once can reload it without a network, and a page that
 * is open when a new version is deployed keeps working (src/publish/version.ts).
 *
 * - The build's precache list is every file the app can ask for: the three
 *   language pages, every script and worker (lazy parts, the PDF and
 *   PowerPoint writers included), style sheets, data and fonts. They go in a
 *   cache of this version's own.
 * - A new version installs and waits: it takes over when no page of the old
 *   one is open, or when the reader asks for it (SKIP_WAITING, from the
 *   page's "new version" notice).
 * - Once it has taken over, a page of the old version still running asks for
 *   its own files by their hashed names: they come from the old version's
 *   cache, which is deleted only when every open page runs this version.
 */
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { embeddable, isEmbedRequest } from './publish/headers';
import { answerVersion, askVersion, BUILD_ID, cachesToRetire, PAGE_RUNNING, precacheName, SKIP_WAITING } from './publish/version';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const precache = new PrecacheController({ cacheName: precacheName(BUILD_ID) });
precache.addToCacheList(self.__WB_MANIFEST);
self.addEventListener('install', precache.install);
registerRoute(new PrecacheRoute(precache));

/** The page the build rendered in the address's language (as the server chooses it: scripts/serve.ts). */
export function pageFor(url: URL): string {
  const lang = url.searchParams.get('lang');
  return lang === 'en' ? 'index.en.html' : lang === 'zh' ? 'index.zh.html' : 'index.html';
}

// Pages from the network while there is one (its headers, and the newest page); offline, the precached page of the language.
registerRoute(
  new NavigationRoute(async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch {
      const page = await precache.matchPrecache(pageFor(url));
      if (!page) return Response.error();
      if (!isEmbedRequest(url.href)) return page;
      // The precached page came with the full app's headers (no framing); the embed view may be framed offline as online.
      return new Response(page.body, { status: page.status, statusText: page.statusText, headers: embeddable(Object.fromEntries(page.headers)) });
    }
  }),
);

// Another version's files, asked for by a page of that version that is still open (or by a newer one's page
// before its worker takes over): from that version's cache while it is kept, else the network.
const ASSETS = new URL('assets/', self.registration.scope).pathname;
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin && url.pathname.startsWith(ASSETS),
  async ({ request }) => (await caches.match(request, { ignoreVary: true })) ?? fetch(request),
);

/** Deletes the caches of earlier versions, once no open page runs one of them. */
async function retireEarlierVersions(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  // A page that does not answer in time (busy, frozen in a background tab, or an old version that cannot) keeps them.
  const versions = await Promise.all(pages.map((page) => askVersion(page, 3000)));
  const retired = cachesToRetire(await caches.keys(), BUILD_ID, versions);
  await Promise.all(retired.map((name) => caches.delete(name)));
}

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim().then(retireEarlierVersions)));

self.addEventListener('message', (event) => {
  if (answerVersion(event)) return;
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === SKIP_WAITING) event.waitUntil(self.skipWaiting());
  else if (type === PAGE_RUNNING) event.waitUntil(retireEarlierVersions());
});
