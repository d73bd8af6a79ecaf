/**
 * The map area, as the full app and the embed view show it: the live map as
 * the store's map state says (src/store/mapState.ts), the tooltip, and the
 * keyboard's caption and list of keys.
 */
import { lazy, Suspense, useCallback, useState, type ComponentType } from 'react';
import { useDerived, useLang, useT } from '../store/hooks';
import { MapKeysCaption, MapKeysHelp } from './keys/MapKeyboard';
import { Tooltip } from './Tooltip';
import type { MapViewProps } from './webgl/MapView';
import { loadMapView, mapViewIfLoaded } from './webgl/start';
import { svgMapShown, webglMounted } from '../store/mapState';
import { useAppStore } from '../store/store';
import { svgMapPart, turnStatic } from './svg/load';

// Its own chunk, with maplibre: a phone's first view does without it (src/map/webgl/start.ts).
const LazyMapView = lazy<ComponentType<MapViewProps>>(() =>
  loadMapView().then(
    (m) => ({ default: m.MapView }),
    (e: unknown) => {
      // The map's module did not load (offline before it was ever fetched, or replaced by a deploy): the SVG map, and a reload offered.
      console.warn('map module failed to load', e);
      turnStatic('module');
      return { default: () => null };
    },
  ),
);

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

const SvgMap = svgMapPart.Part;

/** `inert`: behind the table or the sources, so neither the map's canvas nor a city takes focus there. */
export function MapArea({ inert }: { inert: boolean }) {
  const lang = useLang();
  const tr = useT();
  const data = useAppStore((s) => s.data);
  const map = useAppStore((s) => s.map);
  const derived = useDerived();
  const onHover = useCallback(
    (code: string | null, point?: { x: number; y: number }) => useAppStore.getState().setHoveredCity(code, point),
    [],
  );
  const onSelect = useCallback((code: string | null) => useAppStore.getState().selectCity(code), []);
  const ready = data.status === 'ready' ? data.data : null;
  const svg = svgMapShown(map);
  return (
    <div className="map-wrap" inert={inert || undefined}>
      {webglMounted(map) && <WebglMap key={map.generation} lang={lang} keys={!svg?.keys} onHover={onHover} onSelect={onSelect} />}
      {svg && <SvgMap {...svg} />}
      {map.mode === 'lost' && (
        <p className="quiet-notice map-status" role="status" data-testid="map-status">
          {tr('mapLost')}
        </p>
      )}
      {derived && <Tooltip derived={derived} />}
      {ready && <MapKeysCaption />}
      {ready && <MapKeysHelp moves={map.mode === 'webgl'} phone={svg?.kind === 'first'} />}
    </div>
  );
}
