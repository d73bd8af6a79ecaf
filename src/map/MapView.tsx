/**
 * The one component that owns the maplibre map: created once in an effect,
 * removed on cleanup. Everything the view changes reaches the map as feature
 * state (class, role, hover, selection); only the 21 label points are
 * re-sent, because symbol layout cannot read feature state.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { classIndex } from '../domain/classes';
import type { Lang } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/schema';
import { formatNumber } from '../i18n/strings';
import type { Derived } from '../store/derived';
import { loadMapFonts } from './fonts';
import {
  baseStyle,
  cityLayers,
  contextLabelLayer,
  contextLayers,
  GUANGDONG_BOUNDS,
  IDEOGRAPH_FONT_FAMILY,
  labelLayer,
} from './style';

setWorkerUrl(workerUrl);

export interface MapViewProps {
  geo: CitiesGeo;
  context: ContextGeo | null;
  derived: Derived;
  lang: Lang;
  selectedCity: string | null;
  hoveredCity: string | null;
  label: string;
  onHover: (adcode: string | null, point?: { x: number; y: number }) => void;
  onSelect: (adcode: string | null) => void;
  onWebglFailure: (reason: string) => void;
  onReady?: (map: MapLibreMap | null) => void;
}

interface Shown {
  derived: Derived;
  lang: Lang;
  selectedCity: string | null;
  hoveredCity: string | null;
  context: ContextGeo | null;
}

function labelPoints(geo: CitiesGeo, derived: Derived, lang: Lang): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geo.features.map((f) => {
      const p = f.properties;
      const value = derived.values.get(p.adcode) ?? 0;
      const role = derived.single?.roles.get(p.adcode);
      return {
        type: 'Feature',
        properties: {
          name: lang === 'ja' ? p.name_ja : lang === 'zh' ? p.name_zh : p.name_en,
          count: derived.single ? (role ? '●' : '') : formatNumber(lang, value),
          value,
        },
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
      properties: { name: lang === 'ja' ? f.properties.name_ja : lang === 'zh' ? f.properties.name_zh : f.properties.name_en },
      geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
    })),
  };
}

/** Writes the view into the map. Feature state for polygons; the label points are re-sent only when their text changes. */
function applyState(map: MapLibreMap, geo: CitiesGeo, shown: Shown, prev: Shown | null) {
  const { derived, lang, selectedCity, hoveredCity } = shown;
  for (const f of geo.features) {
    const code = f.properties.adcode;
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
        selected: code === selectedCity,
        hover: code === hoveredCity,
      },
    );
  }
  if (!prev || prev.derived !== derived || prev.lang !== lang) {
    const labels = map.getSource('labels');
    if (labels && 'setData' in labels) (labels as GeoJSONSource).setData(labelPoints(geo, derived, lang));
  }
  if (shown.context && (!prev || prev.lang !== lang || prev.context !== shown.context)) {
    const src = map.getSource('context-labels');
    if (src && 'setData' in src) (src as GeoJSONSource).setData(contextPoints(shown.context, lang));
  }
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const readyRef = useRef(false);
  const shownRef = useRef<Shown | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: el,
        style: baseStyle(),
        bounds: GUANGDONG_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        maxBounds: [
          [104, 16.5],
          [123, 29],
        ],
        minZoom: 4,
        maxZoom: 10,
        renderWorldCopies: false,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (e) {
      propsRef.current.onWebglFailure((e as Error).message);
      return;
    }
    map.touchZoomRotate.disableRotation();
    mapRef.current = map;
    let disposed = false;
    const p = propsRef.current;

    map.on('load', async () => {
      map.addSource('cities', { type: 'geojson', data: p.geo as GeoJSON.FeatureCollection });
      for (const layer of cityLayers(p.derived.classes)) map.addLayer(layer);
      map.addSource('labels', { type: 'geojson', data: labelPoints(p.geo, p.derived, p.lang) });
      readyRef.current = true;
      sync();
      // Labels are drawn with the self-hosted font; add them once its glyphs are in.
      await loadMapFonts(p.geo);
      if (disposed) return;
      map.addLayer(labelLayer());
      (window as unknown as { __gdMap?: MapLibreMap }).__gdMap = map;
      propsRef.current.onReady?.(map);
    });

    const hit = (e: MapMouseEvent): MapGeoJSONFeature | undefined =>
      map.queryRenderedFeatures(e.point, { layers: ['city-fill'] })[0];
    map.on('mousemove', (e) => {
      const f = hit(e);
      map.getCanvas().style.cursor = f ? 'pointer' : '';
      propsRef.current.onHover(f ? String(f.properties.adcode) : null, e.point);
    });
    map.on('mouseout', () => propsRef.current.onHover(null));
    map.on('click', (e) => {
      const f = hit(e);
      const code = f ? String(f.properties.adcode) : null;
      propsRef.current.onHover(code, e.point);
      propsRef.current.onSelect(code);
    });
    map.on('error', (e) => console.warn('map error', e.error?.message));

    return () => {
      disposed = true;
      propsRef.current.onReady?.(null);
      map.remove();
      mapRef.current = null;
      readyRef.current = false;
      shownRef.current = null;
    };
  }, [props.geo]);

  function sync() {
    const map = mapRef.current;
    if (!map || !readyRef.current) return;
    const p = propsRef.current;
    if (p.context && !map.getSource('context')) {
      map.addSource('context', { type: 'geojson', data: p.context as GeoJSON.FeatureCollection });
      map.addSource('context-labels', { type: 'geojson', data: contextPoints(p.context, p.lang) });
      const [fill, line] = contextLayers();
      map.addLayer(fill!, 'city-fill');
      map.addLayer(line!, 'city-fill');
      map.addLayer(contextLabelLayer(), 'city-fill');
    }
    const shown: Shown = {
      derived: p.derived,
      lang: p.lang,
      selectedCity: p.selectedCity,
      hoveredCity: p.hoveredCity,
      context: p.context,
    };
    applyState(map, p.geo, shown, shownRef.current);
    shownRef.current = shown;
  }

  useEffect(sync, [props.derived, props.lang, props.selectedCity, props.hoveredCity, props.context]);

  return (
    <div
      ref={container}
      className="map"
      role="region"
      aria-label={props.label}
      data-testid="map"
    />
  );
}
