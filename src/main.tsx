// First the data requests start, before anything else evaluates (on wider screens, the page's module
// is src/main-wide.tsx, which starts the map's worker and module next, then runs this one).
import './data/early';
import { loadMapView, mapViewIfLoaded, svgMapFirst } from './map/webgl/start';
// Noto Sans JP and SC cut to the app's characters at build time (scripts/uiFont.ts); a file is fetched when text needs it.
import './fonts/generated/noto-sans-jp.css';
import './fonts/generated/noto-sans-sc.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BuildSvgMap, takePrerenderedMap } from './map/svg/buildMap';
import { loadWithStaticMap, svgMapPart } from './map/svg/load';
import { embedPart } from './embedPart';
import { cityPanelPart, clusterCardPart, tableViewPart } from './panels/parts';
import { loadData } from './store/loadData';
import { useAppStore, type AppState } from './store/store';
import { UrlSync } from './store/urlSync';
import { PartBoundary } from './store/partFailed';
import { afterFirstView } from './store/later';
import './styles.css';

// The address becomes the view, and the store takes over the loads early.ts
// started, before React's first render: that render already shows the linked
// view, and the data reaches the map as soon as it is in. Both last as long as
// the page.
new UrlSync().addTo(useAppStore);
loadData();

// Where the build rendered the page (index.html), its SVG map stays on screen
// through the hand-over, and React's first render waits for the data, so the
// render that replaces the page shows all of it (src/map/svg/SvgMap.tsx).
const rootElement = document.getElementById('root')!;
// Only a narrow screen shows the build's page (see FIRST_PAINT_MEDIA); a wide one starts as an app without it.
// There the SVG map is the map, and the WebGL map waits until the reader asks for it (src/map/webgl/start.ts).
const buildMap = svgMapFirst ? takePrerenderedMap(rootElement) : null;
const prerendered = buildMap !== null;
// A wide screen shows the build's page, but for its map, when the app's first render will look the same
// (src/firstPaint/boot.ts): that render replaces it, in one commit. Otherwise the page is hidden (styles.css) and
// goes now, so the WebGL map, created in React's first commit before the App's effects run, is laid out in the
// visible page and fits the province to it.
const wideBuildPage = document.documentElement.classList.contains('fp-wide');
if (!prerendered && !wideBuildPage) {
  rootElement.replaceChildren();
  rootElement.removeAttribute('data-prerendered');
}
useAppStore.getState().startMap(prerendered);

// The first render is a transition: React yields between slices, so the data
// and the map worker's messages are taken in while it renders.
const root = createRoot(rootElement);
const render = () =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <BuildSvgMap.Provider value={buildMap}>
          {/* Whatever fails below, the page says so and offers a reload at the same view: never a blank page. */}
          <PartBoundary part="app" whole>
            <App />
          </PartBoundary>
        </BuildSvgMap.Provider>
      </StrictMode>,
    ),
  );
// What the linked view shows at once and loads apart (src/store/lazyPart.tsx): the first render waits for it, so it
// draws it in place rather than a gap that fills in and moves what follows. A part that fails to load is
// loaded again where it is shown.
const { view } = useAppStore.getState();
// Without WebGL the table is under the static map: it loads with that map (src/map/svg/load.ts).
loadWithStaticMap(tableViewPart.preload);
const firstParts = [
  view.embed && embedPart.preload(),
  view.industries?.length === 1 && clusterCardPart.preload(),
  view.mainView === 'table' && tableViewPart.preload(),
  view.city !== null && cityPanelPart.preload(),
]
  .filter((p) => p !== false)
  .map((p) => p.catch(() => null));
/** Resolves once the store's state passes `test`. */
const until = (test: (state: AppState) => boolean) =>
  new Promise<void>((resolve) => {
    if (test(useAppStore.getState())) return resolve();
    const unsubscribe = useAppStore.subscribe((s) => {
      if (!test(s)) return;
      unsubscribe();
      resolve();
    });
  });
/** The data in (or failed): the render that replaces the build's page waits for it, so it shows all of it. */
const dataIn = () => until((s) => s.data.status !== 'loading');
if (!prerendered) {
  // The first render creates the map: its module is in (src/main-wide.tsx) or
  // is awaited (the dev server's page); had the render suspended on it, the map
  // would be created a render later. If it fails to load, the app renders
  // without it and the map's own loader reports the failure.
  // The render that replaces the build's page on a wide screen waits for the data. (That page is on screen by
  // then: the boot script starts this module after its first paint, so the GPU has drawn the page's first frame
  // before the map's first programs are made, which then wait less; docs/performance.md.)
  const waits = [...firstParts, ...(wideBuildPage ? [dataIn()] : [])];
  if (mapViewIfLoaded() && !waits.length) render();
  else void Promise.all([mapViewIfLoaded() ?? loadMapView().catch(() => null), ...waits]).then(render);
} else {
  // The build's map is adopted by the SVG map in the first render: its module comes with the data (if it fails to
  // load, the render goes ahead, and the map area loads it again).
  void Promise.all([dataIn(), svgMapPart.preload().catch(() => null), ...firstParts]).then(render);
}

// Offline after one visit (src/sw.ts): the worker is registered from a module of its own once the first view is
// complete (the page loaded, and the WebGL map, where it starts at once, drawn), and after it (afterFirstView).
// (If its module cannot be loaded, the page stays online-only, as without a service worker.)
const loaded = new Promise((resolve) => (document.readyState === 'complete' ? resolve(null) : addEventListener('load', resolve, { once: true })));
void Promise.all([loaded, until((s) => s.map.mode !== 'webgl-starting')])
  .then(() => new Promise<void>((resolve) => afterFirstView(resolve)))
  .then(() => import('./publish/offline'))
  .then(
    (m) => m.registerOffline(() => useAppStore.getState().setUpdateReady(true)),
    () => {},
  );
