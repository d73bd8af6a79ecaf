/**
 * The reader's sites on the WebGL map (the model: src/map/sites.ts), loaded
 * with the first import: a clustered GeoJSON source, so dense sites are drawn
 * as one circle with their number (maplibre groups them within 40 px, and a
 * click on a group zooms in to part it); a click on a site opens its city.
 * It follows the map through a lost context (live.ts) and the data through
 * the store.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { SITE } from '../../domain/palette';
import { useAppStore } from '../../store/store';
import { yoursStore } from '../../store/yours';
import { sitePoints, sitePointsGeojson } from '../sites';

const SOURCE = 'sites';

function data() {
  const s = useAppStore.getState();
  if (s.data.status !== 'ready') return sitePointsGeojson([]);
  return sitePointsGeojson(sitePoints(yoursStore.getState().data, s.data.data.geo));
}

function addTo(map: MapLibreMap, font: string[]) {
  if (map.getSource(SOURCE)) return;
  map.addSource(SOURCE, { type: 'geojson', data: data(), cluster: true, clusterRadius: 40, clusterMaxZoom: 9, clusterProperties: { sites: ['+', ['get', 'count']] } });
  const grouped = ['has', 'point_count'] as const;
  map.addLayer({
    id: 'site-groups',
    type: 'circle',
    source: SOURCE,
    filter: grouped as never,
    paint: { 'circle-color': SITE.fill, 'circle-radius': ['step', ['get', 'sites'], ...SITE.groupSteps], 'circle-stroke-color': SITE.stroke, 'circle-stroke-width': SITE.strokeWidth },
  });
  // A group's number, and a city's count of sites by name: the same text on either.
  const count = (id: string, filter: unknown, field: string, color: string) =>
    map.addLayer({ id, type: 'symbol', source: SOURCE, filter: filter as never, layout: { 'text-field': ['to-string', ['get', field]], 'text-font': font, 'text-size': 11, 'text-allow-overlap': true }, paint: { 'text-color': color } });
  const cities = ['all', ['!', grouped], ['==', ['get', 'kind'], 'city']];
  count('site-group-count', grouped, 'sites', SITE.stroke);
  map.addLayer({
    id: 'site-cities',
    type: 'circle',
    source: SOURCE,
    filter: cities as never,
    paint: { 'circle-color': SITE.ringFill, 'circle-radius': SITE.ringRadius, 'circle-stroke-color': SITE.ring, 'circle-stroke-width': SITE.ringWidth },
  });
  count('site-city-count', cities, 'count', SITE.ring);
  map.addLayer({
    id: 'site-points',
    type: 'circle',
    source: SOURCE,
    filter: ['all', ['!', grouped], ['==', ['get', 'kind'], 'point']] as never,
    paint: { 'circle-color': SITE.fill, 'circle-radius': SITE.radius, 'circle-stroke-color': SITE.stroke, 'circle-stroke-width': SITE.strokeWidth },
  });
  const open = (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (!f) return;
    if (f.properties.cluster) {
      void (map.getSource(SOURCE) as GeoJSONSource).getClusterExpansionZoom(Number(f.properties.cluster_id)).then((zoom) =>
        map.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom }),
      );
      return;
    }
    const city = String(f.properties.city ?? '');
    if (city) useAppStore.getState().selectCity(city);
  };
  for (const layer of ['site-groups', 'site-cities', 'site-points']) map.on('click', layer, open);
}

let started = false;

/**
 * Draws the sites on every WebGL map from now on (idempotent). The map's own
 * modules are imported here, not at the top: they are in the first view's
 * chunks, and a static import from this later chunk would split them out of
 * those into chunks of their own (a request more in the first view).
 */
export async function startSitesLayer(): Promise<void> {
  if (started) return;
  started = true;
  const [{ watchLiveMap }, { mapFonts }] = await Promise.all([import('./live'), import('./style')]);
  let current: MapLibreMap | null = null;
  const refresh = () => (current?.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(data());
  watchLiveMap((map) => {
    current = map;
    if (map) addTo(map, mapFonts(useAppStore.getState().view.lang));
  });
  yoursStore.subscribe((s, before) => s.data !== before.data && refresh());
  useAppStore.subscribe((s, before) => s.data !== before.data && refresh());
}
