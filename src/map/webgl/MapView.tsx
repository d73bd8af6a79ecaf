/**
 * The one component that owns the maplibre map: created once in an effect,
 * removed on cleanup. Its style holds every source and layer from the start;
 * the data goes in with setData once it has loaded.
 *
 * The map reads the data and the view straight from the store (a
 * subscription), not through React props: data reaches the map the moment it
 * has parsed, and a click reaches it inside the store update, neither waiting
 * for React to re-render the page. Everything the view changes reaches the map
 * as feature state (the model's fill and opacity, hover, selection, focus);
 * the names are page text over the canvas (screenLabels.ts), placed in every
 * frame the map draws.
 */
import { Map as MapLibreMap, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './warm';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '../../domain/types';
import type { CitiesGeo } from '../../data/files';
import { deriveView } from '../../store/derived';
import { useAppStore, type AppState } from '../../store/store';
import { svgMapPart, turnStatic } from '../svg/load';
import { afterFirstView } from '../../store/later';
import { useMapKeyboard, type MapMover } from '../keys/MapKeyboard';
import { loadMapFonts } from './fonts';
import { applyState, type Shown } from './featureState';
import { screenLabels, type LabelInputs, type ScreenLabels } from './screenLabels';
import { boundsOf, keepCityClear, prefersLessMotion } from './keepInView';
import { GUANGDONG_BOUNDS, MAP_PADDING } from '../model';
import { applyGround, CONTEXT_ATTRIBUTES, mapStyle } from './style';
import { setLiveMap } from './live';

export interface MapViewProps {
  /** The UI language; the labels follow it once its glyphs are loaded. */
  lang: Lang;
  onHover: (adcode: string | null, point?: { x: number; y: number }) => void;
  onSelect: (adcode: string | null) => void;
  /** Whether the map takes the keys (not while an SVG map covers it). */
  keys: boolean;
}

const NONE: readonly string[] = [];

/** What the map shows, read from the store (null until the data is there; the map starts before it arrives). */
function shownFrom(s: AppState, lang: Lang): Shown | null {
  if (s.data.status !== 'ready') return null;
  return {
    geo: s.data.data.geo,
    // Memoised per view: the same object the panels get from useDerived.
    derived: deriveView(s.data.data.dataset, s.view),
    lang,
    selectedCity: s.view.city,
    comparedCities: s.view.compare ?? NONE,
    hoveredCity: s.hoveredCity,
    focusedCity: s.keyRing ? s.keyCity : null,
    scheme: s.scheme,
    context: s.context.status === 'ready' ? s.context.context : null,
  };
}

const sameShown = (a: Shown, b: Shown) =>
  a.geo === b.geo &&
  a.derived === b.derived &&
  a.lang === b.lang &&
  a.selectedCity === b.selectedCity &&
  a.comparedCities === b.comparedCities &&
  a.hoveredCity === b.hoveredCity &&
  a.focusedCity === b.focusedCity &&
  a.scheme === b.scheme &&
  a.context === b.context;

/** Eases the map, if it must, so the compared cities are in view together and clear of the comparison's panel. */
function revealCompared(map: MapLibreMap) {
  const { view, data, map: live, mapCovers } = useAppStore.getState();
  const underSvg = live.mode === 'lost' || (live.mode === 'webgl-starting' && live.cover !== null);
  if (underSvg || !view.compare || data.status !== 'ready') return;
  const boxes = data.data.geo.features
    .filter((f) => view.compare!.includes(f.properties.adcode))
    .map((f) => boundsOf(f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon));
  if (!boxes.length) return;
  keepCityClear(
    map,
    [
      [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
      [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
    ],
    Object.values(mapCovers),
  );
}

/** What the names over the map say. */
const labelInputs = ({ context, derived, lang }: Shown, geo: CitiesGeo): LabelInputs => ({ geo, context, derived, lang });

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const mover = useRef<MapMover | null>(null);
  const keys = useMapKeyboard(mover, props.keys);
  const styleLoaded = useRef(false);
  const contextLost = useRef(false);
  const shownRef = useRef<Shown | null>(null);
  // The names over the map, once the coloured map has first drawn and their font is in (see sync).
  const labels = useRef<ScreenLabels | null>(null);
  // The data objects the map's sources hold.
  const inMap = useRef<{ geo: Shown['geo'] | null; context: Shown['context'] }>({ geo: null, context: null });
  // The label language follows the UI once that language's glyphs are loaded.
  const [labelLang, setLabelLang] = useState(props.lang);
  const propsRef = useRef({ ...props, lang: labelLang });
  propsRef.current = { ...props, lang: labelLang };

  const geo = useAppStore((s) => (s.data.status === 'ready' ? s.data.data.geo : null));
  useEffect(() => {
    let current = true;
    if (!geo) return;
    void loadMapFonts(geo, props.lang).then(() => current && setLabelLang(props.lang));
    return () => {
      current = false;
    };
  }, [geo, props.lang]);

  // A layout effect: the map starts in the commit that mounts it, not after the first paint.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: MapLibreMap;
    // Data that has already loaded goes into the style itself (the usual case:
    // it parses while React renders), sparing the empty sources a round trip.
    const ready = shownFrom(useAppStore.getState(), propsRef.current.lang);
    inMap.current = { geo: ready?.geo ?? null, context: ready?.context ?? null };
    // Where the last map was looking when the GPU took its context (src/store/mapState.ts), else the whole province.
    const camera = useAppStore.getState().map.camera;
    try {
      map = new MapLibreMap({
        container: el,
        style: mapStyle(
          { borders: 'outline' },
          {
            ...(ready?.geo && { cities: ready.geo as GeoJSON.FeatureCollection }),
            ...(ready?.context && { context: ready.context as GeoJSON.FeatureCollection }),
          },
        ),
        ...(camera ? { center: camera.center, zoom: camera.zoom } : { bounds: GUANGDONG_BOUNDS, fitBoundsOptions: { padding: MAP_PADDING } }),
        canvasContextAttributes: CONTEXT_ATTRIBUTES,
        // Room around the province for a panel to cover: the map eases cities clear of it (keepInView.ts), and
        // a comparison across the province beside its panel needs some 9° past the coast.
        maxBounds: [
          [97, 13],
          [130, 32],
        ],
        minZoom: 4,
        maxZoom: 10,
        renderWorldCopies: false,
        attributionControl: false,
        // The style is built from typed constants here; validating it again at run time costs start-up time.
        validateStyle: false,
        // Labels appear at once rather than fading in over 0.3 s (and the map is idle that much sooner), as in the exports.
        fadeDuration: 0,
        dragRotate: false,
        pitchWithRotate: false,
        // The map's own element takes the keys (useMapKeyboard): arrows walk the cities, Shift + arrows pan.
        keyboard: false,
      });
    } catch (e) {
      console.warn('no WebGL map', (e as Error).message);
      // The static map takes its place once it and what it shows are in.
      turnStatic();
      return;
    }
    performance.mark('gd:map-created');
    map.touchZoomRotate.disableRotation();
    // One tab stop and one name: the element around it (a second region "Map" nested in it, and a second tab stop, otherwise).
    for (const attr of ['tabindex', 'role', 'aria-label']) map.getCanvas().removeAttribute(attr);
    mapRef.current = map;
    const motion = () => ({ duration: prefersLessMotion() ? 0 : 300 });
    mover.current = {
      panBy: (x, y) => map.panBy([x, y], motion()),
      zoom: (by) => (by > 0 ? map.zoomIn(motion()) : map.zoomOut(motion())),
      whole: () => map.fitBounds(GUANGDONG_BOUNDS, { padding: MAP_PADDING, ...motion() }),
    };

    // The style is parsed (its sources exist); its data can go in.
    map.once('style.load', () => {
      performance.mark('gd:style-load');
      styleLoaded.current = true;
      sync();
      // What loads later and draws on the map (the reader's sites) finds it here.
      setLiveMap(map);
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
    // The GPU can take the context away (a tab in the background on iOS, a driver reset): the SVG map stands in at once,
    // and a new map replaces this one when the context is back (src/store/mapState.ts).
    map.on('webglcontextlost', () => {
      contextLost.current = true;
      const { lng, lat } = map.getCenter();
      useAppStore.getState().webglMapLost({ center: [lng, lat], zoom: map.getZoom() });
    });
    map.on('webglcontextrestored', () => useAppStore.getState().webglMapRestored());
    const unsubscribe = useAppStore.subscribe(sync);
    // The comparison's panel loads after the comparison opens: its box, once known, is what the cities must be clear of.
    const unsubscribeCover = useAppStore.subscribe((s, before) => {
      if (s.view.compare && s.mapCovers.panel && s.mapCovers.panel !== before.mapCovers.panel) requestAnimationFrame(() => mapRef.current && revealCompared(mapRef.current));
    });

    // Printing: the map as it is on screen, names and all, as an image at twice the pixels (styles.css prints
    // it in the canvas's place, its proportions kept). Drawn now, in the same task: the canvas keeps no drawing buffer.
    let printed: HTMLImageElement | null = null;
    const beforePrint = () => {
      const ratio = map.getPixelRatio();
      const printRatio = Math.max(2, ratio);
      map.setPixelRatio(printRatio);
      map.redraw();
      const canvas = map.getCanvas();
      const picture = Object.assign(document.createElement('canvas'), { width: canvas.width, height: canvas.height });
      const ctx = picture.getContext('2d');
      printed ??= Object.assign(document.createElement('img'), { className: 'print-map', alt: '' });
      if (ctx) {
        ctx.drawImage(canvas, 0, 0);
        labels.current?.drawLabels(ctx, printRatio);
        printed.src = picture.toDataURL('image/png');
      } else printed.src = canvas.toDataURL('image/png');
      map.setPixelRatio(ratio);
      el.parentElement?.append(printed);
    };
    const afterPrint = () => printed?.remove();
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);

    return () => {
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
      afterPrint();
      unsubscribe();
      unsubscribeCover();
      labels.current?.remove();
      labels.current = null;
      setLiveMap(null);
      map.remove();
      mapRef.current = null;
      mover.current = null;
      styleLoaded.current = false;
      shownRef.current = null;
      inMap.current = { geo: null, context: null };
    };
  }, []);

  /** Puts the data into the map the first time it is there (and when it changes), then writes the view into it. */
  function sync() {
    const map = mapRef.current;
    // A map whose context was lost draws nothing more: a new one replaces it when the context is back.
    if (contextLost.current) return;
    const shown = shownFrom(useAppStore.getState(), propsRef.current.lang);
    const prev = shownRef.current;
    if (!map || !styleLoaded.current || !shown?.geo || (prev && sameShown(shown, prev))) return;
    const geo = shown.geo;
    if (inMap.current.geo !== geo) {
      (map.getSource('cities') as GeoJSONSource).setData(geo as GeoJSON.FeatureCollection);
      inMap.current.geo = geo;
    }
    if (!prev) {
      // The data is in (the mark the baseline page sets when its layer goes in).
      performance.mark('gd:city-layers');
      // The coloured map comes first; its names follow once it has drawn and the
      // self-hosted font's glyphs for them are in (no name in a fallback font first).
      map.once('idle', () => {
        performance.mark('gd:first-idle');
        // The WebGL map is drawn: it is the map now, and whatever covered it goes.
        useAppStore.getState().webglMapDrawn();
        // The coloured map is on screen now, unless an earlier paint of it was marked already.
        if (!performance.getEntriesByName('gd:map-painted', 'mark').length) performance.mark('gd:map-painted');
        void loadMapFonts(geo, propsRef.current.lang).then(() => {
          const now = shownRef.current;
          if (mapRef.current !== map || contextLost.current || !now?.geo) return;
          // What the map shows now (the view may have changed while the font loaded).
          labels.current = screenLabels(map);
          labels.current.show(labelInputs(now, now.geo));
          performance.mark('gd:labels-added');
          map.once('idle', () => {
            performance.mark('gd:labelled-idle');
            // The SVG map, ready to stand in at once should the GPU take the context away (a tab in the background,
            // a driver reset): fetched two seconds after the first view, when the page is idle, not as part of it.
            afterFirstView(() => void svgMapPart.preload().catch(() => null));
          });
          map.triggerRepaint();
          // The end-to-end tests and the benchmark read feature state and wait for `idle` through this.
          window.__gdMap = map;
        });
      });
    }
    if (shown.context && inMap.current.context !== shown.context) {
      (map.getSource('context') as GeoJSONSource).setData(shown.context as GeoJSON.FeatureCollection);
      inMap.current.context = shown.context;
    }
    // The style starts light (as the exports draw it); the ground follows the page's scheme.
    if (shown.scheme && shown.scheme !== (prev?.scheme ?? 'light')) applyGround(map, shown.scheme);
    applyState(map, geo, shown, prev);
    // The city a reader opens, or walks to with the keys, stays in view and clear of the panel and the keys' caption.
    const reveal =
      shown.focusedCity && shown.focusedCity !== prev?.focusedCity
        ? shown.focusedCity
        : shown.selectedCity && shown.selectedCity !== prev?.selectedCity
          ? shown.selectedCity
          : null;
    const feature = reveal && geo.features.find((f) => f.properties.adcode === reveal);
    if (feature)
      // After the panel and caption have rendered (the next frames): then their boxes are known.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          // Still the city the reader is on (a panel opened and closed again at once moves nothing), on this map:
          // while an SVG map is what the reader sees, the WebGL map under it keeps its frame, so the hand-over does not jump.
          const { view, keyCity, keyRing, map: live, mapCovers } = useAppStore.getState();
          const underSvg = live.mode === 'lost' || (live.mode === 'webgl-starting' && live.cover !== null);
          if (mapRef.current !== map || underSvg || (view.city !== reveal && !(keyRing && keyCity === reveal))) return;
          keepCityClear(map, boundsOf(feature.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon), Object.values(mapCovers));
        }),
      );
    // Cities put side by side stay in view together, clear of the comparison's panel.
    if (shown.comparedCities.length && shown.comparedCities !== prev?.comparedCities) requestAnimationFrame(() => requestAnimationFrame(() => mapRef.current === map && revealCompared(map)));
    labels.current?.show(labelInputs(shown, geo));
    shownRef.current = shown;
    // Lets the benchmark time a filter click up to the map update, without piling up marks.
    window.dispatchEvent(new Event('gd:map-updated'));
  }

  // The label language is the one input that comes through React (it waits for its glyphs).
  useLayoutEffect(sync, [labelLang]);

  return (
    <div ref={container} className="map" data-testid="map" {...keys} />
  );
}
