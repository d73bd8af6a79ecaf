/**
 * Whether the page starts with the SVG map alone, and the WebGL map's module.
 * Imported by the page's script right after the data requests, so the map's
 * worker and module start before React and the app's own modules evaluate
 * (the page's first script has already asked for their files:
 * src/firstPaint/boot.ts).
 *
 * On a phone-sized screen that got the build's page, its SVG map is the map:
 * maplibre (its script, WebGL context and first frames, seconds of a slow
 * phone's main thread) loads only when the reader asks to zoom and pan.
 */
import { FIRST_PAINT_MEDIA } from '../firstPaint/media';

type MapViewModule = typeof import('./MapView');

// (False where the build renders the page: there is no screen, and nothing is loaded.)
const browser = typeof document !== 'undefined';
export const svgMapFirst = browser && matchMedia(FIRST_PAINT_MEDIA).matches && document.querySelector('#root svg.first-paint-map') !== null;

let loaded: MapViewModule | null = null;
let loading: Promise<MapViewModule> | null = null;

/** The WebGL map's module, with its worker started (once). */
export function loadMapView(): Promise<MapViewModule> {
  loading ??= Promise.all([import('./warm'), import('./MapView')]).then(([, module]) => (loaded = module));
  return loading;
}

/** The module if it is in: the app's first render then draws the map at once instead of suspending. */
export const mapViewIfLoaded = (): MapViewModule | null => loaded;

if (browser && !svgMapFirst) void loadMapView();
