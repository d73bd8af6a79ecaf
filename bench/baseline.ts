/**
 * The benchmark's baseline: bare maplibre-gl drawing the same city polygons
 * with one fill layer coloured by count, no framework, no validation. The
 * counts are baked in at build time (the bench passes them through `define`),
 * so this page measures what MapLibre itself costs.
 */
import { Map, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import geoUrl from '../data/guangdong.geojson?url';

declare const __BASELINE_COLORS__: (string | number)[];
setWorkerUrl(workerUrl);

const map = new Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#d9e6ee' } }] },
  bounds: [
    [109.65, 20.2],
    [117.35, 25.55],
  ],
  attributionControl: false,
});
performance.mark('gd:map-created');
map.on('load', async () => {
  performance.mark('gd:style-load');
  const data = await (await fetch(geoUrl)).json();
  map.addSource('cities', { type: 'geojson', data });
  map.addLayer({
    id: 'fill',
    type: 'fill',
    source: 'cities',
    paint: { 'fill-color': ['match', ['id'], ...__BASELINE_COLORS__, '#cccccc'] as never, 'fill-outline-color': '#ffffff' },
  });
  performance.mark('gd:city-layers');
  map.once('idle', () => performance.mark('gd:first-idle'));
});
