/**
 * The page's first script, small and blocking in <head> (scripts/prerender.ts
 * bundles it with the clusters' targets).
 *
 * On a phone-sized screen, where the build's page is shown: before the body
 * is drawn, it colours the build's SVG map for the view in the address, so
 * even the very first paint of a link to, say, the emerging tier shows
 * emerging counts. It uses the app's own parsing, counting and colouring. The
 * colours go in a constructed style sheet (the CSP forbids inline styles; the
 * CSSOM is allowed), under `.fp-boot`, which the app removes when it takes
 * over; the panel's view-dependent text is hidden under `.fp-custom` until
 * then.
 *
 * On a wider screen the page's module is src/main-wide.tsx, which brings the
 * WebGL map's. The build's page shows there too, but for its SVG map (the
 * WebGL map takes that place), when the app's first render will look the same
 * (`.fp-wide`): the build's view, in the page's language, on the map, with no
 * city, comparison or notice. Otherwise it stays hidden.
 *
 * Where the build's page shows, the app's modules are asked for and started
 * after its first paint; where it does not, when the page is parsed.
 */
import type { City, Cluster, Target } from '../domain/types';
import { deriveView, type CountedData } from '../store/derived';
import { cityFill } from '../map/model';
import { DEFAULT_VIEW, parseView } from '../store/url';
import { FIRST_PAINT_MEDIA } from '../map/media';
import { applyTheme, storedTheme } from '../store/theme';

/** The cities and, per cluster, its id, tier and targets: what the colours are computed from. */
declare const __FIRST_PAINT_DATA__: {
  cities: Pick<City, 'adcode'>[];
  clusters: (Pick<Cluster, 'id' | 'tier'> & { targets: Pick<Target, 'city' | 'basis' | 'role'>[] })[];
};
// cityFill reads no other fields of deriveView's result, and deriveView needs no others to compute them.
const data = __FIRST_PAINT_DATA__ as unknown as CountedData;

const root = document.documentElement;
// A theme chosen on this device, before anything is painted (src/store/theme.ts).
applyTheme(storedTheme());
const script = document.currentScript as HTMLScriptElement | null;
const narrow = matchMedia(FIRST_PAINT_MEDIA).matches;
const { view, notices } = parseView(location.search);
const pageLang = root.lang === 'zh-Hans' ? 'zh' : root.lang;
const sameView = view.tier === DEFAULT_VIEW.tier && view.industries === null && view.count === DEFAULT_VIEW.count;
// The panel's text as the build wrote it: the same counts, in the page's language.
const samePanel = sameView && view.lang === pageLang;
if (narrow && !samePanel) root.classList.add('fp-custom');
// What the build rendered, and nothing more: on a wider screen, its page shows (all but its SVG map) until the app's.
const wideBuildPage = !narrow && samePanel && view.mainView === 'map' && !view.city && !view.compare && !view.embed && !notices.length;
if (wideBuildPage) root.classList.add('fp-wide');
// The embed view has its own layout (src/Embed.tsx): the build's full page stays hidden, its SVG map is adopted.
if (view.embed) root.classList.add('fp-embed');
if (narrow && !sameView && 'adoptedStyleSheets' in document) {
  const derived = deriveView(data, view);
  const rules = data.cities.map(({ adcode }) => {
    const { fill, opacity } = cityFill(derived, adcode);
    return `.fp-boot svg.svg-map path[data-adcode="${adcode}"]{fill:${fill};fill-opacity:${opacity}}`;
  });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  root.classList.add('fp-boot');
}

/** The page's module: src/main.tsx on a narrow screen, src/main-wide.tsx (the WebGL map's module in) on a wider one. */
const app = narrow ? script?.dataset.app : script?.dataset.appWide || script?.dataset.app;

/** The page's module's files, and on a wider screen also the WebGL map's (maplibre, its style sheet). */
const files = [...(script?.dataset.files?.split(' ') ?? []), ...(narrow ? [] : [app, ...(script?.dataset.wideFiles?.split(' ') ?? [])])];

/**
 * Asks for the app's files all at once, rather than each after the module that imports it. On a narrow screen
 * also the data: the page's preloads of it are for wider screens only (their media, vite.config.ts), so that
 * they do not share the first paint's time; clearing their media asks for them now.
 */
function preload() {
  for (const href of files.filter((h): h is string => !!h)) {
    const link = document.createElement('link');
    link.rel = href.endsWith('.css') ? 'stylesheet' : 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  if (narrow) for (const link of document.querySelectorAll<HTMLLinkElement>('link[as][media]')) link.media = '';
}

/**
 * The app's module (or one it imports) could not be loaded, say because a new version replaced it on the host
 * between this page and its scripts: the page says so (the build wrote it, hidden: scripts/prerender.ts), with a
 * reload at the same view.
 */
function startFailed() {
  const said = document.querySelector<HTMLElement>('[data-part="app"][hidden]');
  if (!said) return;
  said.hidden = false;
  said.querySelector('button')?.addEventListener('click', () => location.reload());
}

/** Starts the app: its files, then its module. */
function startApp() {
  if (!app) return;
  preload();
  const module = document.createElement('script');
  module.type = 'module';
  module.crossOrigin = '';
  module.src = app;
  module.addEventListener('error', startFailed, { once: true });
  document.head.append(module);
}
let started = false;
const startOnce = () => {
  if (started) return;
  started = true;
  startApp();
};
if (narrow || wideBuildPage) {
  // The build's page is painted first, and the app starts once that paint is
  // on screen (its timing entry comes after presentation), or after a second
  // if none comes (a tab in the background paints nothing). Earlier, its
  // files would share the connection with the page's style sheet and font,
  // and its modules' evaluation and first render (long tasks) would hold the
  // paint back (docs/performance.md).
  new PerformanceObserver((list, observer) => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (!fcp) return;
    observer.disconnect();
    // The coloured map is painted with it on a narrow screen (on a wider one the WebGL map marks its own paint).
    if (narrow) performance.mark('gd:map-painted', { startTime: fcp.startTime });
    setTimeout(startOnce);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(startOnce, 1000);
} else {
  // Nothing of the build's page shows: the app starts as a deferred module would, when the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startOnce, { once: true });
  else startOnce();
}
