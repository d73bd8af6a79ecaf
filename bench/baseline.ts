/**
 * The benchmark's baseline: bare maplibre-gl drawing the same city polygons
 * with one fill layer coloured by count, no framework, no validation. The
 * counts are baked in at build time (the bench passes them through `define`),
 * so this page measures what MapLibre itself costs.
 *
 * With `?labels` it also names the cities (name and count) and the
 * neighbours, as the app's map does: symbol layers drawn with the same
 * self-hosted font from local glyphs, added once the coloured map is idle.
 * That page is a reference for what MapLibre's labels cost, not the anchor.
 */
import { Map, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import geoUrl from '../data/guangdong.geojson?url';
import contextUrl from '../data/context.geojson?url';

declare const __BASELINE_COLORS__: (string | number)[];
/** Each city's count, by adcode. */
declare const __BASELINE_COUNTS__: Record<string, number>;
const labelled = new URLSearchParams(location.search).has('labels');
setWorkerUrl(workerUrl);

const map = new Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#d9e6ee' } }] },
  bounds: [
    [109.65, 20.2],
    [117.35, 25.55],
  ],
  attributionControl: false,
  // As the app's map, the labelled page's labels appear at once (the anchor itself is left as it was).
  ...(labelled && { fadeDuration: 0 }),
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
  map.once('idle', () => {
    performance.mark('gd:first-idle');
    if (labelled) void addLabels(data);
  });
});

interface Named {
  properties: { name_en: string; label_lon: number; label_lat: number; adcode?: string };
}

const points = (features: Named[], props: (p: Named['properties']) => Record<string, string>) => ({
  type: 'FeatureCollection' as const,
  features: features.map(({ properties: p }) => ({
    type: 'Feature' as const,
    properties: props(p),
    geometry: { type: 'Point' as const, coordinates: [p.label_lon, p.label_lat] },
  })),
});

async function addLabels(cities: { features: Named[] }) {
  // The app's font, loaded only here, so the anchor's page stays as it was.
  await import('../src/fonts/generated/noto-sans-jp.css');
  const context = (await (await fetch(contextUrl)).json()) as { features: Named[] };
  const text = [...cities.features, ...context.features].map((f) => f.properties.name_en).join('') + '0123456789';
  await document.fonts.load('400 16px "Noto Sans JP"', text);
  map.addSource('context-labels', { type: 'geojson', data: points(context.features, (p) => ({ name: p.name_en })) });
  map.addSource('labels', { type: 'geojson', data: points(cities.features, (p) => ({ name: p.name_en, count: String(__BASELINE_COUNTS__[p.adcode!]) })) });
  const font = ['Noto Sans JP'];
  map.addLayer({
    id: 'context-label',
    type: 'symbol',
    source: 'context-labels',
    layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': 11, 'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.6 },
    paint: { 'text-color': '#6b6658', 'text-halo-color': '#f3f1ec', 'text-halo-width': 2 },
  });
  map.addLayer({
    id: 'city-label',
    type: 'symbol',
    source: 'labels',
    layout: {
      'text-field': ['format', ['get', 'name'], {}, '\n', {}, ['get', 'count'], { 'font-scale': 0.92 }],
      'text-font': font,
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 16],
      'text-line-height': 1.15,
      'text-padding': 1,
    },
    paint: { 'text-color': '#1f2328', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
  });
  map.once('idle', () => performance.mark('gd:labelled-idle'));
}
