/**
 * Renders the current view into a fresh, hidden map at the export size and
 * pixel ratio, so a PNG gets real map pixels (labels included) at full
 * resolution while the on-screen map is left exactly as it was.
 */
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/schema';
import type { Derived } from '../store/derived';
import { loadMapFonts } from './fonts';
import { applyState, contextPoints, labelPoints } from './mapState';
import { baseStyle, cityLayers, contextLabelLayer, contextLayers, GUANGDONG_BOUNDS, IDEOGRAPH_FONT_FAMILY, labelLayer } from './style';

export interface SnapshotInput {
  geo: CitiesGeo;
  context: ContextGeo | null;
  derived: Derived;
  lang: Lang;
}

function fullStyle({ geo, context, derived, lang }: SnapshotInput): StyleSpecification {
  const style = baseStyle();
  style.sources = {
    cities: { type: 'geojson', data: geo as GeoJSON.FeatureCollection },
    labels: { type: 'geojson', data: labelPoints(geo, derived, lang) },
  };
  if (context) {
    style.sources.context = { type: 'geojson', data: context as GeoJSON.FeatureCollection };
    style.sources['context-labels'] = { type: 'geojson', data: contextPoints(context, lang) };
    style.layers.push(...contextLayers(), contextLabelLayer());
  }
  style.layers.push(...cityLayers(derived.classes), labelLayer());
  return style;
}

export async function renderMapSnapshot(
  input: SnapshotInput,
  size: { width: number; height: number; pixelRatio: number },
): Promise<HTMLCanvasElement> {
  await loadMapFonts(input.geo, input.lang);
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
    style: fullStyle(input),
    bounds: GUANGDONG_BOUNDS,
    fitBoundsOptions: { padding: 16 },
    pixelRatio: size.pixelRatio,
    interactive: false,
    attributionControl: false,
    // The style is built from typed constants here; validating it again at run time costs start-up time.
    validateStyle: false,
    fadeDuration: 0,
    localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => {
        applyState(map, input.geo, { ...input, selectedCity: null, hoveredCity: null }, null);
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
