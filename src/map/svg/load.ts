/**
 * The SVG map (src/map/svg/SvgMap.tsx), loaded when an SVG map is first
 * shown: a phone's first view (src/main.tsx loads it with the data, so the
 * first render adopts the build's map at once), the map without WebGL, the
 * stand-in for a lost context. A desktop's first view, the WebGL map, does
 * without it.
 */
import { lazyPart } from '../../store/lazyPart';
import { useAppStore } from '../../store/store';

export const svgMapPart = lazyPart('svg-map', () => import('./SvgMap'), (m) => m.SvgMap);

const withStaticMap: (() => Promise<unknown>)[] = [];

/** What else a static map's view shows at once (the table under it), loaded with it: src/main.tsx names it. */
export function loadWithStaticMap(load: () => Promise<unknown>): void {
  withStaticMap.push(load);
}

/**
 * Everything the map without WebGL shows, loaded before the map turns static,
 * so the view is laid out once: the city panel puts the city in sight of a
 * page that does not move after.
 */
const loadStaticMap = (): Promise<unknown> => Promise.all([svgMapPart.preload(), ...withStaticMap.map((load) => load())]);

/**
 * No WebGL map can be had (`module`: its code did not load): the static map, once it and what it shows are in (or
 * failed to load: they say so where shown).
 */
export function turnStatic(cause?: 'module'): void {
  void loadStaticMap()
    .catch(() => null)
    .then(() => useAppStore.getState().webglMapFailed(cause));
}
