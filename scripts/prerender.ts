/**
 * Renders the app's first view into the built page, once per UI language:
 * index.html (Japanese, the default), index.en.html and index.zh.html. A
 * reader's first paint is then the header, the panel with its legend and the
 * coloured SVG map, before any of the app's script has run; the server (or the
 * host, see the README's deploy notes) sends the page of the `lang` in the
 * address.
 *
 * The render is the app's own: Vite's SSR loads src/firstPaint/prerender.tsx,
 * the same components, store and data as the running app.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, createServer, type Plugin, type Rolldown } from 'vite';
import type { ContextGeo, CityDataFiles } from '../src/data/files.ts';
import { DATA_FILES } from '../src/data/files.ts';
import type { Lang } from '../src/domain/types.ts';
import { STRINGS } from '../src/i18n/strings.ts';

const root = path.resolve(import.meta.dirname, '..');
const NESTED = 'GD_PRERENDERING';

/** The page of each language: `index.html` for Japanese, `index.<lang>.html` for the others. */
export const PAGE_OF_LANG: Record<Lang, string> = { ja: 'index.html', en: 'index.en.html', zh: 'index.zh.html' };

const HTML_LANG: Record<Lang, string> = { ja: 'ja', en: 'en', zh: 'zh-Hans' };

function readData(): CityDataFiles & { context: ContextGeo } {
  const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  return {
    cities: read(DATA_FILES.cities),
    clusters: read(DATA_FILES.clusters),
    regions: read(DATA_FILES.regions),
    geo: read(DATA_FILES.geo),
    context: read(DATA_FILES.context),
  };
}

/** src/firstPaint/boot.ts as a classic script, with the targets it counts from. */
async function bootScript(data: CityDataFiles): Promise<string> {
  const compact = {
    cities: data.cities.map((c) => ({ adcode: c.adcode })),
    clusters: data.clusters.clusters.map((c) => ({
      id: c.id,
      tier: c.tier,
      // The colours need no region term (a regional target is pale whichever term reaches it).
      targets: c.targets.map(({ city, basis, role }) => ({ city, basis, role })),
    })),
  };
  const result = (await build({
    configFile: false,
    logLevel: 'error',
    define: { __FIRST_PAINT_DATA__: JSON.stringify(compact) },
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: path.join(root, 'src/firstPaint/boot.ts'), formats: ['iife'], name: 'gdFirstPaint' },
    },
  })) as Rolldown.RolldownOutput[];
  return result[0]!.output[0].code;
}

/**
 * The page's module for wider screens (src/main-wide.tsx) and what it needs
 * beyond what the page already names: its chunks (maplibre's among them) and
 * style sheets. The page's first script starts it there, and asks for these
 * files at once (src/firstPaint/boot.ts).
 */
export function wideEntry(bundle: Rolldown.OutputBundle, base: string): { entry: string; files: string[] } {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (root: Rolldown.OutputChunk) => {
    const seen = new Set<Rolldown.OutputChunk>();
    const visit = (c: Rolldown.OutputChunk | undefined) => {
      if (!c || seen.has(c)) return;
      seen.add(c);
      c.imports.forEach((f) => visit(byFile.get(f)));
    };
    visit(root);
    return seen;
  };
  const css = (cs: Iterable<Rolldown.OutputChunk>) =>
    new Set([...cs].flatMap((c) => [...((c as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])]));
  const entryOf = (test: RegExp) => chunks.find((c) => c.isEntry && test.test(c.facadeModuleId ?? ''));
  const page = entryOf(/\/index\.html$|\/src\/main\.tsx$/);
  const wide = entryOf(/\/src\/main-wide\.tsx$/);
  if (!page || !wide) throw new Error('prerender: the bundle has no entry for index.html and src/main-wide.tsx');
  const pageChunks = closure(page);
  const wideChunks = closure(wide);
  const pageCss = css(pageChunks);
  const files = [...[...wideChunks].filter((c) => c !== wide && !pageChunks.has(c)).map((c) => c.fileName), ...[...css(wideChunks)].filter((f) => !pageCss.has(f))];
  return { entry: `${base}${wide.fileName}`, files: files.map((f) => `${base}${f}`) };
}

/** The built page with the rendered app in #root (the hidden "cannot start" notice before it), the boot script first in <head> (with the modules it starts), the language on <html> and the title in it. */
export function pageFor(
  html: string,
  markup: string,
  lang: Lang,
  bootSrc: string,
  wide: { entry: string; files: readonly string[] } = { entry: '', files: [] },
  chineseFont?: string,
  startFailed = '',
): string {
  // The page's own modules are asked for by the boot script when the app starts (after the first paint where the
  // build's page shows), not by the page: files requested before that paint only compete with it.
  const modulePreload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
  const pageFiles = [...html.matchAll(modulePreload)].map((m) => m[1]!);
  const out = html
    .replace(modulePreload, '')
    // Chinese text is set in Noto Sans SC: the Chinese page preloads its first-view file instead of Noto Sans JP's (scripts/uiFont.ts).
    .replace(/href="[^"]*noto-sans-jp-ui-[^"]+\.woff2"/, (href) => (lang === 'zh' && chineseFont ? `href="${chineseFont}"` : href))
    // The boot script starts the app itself (src/firstPaint/boot.ts): it takes the two modules' addresses, their files, and the wider screens' files.
    .replace(
      /<script type="module" crossorigin src="([^"]+)"><\/script>/,
      `<script src="${bootSrc}" data-app="$1" data-files="${pageFiles.join(' ')}" data-app-wide="${wide.entry}" data-wide-files="${wide.files.join(' ')}"></script>`,
    )
    .replace(/<html lang="[^"]*"/, `<html lang="${HTML_LANG[lang]}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${STRINGS.appTitle[lang]}</title>`)
    .replace('<div id="root"></div>', `${startFailed}<div id="root" data-prerendered="${lang}">${markup}</div>`);
  if (!out.includes(`data-prerendered="${lang}"`)) throw new Error('prerender: index.html has no empty <div id="root"></div>');
  if (!out.includes('data-app="')) throw new Error("prerender: index.html has no module script for the app's entry");
  return out;
}

export function prerender(): Plugin {
  let base = '/';
  return {
    name: 'prerender',
    configResolved: (config) => void (base = config.base),
    // Not inside the render's own Vite server, which loads this same config.
    apply: (_config, env) => env.command === 'build' && !process.env[NESTED],
    // After Vite's HTML plugin has written the page into the bundle.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return this.error('prerender: the bundle has no index.html');
      process.env[NESTED] = '1';
      const server = await createServer({
        configFile: path.join(root, 'vite.config.ts'),
        appType: 'custom',
        logLevel: 'error',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
        resolve: { alias: [{ find: /^maplibre-gl$/, replacement: path.join(root, 'src/firstPaint/maplibre-stub.ts') }] },
      });
      try {
        const { renderFirstPaint, renderStartFailed } = (await server.ssrLoadModule('/src/firstPaint/prerender.tsx')) as typeof import('../src/firstPaint/prerender');
        const data = readData();
        const html = String(page.source);
        const boot = this.emitFile({ type: 'asset', name: 'first-paint.js', source: await bootScript(data) });
        const bootSrc = `${base}${this.getFileName(boot)}`;
        const wide = wideEntry(bundle, base);
        const chineseFont = Object.keys(bundle).find((f) => /^assets\/noto-sans-sc-ui-[^/]+\.woff2$/.test(f));
        if (!chineseFont) return this.error('prerender: the bundle has no noto-sans-sc-ui font file');
        for (const lang of ['ja', 'en', 'zh'] as const) {
          const source = pageFor(html, renderFirstPaint(data, lang), lang, bootSrc, wide, `${base}${chineseFont}`, renderStartFailed(lang));
          if (lang === 'ja') page.source = source;
          else this.emitFile({ type: 'asset', fileName: PAGE_OF_LANG[lang], source });
        }
      } finally {
        await server.close();
        delete process.env[NESTED];
      }
    },
  };
}
