/**
 * The build renders the app's first view into index.html with this module
 * (scripts/prerender.ts loads it through Vite's SSR): the same components and
 * data as the running app, in the default view of one language, with the map
 * as SVG (src/map/svg/SvgMap.tsx) in place of the WebGL map.
 */
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from '../App';
import { datasetOf, type CityDataFiles, type ContextGeo } from '../data/files';
import type { Lang } from '../domain/types';
import { projectToBounds } from '../map/projection';
import { PrerenderShapes } from '../map/svg/buildMap';
import { svgMapPart } from '../map/svg/load';
import * as svgMap from '../map/svg/SvgMap';
import { PartFailed } from '../store/partFailed';
import { useAppStore } from '../store/store';
import { DEFAULT_VIEW } from '../store/url';

// The build draws the SVG map into the page in the same render, not a render later.
svgMapPart.set(svgMap);

export function renderFirstPaint(files: CityDataFiles & { context: ContextGeo }, lang: Lang): string {
  const { geo, ...dataset } = datasetOf(files);
  const store = useAppStore.getState();
  store.applyView({ ...DEFAULT_VIEW, lang });
  store.setData({ status: 'ready', data: { dataset, geo } });
  store.setContext({ status: 'ready', context: files.context });
  return renderToString(
    <PrerenderShapes.Provider value={projectToBounds(geo, files.context)}>
      <App />
    </PrerenderShapes.Provider>,
  );
}

/**
 * What the page says if the app's own module cannot be loaded, hidden until the page's first script shows it
 * (src/firstPaint/boot.ts): the app's own notice, in the page's HTML rather than in that script, whose every byte
 * is on the first view's path.
 */
export function renderStartFailed(lang: Lang): string {
  useAppStore.getState().setLang(lang);
  return renderToStaticMarkup(<PartFailed part="app" whole hidden />);
}
