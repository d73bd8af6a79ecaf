import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { dataDigestsPlugin } from './scripts/dataCheck.ts';
import { CSP, SECURITY_HEADERS } from './src/publish/headers.ts';
import { precompress } from './scripts/serve.ts';
import { prerender } from './scripts/prerender.ts';
import { uiFont } from './scripts/uiFont.ts';
import { buildTargets } from './scripts/browsers.ts';
import { buildId } from './scripts/buildId.ts';
import { FIRST_PAINT_MEDIA } from './src/map/media.ts';

/**
 * The Content Security Policy (src/publish/headers.ts) as a meta tag in built
 * pages; `npm start`'s server also sends it as a header, with frame-ancestors.
 * The dev server is left without it: its hot-reload preamble is an inline script.
 */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * What the first view needs, requested from the page's head so it downloads
 * while the scripts do instead of after them: every JSON asset (the data
 * files src/data/load.ts fetches at start; its fetch() takes the preloaded
 * responses, same URL and mode) and the UI font's first-view file.
 *
 * The data only on wider screens, where the WebGL map starts at once. On a
 * phone the build's page is the first view and the app starts after its first
 * paint, so the page's first script asks for the data then (src/firstPaint/
 * boot.ts); five downloads in the head held that paint back by ~60 ms
 * (docs/performance.md, fifth look).
 */
const PRELOADS: [RegExp, Record<string, string>][] = [
  [/^assets\/[^/]+\.(json|geojson)$/, { as: 'fetch', crossorigin: 'anonymous', media: `not all and ${FIRST_PAINT_MEDIA}` }],
  [/^assets\/noto-sans-jp-ui-[^/]+\.woff2$/, { as: 'font', type: 'font/woff2', crossorigin: 'anonymous' }],
];

function preloadFirstView(): Plugin {
  let base = '/';
  return {
    name: 'preload-first-view',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .sort()
          .flatMap((file) => {
            const attrs = PRELOADS.find(([test]) => test.test(file))?.[1];
            return attrs ? [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${file}`, ...attrs }, injectTo: 'head' as const }] : [];
          }),
    },
  };
}

/** The app's icons for the web app manifest, drawn from public/favicon.svg at build (with resvg), so no image is kept in the repository. */
function appIcons(): Plugin {
  return {
    name: 'app-icons',
    apply: 'build',
    generateBundle() {
      const svg = readFileSync(fileURLToPath(new URL('./public/favicon.svg', import.meta.url)), 'utf8');
      for (const size of [192, 512])
        this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng() });
    },
  };
}

export default defineConfig({
  // The build's version, in the page and in its service worker alike (src/publish/version.ts).
  define: { __BUILD_ID__: JSON.stringify(buildId()) },
  plugins: [
    uiFont(),
    dataDigestsPlugin(),
    react(),
    cspMeta(),
    preloadFirstView(),
    prerender(),
    appIcons(),
    // Offline after one visit, and installable (src/sw.ts; registered by src/publish/offline.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      injectManifest: {
        // Every file the app may ask for, so that a page open across a deploy can still load each of its parts
        // (src/publish/version.ts): pages, scripts and workers, styles, data, fonts, the PDF's fonts. Not the
        // .br/.gz twins, nor the script that pages embedding the map run on their own site.
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson,svg,webmanifest,woff2,ttf,png}'],
        globIgnores: ['**/embed.js'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      manifest: {
        name: 'Guangdong Strategic Cluster Map',
        short_name: 'GD Clusters',
        description: 'Where Guangdong wants its 20 strategic industry clusters to grow, city by city.',
        lang: 'ja',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fafaf8',
        theme_color: '#225ea8',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
    // .br and .gz beside each file, for `npm start` (and any static host) to serve precompressed.
    precompress(),
  ],
  resolve: {
    // jsPDF's optional helpers for HTML pages and SVG images, and its PNG reader, which the PDF export never calls.
    alias: [{ find: /^(html2canvas|canvg|dompurify|fast-png)$/, replacement: fileURLToPath(new URL('./src/export/notBundled.ts', import.meta.url)) }],
  },
  build: {
    // The supported browsers (package.json's browserslist; README: Browser support), for the JS and the CSS.
    target: buildTargets(),
    cssTarget: buildTargets(),
    sourcemap: false,
    // No data: URIs: fonts and data stay files, so the CSP can stay 'self' only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // Map library and UI library in chunks of their own: the browser compiles
    // them in parallel as they download, and each caches apart from the app.
    rolldownOptions: {
      // The page's module for wider screens, which the page's first script starts there (src/main-wide.tsx).
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), wide: fileURLToPath(new URL('./src/main-wide.tsx', import.meta.url)) },
      output: {
        codeSplitting: {
          groups: [
            // The data loader in a chunk of its own, which the entry imports first, so
            // the requests start before the other chunks evaluate (src/data/early.ts).
            { name: 'load', test: /[\\/]src[\\/]data[\\/](early|load|files)\.ts$|data-digests/ },
            { name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ },
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The app code both page modules (phone and wide) start with, in one chunk rather than several
            // of a few KB: on a slow connection each is a request in the first view's critical chain.
            // Policy search and the neighbour graph stay apart: they load when used.
            // The reader's own data (store/yours.ts) is not part of it: it loads with the feature.
            { name: 'shared', test: /[\\/]src[\\/](domain[\\/](?!search)|store[\\/](?!yours)|map[\\/](model\.ts|media\.ts|labels\.ts|svgElement\.ts|keys[\\/](?!neighbours|MapKeysDialog)))|[\\/]src[\\/]i18n[\\/]strings\.ts$/ },
            // The WebGL map's style, feature state and live-map registry in one chunk with the map's first view, also
            // when a later chunk (the reader's sites, src/map/webgl/sitesLayer.ts) imports them.
            { name: 'featureState', test: /[\\/]src[\\/]map[\\/]webgl[\\/](featureState|style|live|fonts)\.ts$/ },
            // The PDF writer (jsPDF, with what it imports), loaded by the export menu's "PDF" only.
            { name: 'jspdf', test: /[\\/]node_modules[\\/]jspdf[\\/]/ },
          ],
        },
      },
    },
  },
  // The workers as modules: the PowerPoint writer (src/export/pptx.worker.ts, with pptxgenjs and JSZip) and the reader
  // of the reader's own files (src/yours/yours.worker.ts).
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].js' } },
  },
  preview: {
    port: 4173,
    headers: SECURITY_HEADERS,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
