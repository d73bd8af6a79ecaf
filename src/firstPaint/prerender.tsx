/**
 * The build renders the app's first view into index.html with this module
 * (scripts/prerender.ts loads it through Vite's SSR): the same components and
 * data as the running app, in the default view of one language, with the map
 * as SVG (src/map/svg/SvgMap.tsx) in place of the WebGL map.
 */
import { renderToString } from 'react-dom/server';
import { App } from '../App';
import { datasetOf, type CityDataFiles, type ContextGeo } from '../data/files';
import type { Lang } from '../domain/types';
import { projectToBounds } from '../map/projection';
import { PrerenderShapes } from '../map/svg/SvgMap';
import { useAppStore } from '../store/store';
import { DEFAULT_VIEW } from '../store/url';

export function renderFirstPaint(files: CityDataFiles & { context: ContextGeo }, lang: Lang): string {
  const { geo, ...dataset } = datasetOf(files);
  // A server render reads a zustand store's initial state (useSyncExternalStore's
  // server snapshot), not its current one: the build's state goes there.
  Object.assign(useAppStore.getInitialState(), {
    view: { ...DEFAULT_VIEW, lang },
    data: { status: 'ready', data: { dataset, geo } },
    context: { status: 'ready', context: files.context },
  });
  return renderToString(
    <PrerenderShapes.Provider value={projectToBounds(geo, files.context)}>
      <App />
    </PrerenderShapes.Provider>,
  );
}
