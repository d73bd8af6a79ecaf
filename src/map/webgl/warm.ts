/**
 * Starts maplibre's worker as the first thing the page's script does, before
 * React and the app's own modules evaluate: the worker has a script of its
 * own to fetch and compile, and the map waits for it.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
prewarm();
