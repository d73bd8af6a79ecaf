/**
 * Whether the page starts with the SVG map alone, and the WebGL map's module.
 *
 * On a phone-sized screen that got the build's page, its SVG map is the map:
 * maplibre (its script, WebGL context and first frames, seconds of a slow
 * phone's main thread) loads only when the reader asks to zoom and pan. On a
 * wider screen the page's module is src/main-wide.tsx, which has the map's
 * module in already (src/map/webgl/wide.ts).
 */
import { FIRST_PAINT_MEDIA } from '../media';

type MapViewModule = typeof import('./MapView');

// (False where the build renders the page: there is no screen, and nothing is loaded.)
const browser = typeof document !== 'undefined';
export const svgMapFirst = browser && matchMedia(FIRST_PAINT_MEDIA).matches && document.querySelector('#root svg.svg-map') !== null;

let loaded: MapViewModule | null = null;
let loading: Promise<MapViewModule> | null = null;

/** The WebGL map's module, with its worker started (once). */
export function loadMapView(): Promise<MapViewModule> {
  loading ??= loaded ? Promise.resolve(loaded) : Promise.all([import('./warm'), import('./MapView')]).then(([, module]) => (loaded = module));
  return loading;
}

/** Where the page's module imported the map statically (src/map/webgl/wide.ts). */
export function setMapView(module: MapViewModule): void {
  loaded = module;
}

/** The module if it is in: the app's first render then draws the map at once instead of suspending. */
export const mapViewIfLoaded = (): MapViewModule | null => loaded;

