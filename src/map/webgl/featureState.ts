/** Turning the view into map data: label points and feature state. Shared by the screen map and the export snapshot. */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { classIndex } from '../../domain/classes';
import type { Lang } from '../../domain/types';
import { featureName } from '../../data/files';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { cityValueLabel, type Derived } from '../../store/derived';
import { FOCUS_LAYERS, LABEL_LAYERS, mapFonts, type Scheme } from './style';

export interface Shown {
  geo?: CitiesGeo;
  derived: Derived;
  lang: Lang;
  selectedCity: string | null;
  hoveredCity: string | null;
  /** The city the keyboard's focus ring is on (only while the map has keyboard focus). */
  focusedCity?: string | null;
  /** The page's colour scheme, which the screen map's ground follows (exports leave it out: light). */
  scheme?: Scheme;
  context: ContextGeo | null;
}

export function labelPoints(geo: CitiesGeo, derived: Derived, lang: Lang): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geo.features.map((f) => {
      const p = f.properties;
      return {
        type: 'Feature',
        properties: {
          name: featureName(p, lang),
          count: cityValueLabel(derived, p.adcode, lang),
          value: derived.values.get(p.adcode) ?? 0,
        },
        geometry: { type: 'Point', coordinates: [p.label_lon, p.label_lat] },
      };
    }),
  };
}

export function contextPoints(context: ContextGeo, lang: Lang): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: context.features.map((f) => ({
      type: 'Feature',
      properties: { name: featureName(f.properties, lang) },
      geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
    })),
  };
}

/**
 * Writes the view into the map's feature state: in full only when the counts
 * change; a hover or selection change touches just the cities it concerns.
 */
export function applyState(map: MapLibreMap, geo: CitiesGeo, shown: Shown, prev: Shown | null) {
  const { derived, selectedCity, hoveredCity } = shown;
  const focusedCity = shown.focusedCity ?? null;
  const countsChanged = !prev || prev.derived !== derived;
  for (const f of geo.features) {
    const code = f.properties.adcode;
    const selected = code === selectedCity;
    const hover = code === hoveredCity;
    const focused = code === focusedCity;
    if (countsChanged) {
      const value = derived.values.get(code) ?? 0;
      const role = derived.single?.roles.get(code);
      map.setFeatureState(
        { source: 'cities', id: f.id },
        {
          cls: classIndex(derived.classes, value),
          count: value,
          single: derived.single !== null,
          role: role?.role ?? null,
          basis: role?.basis ?? null,
          selected,
          hover,
          focused,
        },
      );
    } else if (
      selected !== (code === prev.selectedCity) ||
      hover !== (code === prev.hoveredCity) ||
      focused !== (code === (prev.focusedCity ?? null))
    ) {
      map.setFeatureState({ source: 'cities', id: f.id }, { selected, hover, focused });
    }
  }
  // Layers with nothing to draw stay hidden: a hidden layer costs no draw call
  // (and, on first use, no shader compile).
  setVisible(map, 'city-regional-line', derived.single !== null);
  setVisible(map, 'city-highlight', selectedCity !== null || hoveredCity !== null);
  for (const id of FOCUS_LAYERS) setVisible(map, id, focusedCity !== null);
}

/** Re-sends the label points when their text changes (symbol layout cannot read feature state); all of them when `prev` is null. */
export function applyLabels(map: MapLibreMap, geo: CitiesGeo, shown: Shown, prev: Shown | null) {
  const { derived, lang, context } = shown;
  // The language's font stack (maplibre leaves an unchanged value alone).
  if (!prev || prev.lang !== lang) for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-font', mapFonts(lang));
  if (!prev || prev.derived !== derived || prev.lang !== lang || prev.geo !== geo)
    (map.getSource('labels') as GeoJSONSource | undefined)?.setData(labelPoints(geo, derived, lang));
  if (context && (!prev || prev.lang !== lang || prev.context !== context))
    (map.getSource('context-labels') as GeoJSONSource | undefined)?.setData(contextPoints(context, lang));
}

function setVisible(map: MapLibreMap, layer: string, visible: boolean) {
  const value = visible ? 'visible' : 'none';
  if (map.getLayer(layer) && map.getLayoutProperty(layer, 'visibility') !== value) map.setLayoutProperty(layer, 'visibility', value);
}
