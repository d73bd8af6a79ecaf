/**
 * Renders the current view into a fresh, hidden map at the export size and
 * pixel ratio, so a PNG gets real map pixels (labels included) at full
 * resolution while the on-screen map is left exactly as it was.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
// The worker's address: on a phone the on-screen WebGL map may never have loaded (src/map/webgl/start.ts).
import './warm';
import type { Lang } from '../../domain/types';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import type { Derived } from '../../store/derived';
import { loadMapFonts } from './fonts';
import { applyState } from './featureState';
import { withLabels } from './exportLabels';
import { GUANGDONG_BOUNDS, MAP_PADDING, type MapInputs } from '../model';
import { CONTEXT_ATTRIBUTES, mapStyle } from './style';

export interface SnapshotInput {
  geo: CitiesGeo;
  context: ContextGeo | null;
  derived: Derived;
  lang: Lang;
  /** The cities side by side, outlined. */
  compared: readonly string[];
}

export async function renderMapSnapshot(
  input: SnapshotInput,
  size: { width: number; height: number; pixelRatio: number },
): Promise<HTMLCanvasElement> {
  await loadMapFonts(input.geo, input.lang);
  // Exports draw the view alone, on the light ground, with the compared cities outlined: no selection, hover or focus.
  const model: MapInputs = {
    derived: input.derived,
    lang: input.lang,
    selectedCity: null,
    comparedCities: input.compared,
    hoveredCity: null,
    focusedCity: null,
    scheme: 'light',
  };
  const container = document.createElement('div');
  // Off-screen but laid out: a map needs a real size to render.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${size.width}px`,
    height: `${size.height}px`,
    visibility: 'hidden',
  });
  document.body.appendChild(container);
  const map = new MapLibreMap({
    container,
    style: withLabels(
      mapStyle({ borders: 'line' }, { cities: input.geo as GeoJSON.FeatureCollection, ...(input.context && { context: input.context as GeoJSON.FeatureCollection }) }),
      input.geo,
      input.context,
      model,
    ),
    bounds: GUANGDONG_BOUNDS,
    fitBoundsOptions: { padding: MAP_PADDING },
    pixelRatio: size.pixelRatio,
    interactive: false,
    attributionControl: false,
    // The style is built from typed constants here; validating it again at run time costs start-up time.
    validateStyle: false,
    fadeDuration: 0,
    canvasContextAttributes: { ...CONTEXT_ATTRIBUTES, preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => {
        applyState(map, input.geo, model, null);
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
      map.once('error', (e) => reject(e.error ?? new Error('map snapshot failed')));
    });
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')!.drawImage(source, 0, 0);
    return copy;
  } finally {
    map.remove();
    container.remove();
  }
}
