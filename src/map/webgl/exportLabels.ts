/**
 * The exported PNG's names: symbol layers added to the snapshot map's style
 * (snapshot.ts), drawn by maplibre with the page's font from local glyphs.
 * The screen map's names are page text over its canvas (screenLabels.ts),
 * placed by the same rules (the ranking's order first; a neighbour's name
 * beside its point where a city's label sits).
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { featureName, type CitiesGeo, type ContextGeo } from '../../data/files';
import { GROUND, LABEL, LABEL_TYPE } from '../../domain/palette';
import type { Lang } from '../../domain/types';
import { cityLook, type MapInputs } from '../model';
import { CITY_LABEL_BY_ZOOM, EMPTY, LABEL_HALO_RGBA, mapFonts } from './style';

function labelLayer(lang: Lang): LayerSpecification {
  return {
    id: 'city-label',
    type: 'symbol',
    source: 'labels',
    layout: {
      'text-field': ['format', ['get', 'name'], { 'font-scale': 1 }, '\n', {}, ['get', 'count'], { 'font-scale': LABEL_TYPE.valueScale }],
      'text-font': mapFonts(lang),
      'text-size': ['interpolate', ['linear'], ['zoom'], ...CITY_LABEL_BY_ZOOM],
      'text-line-height': LABEL_TYPE.lineHeight,
      'text-allow-overlap': false,
      'text-padding': 1,
      'symbol-sort-key': ['-', 0, ['get', 'value']],
    },
    paint: { 'text-color': LABEL.color, 'text-halo-color': LABEL_HALO_RGBA, 'text-halo-width': LABEL_TYPE.cityHalo },
  };
}

function contextLabelLayer(lang: Lang): LayerSpecification {
  return {
    id: 'context-label',
    type: 'symbol',
    source: 'context-labels',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': mapFonts(lang),
      'text-size': LABEL_TYPE.context,
      'text-allow-overlap': false,
      // The city labels are placed first; a neighbour's name moves beside its
      // point rather than vanish where a city's label sits (Macau next to Zhuhai).
      'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom', 'top-left', 'bottom-left'],
      'text-radial-offset': 0.6,
    },
    // A wide halo: Macau's name may overhang Zhuhai's dark fill.
    paint: { 'text-color': GROUND.light.contextLabel, 'text-halo-color': GROUND.light.land, 'text-halo-width': LABEL_TYPE.contextHalo },
  };
}

function labelPoints(geo: CitiesGeo, shown: MapInputs): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geo.features.map((f) => {
      const p = f.properties;
      const look = cityLook(shown, p.adcode);
      return {
        type: 'Feature',
        properties: { name: featureName(p, shown.lang), count: look.valueLabel, value: look.value },
        geometry: { type: 'Point', coordinates: [p.label_lon, p.label_lat] },
      };
    }),
  };
}

function contextPoints(context: ContextGeo, lang: Lang): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: context.features.map((f) => ({
      type: 'Feature',
      properties: { name: featureName(f.properties, lang) },
      geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
    })),
  };
}

/** The style with the names on it: the neighbours' above the city fills (Macau's overhangs Zhuhai) and below the cities', which are placed first and so keep their places. */
export function withLabels(style: StyleSpecification, geo: CitiesGeo, context: ContextGeo | null, model: MapInputs): StyleSpecification {
  return {
    ...style,
    sources: {
      ...style.sources,
      labels: { type: 'geojson', data: labelPoints(geo, model) },
      'context-labels': { type: 'geojson', data: context ? contextPoints(context, model.lang) : EMPTY },
    },
    layers: [...style.layers, contextLabelLayer(model.lang), labelLayer(model.lang)],
  };
}
