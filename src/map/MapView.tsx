/**
 * The one component that owns the maplibre map: created once in an effect,
 * removed on cleanup. Its style holds every source and layer from the start;
 * the data goes in with setData once it has loaded. Everything the view
 * changes reaches the map as feature state (class, role, hover, selection);
 * only the 21 label points are re-sent, because symbol layout cannot read
 * feature state.
 */
import { Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { CLUSTER_IDS } from '../domain/clusterIds';
import { countClasses, type CountClass } from '../domain/classes';
import type { Lang } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/schema';
import type { Derived } from '../store/derived';
import { loadMapFonts } from './fonts';
import { applyLabels, applyState, type Shown } from './mapState';
import { cityFillColor, GUANGDONG_BOUNDS, IDEOGRAPH_FONT_FAMILY, mapStyle } from './style';

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

/** The classes the contract's 20 clusters give; the map starts with them, and takes the data's own if they differ. */
const CONTRACT_CLASSES = countClasses(CLUSTER_IDS.length);
const sameClasses = (a: readonly CountClass[], b: readonly CountClass[]) =>
  a.length === b.length && a.every((c, i) => c.min === b[i]!.min && c.max === b[i]!.max && c.color === b[i]!.color);

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const styleLoaded = useRef(false);
  const shownRef = useRef<Shown | null>(null);
  const classesRef = useRef<readonly CountClass[]>(CONTRACT_CLASSES);
  // Labels go in after the coloured map's first idle (see sync).
  const labelsOn = useRef(false);
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
        style: mapStyle(CONTRACT_CLASSES),
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

    // The style is parsed (its sources exist); its data can go in.
    map.once('style.load', () => {
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
      classesRef.current = CONTRACT_CLASSES;
      labelsOn.current = false;
    };
  }, []);

  /** Puts the data into the map the first time it is there (and when it changes), then writes the view into it. */
  function sync() {
    const map = mapRef.current;
    const p = propsRef.current;
    if (!map || !styleLoaded.current || !p.geo || !p.derived) return;
    const geo = p.geo;
    const prev = shownRef.current;
    if (!sameClasses(p.derived.classes, classesRef.current)) {
      map.setPaintProperty('city-fill', 'fill-color', cityFillColor(p.derived.classes), { validate: false });
      classesRef.current = p.derived.classes;
    }
    if (prev?.geo !== geo) {
      (map.getSource('cities') as GeoJSONSource).setData(geo as GeoJSON.FeatureCollection);
      if (!prev) {
        performance.mark('gd:city-layers');
        // The coloured map comes first; its labels follow once it has drawn and
        // the self-hosted font's glyphs are in (drawing glyphs is the costliest
        // part of a first frame on a slow machine).
        map.once('idle', () => {
          performance.mark('gd:first-idle');
          void loadMapFonts(geo, propsRef.current.lang).then(() => {
            const shown = shownRef.current;
            if (mapRef.current !== map || !shown?.geo) return;
            // What the map shows now (the view may have changed while the font loaded).
            labelsOn.current = true;
            applyLabels(map, shown.geo, shown, null);
            performance.mark('gd:labels-added');
            map.once('idle', () => performance.mark('gd:labelled-idle'));
            // The end-to-end tests and the benchmark read feature state and wait for `idle` through this.
            (window as unknown as { __gdMap?: MapLibreMap }).__gdMap = map;
          });
        });
      }
    }
    if (p.context && prev?.context !== p.context)
      (map.getSource('context') as GeoJSONSource).setData(p.context as GeoJSON.FeatureCollection);
    const shown: Shown = {
      geo,
      derived: p.derived,
      lang: p.lang,
      selectedCity: p.selectedCity,
      hoveredCity: p.hoveredCity,
      context: p.context,
    };
    applyState(map, geo, shown, prev);
    if (labelsOn.current) applyLabels(map, geo, shown, prev);
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
