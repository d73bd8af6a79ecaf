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
 * then. The app's module (src/main.tsx) starts after the first paint.
 *
 * On a wider screen it asks for the wide module (src/main-wide.tsx) and its
 * files at once and starts it when the page is parsed. The build's page shows
 * there too, but for its SVG map (the WebGL map takes that place), when the
 * app's first render will look the same (`.fp-wide`): the build's view, in
 * the page's language, on the map, with no city, comparison or notice.
 * Otherwise it stays hidden.
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
  clusters: (Pick<Cluster, 'id' | 'tier'> & { targets: Pick<Target, 'city' | 'basis' | 'role' | 'term'>[] })[];
};
// deriveView and cityFill read no other fields of the cities and clusters.
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
if (!narrow && samePanel && view.mainView === 'map' && !view.city && !view.compare && !view.embed && !notices.length) root.classList.add('fp-wide');
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

/**
 * On a wider screen the WebGL map starts at once: the wide module and the
 * files it needs beyond the page's (maplibre, its style sheet) are asked for
 * now, while the page is parsed.
 */
function preloadWide() {
  for (const href of [app, ...(script?.dataset.wideFiles?.split(' ') ?? [])].filter((h): h is string => !!h)) {
    const link = document.createElement('link');
    link.rel = href.endsWith('.css') ? 'stylesheet' : 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * Starts the app. On a narrow screen only after the first frame: on a fast
 * connection the app's module is in before the page is parsed, and would run
 * (React's evaluation and first render are long tasks) before anything is
 * painted. On a wider screen the build's page is not shown, and the app
 * starts as a deferred module would, when the page is parsed.
 */
function startApp() {
  if (!app) return;
  const module = document.createElement('script');
  module.type = 'module';
  module.crossOrigin = '';
  module.src = app;
  document.head.append(module);
}
let started = false;
const startOnce = () => {
  if (started) return;
  started = true;
  startApp();
};
if (narrow) {
  // The coloured map is painted with the page's first contentful paint; the
  // app starts once that paint is on screen (its timing entry comes after
  // presentation), or after a second if none comes (a tab in the background
  // paints nothing).
  new PerformanceObserver((list, observer) => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (!fcp) return;
    observer.disconnect();
    performance.mark('gd:map-painted', { startTime: fcp.startTime });
    setTimeout(startOnce);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(startOnce, 1000);
} else {
  preloadWide();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startOnce, { once: true });
  else startOnce();
}
