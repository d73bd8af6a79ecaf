import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The WebGL map once its labels are on: the end-to-end tests and the benchmark read its state and wait for `idle` through it. */
    __gdMap?: MapLibreMap;
  }
}
