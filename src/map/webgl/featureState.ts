/** The map model written into the WebGL map as feature state: shared by the screen map and the export snapshot. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { cityLook, isOutlined, type CityLook, type MapInputs } from '../model';
import { FOCUS_LAYERS } from './style';

/** What the map shows: the model's inputs, and the data it draws. */
export interface Shown extends MapInputs {
  geo?: CitiesGeo;
  context: ContextGeo | null;
}

/** A city's feature state: what the style's paint reads (style.ts), straight from the model. */
export function cityFeatureState(look: CityLook) {
  return {
    fill: look.fill,
    fillOpacity: look.opacity,
    regional: look.regional,
    // The headline count: the end-to-end tests read it.
    count: look.value,
    selected: look.selected,
    hover: look.hovered,
    focused: look.focused,
  };
}

/**
 * Writes the model into the map's feature state: in full when the counts
 * change (or `prev` is null); a hover, selection or focus change touches just
 * the cities it concerns.
 */
export function applyState(map: MapLibreMap, geo: CitiesGeo, shown: MapInputs, prev: MapInputs | null) {
  const full = !prev || prev.derived !== shown.derived;
  for (const f of geo.features) {
    const code = f.properties.adcode;
    if (full) {
      map.setFeatureState({ source: 'cities', id: f.id }, cityFeatureState(cityLook(shown, code)));
      continue;
    }
    const [selected, hover, focused] = [isOutlined(shown, code), code === shown.hoveredCity, code === shown.focusedCity];
    if (selected !== isOutlined(prev, code) || hover !== (code === prev.hoveredCity) || focused !== (code === prev.focusedCity))
      map.setFeatureState({ source: 'cities', id: f.id }, { selected, hover, focused });
  }
  // Layers with nothing to draw stay hidden: a hidden layer costs no draw call
  // (and, on first use, no shader compile).
  setVisible(map, 'city-regional-line', shown.derived.single !== null);
  setVisible(map, 'city-highlight', shown.selectedCity !== null || shown.comparedCities.length > 0 || shown.hoveredCity !== null);
  for (const id of FOCUS_LAYERS) setVisible(map, id, shown.focusedCity !== null);
}

function setVisible(map: MapLibreMap, layer: string, visible: boolean) {
  const value = visible ? 'visible' : 'none';
  if (map.getLayer(layer) && map.getLayoutProperty(layer, 'visibility') !== value) map.setLayoutProperty(layer, 'visibility', value);
}
