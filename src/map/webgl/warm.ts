/**
 * Starts maplibre's worker as the first thing the page's script does, before
 * React and the app's own modules evaluate: the worker has a script of its
 * own to fetch and compile, and the map waits for it.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
prewarm();

/**
 * The page's shared GPU context, made now, while the GPU process is idle. The
 * first 2D canvas that draws makes it, and that is maplibre's glyph canvas
 * (TinySDF), once the labels ask for glyphs: there the context's creation waited
 * 141–196 ms for a GPU process busy with the map's first frames, a long task
 * of its own in Lighthouse's trace (docs/performance.md). Here it takes ~20 ms.
 */
if (typeof OffscreenCanvas !== 'undefined') {
  const context = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  context?.fillRect(0, 0, 1, 1);
  context?.getImageData(0, 0, 1, 1);
}
