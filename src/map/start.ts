/**
 * Whether the page starts with the SVG map alone, and if not, the WebGL map's
 * start. Imported by the page's script right after the data requests, so the
 * map's worker and module start before React and the app's own modules
 * evaluate (the page's first script has already asked for both files:
 * src/firstPaint/boot.ts).
 *
 * On a phone-sized screen that got the build's page, its SVG map is the map:
 * maplibre (its script, WebGL context and first frames, seconds of a slow
 * phone's main thread) loads only when the reader asks to zoom and pan.
 */
import { FIRST_PAINT_MEDIA } from '../firstPaint/media';

export const svgMapFirst = matchMedia(FIRST_PAINT_MEDIA).matches && document.querySelector('#root svg.first-paint-map') !== null;

if (!svgMapFirst) {
  void import('./warm');
  void import('./MapView');
}
