/**
 * The self-contained map style: no tiles, no glyph server, no sprite. Colours
 * and widths come from the palette (src/domain/palette.ts); what changes with
 * the view is the map model's (src/map/model.ts), written into feature state
 * (featureState.ts): each city's fill and opacity, hover, selection, focus.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { FOCUS_RING, GROUND, LABEL, LABEL_TYPE, OUTLINE, REGIONAL_LINE, STROKE, UNSET_COLOR, type Scheme } from '../../domain/palette';
import type { Lang } from '../../domain/types';

/**
 * What every WebGL map asks of its context (the screen map's and the PNG
 * snapshot's): Safari gives a context asked for as 'high-performance'
 * (maplibre's default) and then loses it at once.
 */
export const CONTEXT_ATTRIBUTES = { powerPreference: 'default' } as const;

/**
 * The labels' font stack in a language: the screen map's text
 * (screenLabels.ts) and the exported map's symbol layers, for which, without
 * a glyphs URL, maplibre draws every glyph with the browser's canvas in this
 * stack. (The map option
 * localIdeographFontFamily applies only to the style spec's default stack, so
 * the app does not set it.) Chinese names are set in Noto Sans SC: the
 * Japanese cut has no simplified-only characters (圳, 东 …), which came out
 * as empty boxes on a machine without CJK system fonts; Japanese and English
 * names are in the Japanese cut. Each stack names one family (scripts/uiFont.ts
 * puts every name of its languages in it, and a test checks the typeface has
 * them): maplibre loads every family of a stack (`document.fonts.load`, for a
 * space), so a stack naming both fetched the other language's file too.
 */
export function mapFonts(lang: Lang): string[] {
  return [lang === 'zh' ? 'Noto Sans SC' : 'Noto Sans JP'];
}

/** A city's fill as the map model gives it, from feature state; the context shapes have none, so this draws them with their land colour in the same shader. */
const fillFrom = (key: string, fallback: string | number) => ['coalesce', ['feature-state', key], fallback] as unknown as ExpressionSpecification;

/** Paints the screen map's ground (its 'outline' borders) for a scheme. */
export function applyGround(map: Pick<MapLibreMap, 'setPaintProperty'>, scheme: Scheme): void {
  const g = GROUND[scheme];
  type Paint = Parameters<MapLibreMap['setPaintProperty']>;
  const paint: [string, Paint[1], Paint[2]][] = [
    ['context-fill', 'fill-color', fillFrom('land', g.land)],
    ['context-fill', 'fill-outline-color', g.landLine],
    ['city-fill', 'fill-outline-color', g.cityLine],
  ];
  for (const [layer, property, value] of paint) map.setPaintProperty(layer, property, value, { validate: false });
}

/** The city fill's paint: the model's colour and opacity for each city. */
const CITY_FILL_PAINT = { 'fill-color': fillFrom('fill', UNSET_COLOR), 'fill-opacity': fillFrom('fillOpacity', 1) };

const stateIs = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/**
 * How the borders between areas are drawn. On screen, 'outline': the fill's
 * own one-pixel antialiased edge, which costs no line geometry in the worker
 * and no line shader (the dearest compile of a first frame on software
 * WebGL). In exported images, 'line': a line layer whose width grows with the
 * zoom and is scaled with the pixel ratio, so a 4× PNG keeps visible borders.
 */
export type Borders = 'outline' | 'line';

/** The fill's own paint for its borders: an outline colour, or no antialiased edge where a line layer draws them. */
const fillBorder = (borders: Borders, color: string) =>
  borders === 'outline' ? { 'fill-outline-color': color } : { 'fill-antialias': false };

/** With 'line' borders, the line layer that draws a source's borders. */
function borderLine(borders: Borders, id: string, source: string, color: string, width: number | ExpressionSpecification): LayerSpecification[] {
  return borders === 'line' ? [{ id, type: 'line', source, paint: { 'line-color': color, 'line-width': width } }] : [];
}

function cityLayers(borders: Borders): LayerSpecification[] {
  const light = GROUND.light;
  return [
    {
      id: 'city-fill',
      type: 'fill',
      source: 'cities',
      paint: { ...CITY_FILL_PAINT, ...fillBorder(borders, light.cityLine) },
    },
    ...borderLine(borders, 'city-line', 'cities', light.cityLine, ['interpolate', ['linear'], ['zoom'], ...STROKE.cityLineByZoom]),
    {
      // Regional designations in the one-industry view: dashed outline, drawn only where the state says so.
      id: 'city-regional-line',
      type: 'line',
      source: 'cities',
      layout: { visibility: 'none' },
      paint: {
        'line-color': REGIONAL_LINE.color,
        'line-width': REGIONAL_LINE.width,
        'line-dasharray': [...REGIONAL_LINE.dash],
        'line-opacity': ['case', stateIs('regional'), REGIONAL_LINE.opacity, 0],
      },
    },
    {
      id: 'city-highlight',
      type: 'line',
      source: 'cities',
      layout: { visibility: 'none' },
      paint: {
        'line-color': ['case', stateIs('selected'), OUTLINE.selected, OUTLINE.hover],
        'line-width': ['case', stateIs('selected'), STROKE.selected, stateIs('hover'), STROKE.hover, 0],
      },
    },
    // The keyboard's focus ring (src/map/keys/mapKeys.ts), on the focused city only.
    ...FOCUS_RING.map(
      ({ layer, color, width }): LayerSpecification => ({
        id: layer,
        type: 'line',
        source: 'cities',
        layout: { visibility: 'none', 'line-join': 'round' },
        paint: { 'line-color': color, 'line-width': ['case', stateIs('focused'), width, 0] },
      }),
    ),
  ];
}

/**
 * The WebGL maps' city labels, the exported map's symbol layer
 * (exportLabels.ts) and the screen map's text (screenLabels.ts): their size
 * grows with the zoom (zoom, px, zoom, px), and their halo is one colour
 * where nothing takes its opacity apart (maplibre's halo, a 2D canvas). Here
 * rather than in the palette, so the page's first script does without them.
 */
export const CITY_LABEL_BY_ZOOM = [5, LABEL_TYPE.city, 9, 16] as const;
export const LABEL_HALO_RGBA = `rgba(255,255,255,${LABEL.haloOpacity})`;

/** The layers that draw the keyboard's focus ring. */
export const FOCUS_LAYERS = FOCUS_RING.map((r) => r.layer);

function contextLayers(borders: Borders): LayerSpecification[] {
  return [
    {
      id: 'context-fill',
      type: 'fill',
      source: 'context',
      // Written in the same form as the city fill (values read per feature), so
      // both draw with one compiled shader: compiling one is the dearest step
      // of a first frame on software WebGL. The context has no feature state,
      // so these always give the land colour.
      paint: {
        'fill-color': fillFrom('land', GROUND.light.land),
        'fill-opacity': fillFrom('land', 1),
        ...fillBorder(borders, GROUND.light.landLine),
      },
    },
    ...borderLine(borders, 'context-line', 'context', GROUND.light.landLine, STROKE.contextBorder),
  ];
}

export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface StyleData {
  cities?: GeoJSON.FeatureCollection;
  context?: GeoJSON.FeatureCollection;
}

/**
 * The whole map style: every source and layer, with whatever data is given
 * (empty sources otherwise, filled later with setData). Everything is in the
 * style from the start because the style is validated once, when the map is
 * made (and not at all with `validateStyle: false`), whereas each addLayer or
 * addSource validates and serialises the whole style again. Names are not
 * in it: the screen map's are page text over it (screenLabels.ts), the
 * exported map's symbol layers are added by exportLabels.ts.
 *
 * No background layer: the sea is the map container's background (and the
 * PNG page's fill under the map), which spares a shader and a full-screen
 * draw in every frame.
 */
export function mapStyle(
  { borders }: { borders: Borders },
  data: StyleData = {},
): StyleSpecification {
  const source = (d: GeoJSON.FeatureCollection | undefined) => ({ type: 'geojson' as const, data: d ?? EMPTY });
  return {
    version: 8,
    sources: {
      context: source(data.context),
      cities: source(data.cities),
    },
    layers: [...contextLayers(borders), ...cityLayers(borders)],
  };
}
