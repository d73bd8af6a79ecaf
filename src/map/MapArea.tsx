/**
 * The map area, as the full app and the embed view show it: the WebGL map
 * (or, without WebGL, the static map; on a phone until asked, the build's SVG
 * map), the tooltip, and the keyboard's caption and list of keys.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { FirstPaintMap, FirstPaintSvg } from './svg/FirstPaintMap';
import { useDerived, useLang } from '../panels/hooks';
import { MapKeysCaption, MapKeysHelp } from './keys/MapKeyboard';
import { Tooltip } from '../panels/Tooltip';
import type { MapViewProps } from './webgl/MapView';
import { loadMapView, mapViewIfLoaded } from './webgl/start';
import { useAppStore } from '../store/store';

// Its own chunk, with maplibre: a phone's first view does without it (src/map/webgl/start.ts).
const LazyMapView = lazy(() => loadMapView().then((m) => ({ default: m.MapView })));

/** The WebGL map: at once where its module is in, else when it is (decided once per mount, so the map is never created twice). */
function WebglMap(props: MapViewProps) {
  const [loaded] = useState(mapViewIfLoaded);
  if (loaded) return <loaded.MapView {...props} />;
  return (
    <Suspense fallback={null}>
      <LazyMapView {...props} />
    </Suspense>
  );
}

// Only a browser without WebGL draws the SVG map, so its projection code (d3-geo) loads on demand.
const StaticMap = lazy(() => import('./svg/StaticMap').then((m) => ({ default: m.StaticMap })));

/** `inert`: behind the table or the sources, so neither the map's canvas nor a city takes focus there. */
export function MapArea({ inert }: { inert: boolean }) {
  const lang = useLang();
  const data = useAppStore((s) => s.data);
  const context = useAppStore((s) => s.context);
  const webgl = useAppStore((s) => s.webgl);
  const firstPaintMap = useAppStore((s) => s.firstPaintMap);
  const webglMap = useAppStore((s) => s.webglMap);
  const prerenderShapes = useAppStore((s) => s.prerenderShapes);
  const derived = useDerived();
  const onHover = useCallback(
    (code: string | null, point?: { x: number; y: number }) => useAppStore.getState().setHoveredCity(code, point),
    [],
  );
  const onSelect = useCallback((code: string | null) => useAppStore.getState().selectCity(code), []);
  const onWebglFailure = useCallback(() => useAppStore.getState().setWebgl(false), []);
  const ready = data.status === 'ready' ? data.data : null;
  const contextGeo = context.status === 'ready' ? context.context : null;
  return (
    <div className="map-wrap" inert={inert || undefined}>
      {webgl ? (
        webglMap && <WebglMap lang={lang} onHover={onHover} onSelect={onSelect} onWebglFailure={onWebglFailure} />
      ) : (
        ready &&
        derived && (
          <Suspense fallback={firstPaintMap ? <FirstPaintMap /> : null}>
            <StaticMap geo={ready.geo} context={contextGeo} derived={derived} />
          </Suspense>
        )
      )}
      {prerenderShapes && derived && <FirstPaintSvg shapes={prerenderShapes} derived={derived} />}
      {webgl && firstPaintMap && <FirstPaintMap />}
      {derived && <Tooltip derived={derived} />}
      {ready && <MapKeysCaption />}
      {ready && <MapKeysHelp moves={webgl && webglMap} phone={webgl && !webglMap} />}
    </div>
  );
}
