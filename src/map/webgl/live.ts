/**
 * The WebGL map on screen, for what loads later and draws on it (the reader's
 * sites: sitesLayer.ts). MapView sets it when a map is created and clears it
 * when that map goes (a lost context makes a new one).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

let live: MapLibreMap | null = null;
const watchers = new Set<(map: MapLibreMap | null) => void>();

export function setLiveMap(map: MapLibreMap | null): void {
  live = map;
  for (const watch of watchers) watch(map);
}

/** Calls `watch` with the map now and with every map after it; returns the function that stops it. */
export function watchLiveMap(watch: (map: MapLibreMap | null) => void): () => void {
  watchers.add(watch);
  watch(live);
  return () => void watchers.delete(watch);
}
