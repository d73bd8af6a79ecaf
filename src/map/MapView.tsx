/**
 * The one component that owns the maplibre map: created once in an effect,
 * removed on cleanup. Everything the view changes reaches the map as feature
 * state (class, role, hover, selection); only the 21 label points are
 * re-sent, because symbol layout cannot read feature state.
 */
import { Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/schema';
import type { Derived } from '../store/derived';
import { loadMapFonts } from './fonts';
import { applyState, contextPoints, labelPoints, type Shown } from './mapState';
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
// The map's worker starts loading now, while React renders the page.
prewarm();

export interface MapViewProps {
  /** Null while the data loads: the map starts (worker, style) before its data arrives. */
  geo: CitiesGeo | null;
  context: ContextGeo | null;
  derived: Derived | null;
  lang: Lang;
  selectedCity: string | null;
  hoveredCity: string | null;
  label: string;
  onHover: (adcode: string | null, point?: { x: number; y: number }) => void;
  onSelect: (adcode: string | null) => void;
  onWebglFailure: (reason: string) => void;
}

function addContextLabels(map: MapLibreMap, context: ContextGeo, lang: Lang) {
  map.addSource('context-labels', { type: 'geojson', data: contextPoints(context, lang) });
  map.addLayer(contextLabelLayer(), 'city-fill');
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const styleLoaded = useRef(false);
  const shownRef = useRef<Shown | null>(null);
  // The label language follows the UI once that language's glyphs are loaded.
  const [labelLang, setLabelLang] = useState(props.lang);
  const propsRef = useRef({ ...props, lang: labelLang });
  propsRef.current = { ...props, lang: labelLang };

  useEffect(() => {
    let current = true;
    if (!props.geo) return;
    void loadMapFonts(props.geo, props.lang).then(() => current && setLabelLang(props.lang));
    return () => {
      current = false;
    };
  }, [props.geo, props.lang]);

  // Layout effects: the map starts in the commit that mounts it (not after the
  // first paint), and a view change reaches the map in the same task as the
  // input that caused it, with no frame in between.
  useLayoutEffect(() => {
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
        // The style is built from typed constants here; validating it again at run time costs start-up time.
        validateStyle: false,
        dragRotate: false,
        pitchWithRotate: false,
        localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
      });
    } catch (e) {
      propsRef.current.onWebglFailure((e as Error).message);
      return;
    }
    performance.mark('gd:map-created');
    map.touchZoomRotate.disableRotation();
    mapRef.current = map;

    map.on('load', () => {
      performance.mark('gd:style-load');
      styleLoaded.current = true;
      sync();
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
      map.remove();
      mapRef.current = null;
      styleLoaded.current = false;
      shownRef.current = null;
    };
  }, []);

  /** Adds the city layers the first time data is there, then writes the view into the map. */
  function sync() {
    const map = mapRef.current;
    const p = propsRef.current;
    if (!map || !styleLoaded.current || !p.geo || !p.derived) return;
    const geo = p.geo;
    const cities = map.getSource('cities') as GeoJSONSource | undefined;
    if (!cities) {
      map.addSource('cities', { type: 'geojson', data: geo as GeoJSON.FeatureCollection });
      for (const layer of cityLayers(p.derived.classes)) map.addLayer(layer);
      performance.mark('gd:city-layers');
      // The coloured map comes first; its labels follow once it has drawn and
      // the self-hosted font's glyphs are in (drawing glyphs is the costliest
      // part of a first frame on a slow machine).
      map.once('idle', () => {
        performance.mark('gd:first-idle');
        void loadMapFonts(geo, propsRef.current.lang).then(() => {
          if (mapRef.current !== map) return;
          // What the map shows now (the view may have changed while the font loaded).
          const shown = shownRef.current;
          if (!shown?.geo) return;
          map.addSource('labels', { type: 'geojson', data: labelPoints(shown.geo, shown.derived, shown.lang) });
          map.addLayer(labelLayer());
          if (shown.context && map.getSource('context')) addContextLabels(map, shown.context, shown.lang);
          performance.mark('gd:labels-added');
          map.once('idle', () => performance.mark('gd:labelled-idle'));
          // The end-to-end tests and the benchmark read feature state and wait for `idle` through this.
          (window as unknown as { __gdMap?: MapLibreMap }).__gdMap = map;
        });
      });
    } else if (shownRef.current && shownRef.current.geo !== geo) {
      cities.setData(geo as GeoJSON.FeatureCollection);
    }
    if (p.context && !map.getSource('context')) {
      map.addSource('context', { type: 'geojson', data: p.context as GeoJSON.FeatureCollection });
      const [fill, line] = contextLayers();
      map.addLayer(fill!, 'city-fill');
      map.addLayer(line!, 'city-fill');
      if (map.getLayer('city-label')) addContextLabels(map, p.context, p.lang);
    }
    const shown: Shown = {
      geo,
      derived: p.derived,
      lang: p.lang,
      selectedCity: p.selectedCity,
      hoveredCity: p.hoveredCity,
      context: p.context,
    };
    applyState(map, geo, shown, shownRef.current);
    shownRef.current = shown;
    // Lets the benchmark time a filter click up to the map update, without piling up marks.
    window.dispatchEvent(new Event('gd:map-updated'));
  }

  useLayoutEffect(sync, [props.geo, props.derived, labelLang, props.selectedCity, props.hoveredCity, props.context]);

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
