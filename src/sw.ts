/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa, injectManifest): a reader who
 * has opened the map once can reload it without a network. The build's
 * precache list holds the app shell (the three language pages, scripts, style
 * sheets), the data files and the fonts' first-view files; a font's second
 * file (the policy text's characters) is kept when first used, and so are the
 * PDF writer and its fonts. A new version
 * takes over at once (skipWaiting, clients.claim); the page says so quietly
 * (src/publish/offline.ts) and runs it from the next visit.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { embeddable, isEmbedRequest } from './publish/headers';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

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
      const page = await matchPrecache(pageFor(url));
      if (!page) return Response.error();
      if (!isEmbedRequest(url.href)) return page;
      // The precached page came with the full app's headers (no framing); the embed view may be framed offline as online.
      return new Response(page.body, { status: page.status, statusText: page.statusText, headers: embeddable(Object.fromEntries(page.headers)) });
    }
  }),
);

// The fonts' second files, fetched when the policy text is first shown: kept for reading offline.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /\/assets\/noto-sans-[a-z]+-text-[^/]+\.woff2$/.test(url.pathname),
  new CacheFirst({ cacheName: 'gd-fonts' }),
);

// The PDF and PowerPoint writers and the PDF's fonts, fetched when first used: kept, so the next export needs no network.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /\/assets\/((js)?pdf-[^/]+\.(js|ttf)|pptx[^/]*\.js)$/.test(url.pathname),
  new CacheFirst({ cacheName: 'gd-pdf' }),
);

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
