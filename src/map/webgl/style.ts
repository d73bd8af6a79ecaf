/**
 * The self-contained map style: no tiles, no glyph server, no sprite. Colours
 * and widths live here as typed constants; what changes with the view
 * (class, role, hover, selection) is read from feature state.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { CountClass } from '../../domain/classes';
import { ROLES, type Lang } from '../../domain/types';
import { ROLE_COLORS } from '../../domain/roleStyle';

/**
 * The labels' font stack in a language. Without a glyphs URL maplibre draws
 * every glyph with the browser's canvas in this stack. (The map option
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

export const COLORS = {
  sea: '#d9e6ee',
  land: '#f3f1ec',
  landLine: '#c9c4b8',
  cityLine: '#ffffff',
  selected: '#1a1a1a',
  hover: '#4a4a4a',
  // The UI's focus colour (styles.css --focus).
  focus: '#e66100',
  label: '#1f2328',
  labelHalo: 'rgba(255,255,255,0.9)',
  // 5:1 on the land and on the sea, at the context labels' small size.
  contextLabel: '#666052',
};

/** The page's colour scheme (src/theme.ts): the screen map's ground follows it; exports always draw the light one. */
export type Scheme = 'light' | 'dark';

/**
 * The map's ground in each scheme: sea (the page's background behind the
 * map), land, borders and the neighbours' names. styles.css holds the same
 * values in light-dark() (--sea, --land, --land-line, --city-line,
 * --context-label; a test keeps them equal). The class and role colours, and
 * the cities' labels on them, are the same in both.
 */
export const MAP_GROUND: Record<Scheme, { sea: string; land: string; landLine: string; cityLine: string; contextLabel: string }> = {
  light: { sea: COLORS.sea, land: COLORS.land, landLine: COLORS.landLine, cityLine: COLORS.cityLine, contextLabel: COLORS.contextLabel },
  dark: { sea: '#0f2230', land: '#2a2d31', landLine: '#4a4f56', cityLine: '#15171a', contextLabel: '#bdb6a6' },
};

/** Paints the screen map's ground (its 'outline' borders) for a scheme. */
export function applyGround(map: Pick<MapLibreMap, 'setPaintProperty'>, scheme: Scheme): void {
  const g = MAP_GROUND[scheme];
  type Paint = Parameters<MapLibreMap['setPaintProperty']>;
  const paint: [string, Paint[1], Paint[2]][] = [
    ['context-fill', 'fill-color', ['coalesce', ['feature-state', 'land'], g.land] as ExpressionSpecification],
    ['context-fill', 'fill-outline-color', g.landLine],
    ['city-fill', 'fill-outline-color', g.cityLine],
    ['context-label', 'text-color', g.contextLabel],
    ['context-label', 'text-halo-color', g.land],
  ];
  for (const [layer, property, value] of paint) map.setPaintProperty(layer, property, value, { validate: false });
}

export const GUANGDONG_BOUNDS: [[number, number], [number, number]] = [
  [109.65, 20.2],
  [117.35, 25.55],
];

function classColor(classes: readonly CountClass[]): ExpressionSpecification {
  const pairs = classes.flatMap((c, i) => [i, c.color]);
  return ['match', ['coalesce', ['feature-state', 'cls'], -1], ...pairs, '#e0e0e0'] as unknown as ExpressionSpecification;
}

/** The city fill's colour: role colours in the one-industry view, class colours otherwise. */
export function cityFillColor(classes: readonly CountClass[]): ExpressionSpecification {
  return ['case', inSingle, roleColor(), classColor(classes)];
}

const inSingle: ExpressionSpecification = ['boolean', ['feature-state', 'single'], false];
const isRegional: ExpressionSpecification = ['==', ['feature-state', 'basis'], 'regional'];

function roleColor(): ExpressionSpecification {
  const pairs = ROLES.flatMap((r) => [r, ROLE_COLORS[r]]);
  return ['match', ['coalesce', ['feature-state', 'role'], 'none'], ...pairs, '#f7f7f4'] as unknown as ExpressionSpecification;
}

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

export function cityLayers(classes: readonly CountClass[], borders: Borders): LayerSpecification[] {
  return [
    {
      id: 'city-fill',
      type: 'fill',
      source: 'cities',
      paint: {
        'fill-color': cityFillColor(classes),
        'fill-opacity': ['case', ['all', inSingle, isRegional], 0.42, 1],
        ...fillBorder(borders, COLORS.cityLine),
      },
    },
    ...borderLine(borders, 'city-line', 'cities', COLORS.cityLine, ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 1.6]),
    {
      // Regional designations in the one-industry view: dashed outline, drawn only where the state says so.
      id: 'city-regional-line',
      type: 'line',
      source: 'cities',
      layout: { visibility: 'none' },
      paint: {
        'line-color': '#555555',
        'line-width': 1.2,
        'line-dasharray': [2, 2],
        'line-opacity': ['case', ['all', inSingle, isRegional], 0.9, 0],
      },
    },
    {
      id: 'city-highlight',
      type: 'line',
      source: 'cities',
      layout: { visibility: 'none' },
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLORS.selected, COLORS.hover],
        'line-width': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          3,
          ['boolean', ['feature-state', 'hover'], false],
          1.8,
          0,
        ],
      },
    },
    // The keyboard's focus ring (src/map/keys/mapKeys.ts), on the focused city only.
    ...FOCUS_RING.map(
      ({ layer, color, width }): LayerSpecification => ({
        id: layer,
        type: 'line',
        source: 'cities',
        layout: { visibility: 'none', 'line-join': 'round' },
        paint: { 'line-color': color, 'line-width': ['case', ['boolean', ['feature-state', 'focused'], false], width, 0] },
      }),
    ),
  ];
}

/**
 * The keyboard's focus ring as every map draws it (the WebGL map's layers, the
 * SVG maps' paths): the UI's focus colour on a white halo, so it shows on
 * every class colour. Widths in screen pixels.
 */
export const FOCUS_RING = [
  { layer: 'city-focus-halo', color: '#ffffff', width: 7.5 },
  { layer: 'city-focus', color: COLORS.focus, width: 3.5 },
] as const;

/** The layers that draw the keyboard's focus ring. */
export const FOCUS_LAYERS = FOCUS_RING.map((r) => r.layer);

/** The label layers, which the screen map shows only once their glyphs are in. */
export const LABEL_LAYERS = ['context-label', 'city-label'] as const;

const visibility = (shown: boolean) => (shown ? 'visible' : 'none') as 'visible' | 'none';

export function labelLayer(shown: boolean, lang: Lang): LayerSpecification {
  return {
    id: 'city-label',
    type: 'symbol',
    source: 'labels',
    layout: {
      visibility: visibility(shown),
      'text-field': ['format', ['get', 'name'], { 'font-scale': 1 }, '\n', {}, ['get', 'count'], { 'font-scale': 0.92 }],
      'text-font': mapFonts(lang),
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 16],
      'text-line-height': 1.15,
      'text-allow-overlap': false,
      'text-padding': 1,
      'symbol-sort-key': ['-', 0, ['get', 'value']],
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.4 },
  };
}

export function contextLayers(borders: Borders): LayerSpecification[] {
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
        'fill-color': ['coalesce', ['feature-state', 'land'], COLORS.land] as unknown as ExpressionSpecification,
        'fill-opacity': ['coalesce', ['feature-state', 'land'], 1] as unknown as ExpressionSpecification,
        ...fillBorder(borders, COLORS.landLine),
      },
    },
    ...borderLine(borders, 'context-line', 'context', COLORS.landLine, 0.7),
  ];
}

export function contextLabelLayer(shown: boolean, lang: Lang): LayerSpecification {
  return {
    id: 'context-label',
    type: 'symbol',
    source: 'context-labels',
    layout: {
      visibility: visibility(shown),
      'text-field': ['get', 'name'],
      'text-font': mapFonts(lang),
      'text-size': 11,
      'text-allow-overlap': false,
      // The city labels are placed first; a neighbour's name moves beside its
      // point rather than vanish where a city's label sits (Macau next to Zhuhai).
      'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom', 'top-left', 'bottom-left'],
      'text-radial-offset': 0.6,
    },
    // A wide halo: Macau's name may overhang Zhuhai's dark fill.
    paint: { 'text-color': COLORS.contextLabel, 'text-halo-color': COLORS.land, 'text-halo-width': 2 },
  };
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface StyleData {
  cities?: GeoJSON.FeatureCollection;
  labels?: GeoJSON.FeatureCollection;
  context?: GeoJSON.FeatureCollection;
  contextLabels?: GeoJSON.FeatureCollection;
}

/**
 * The whole map style: every source and layer, with whatever data is given
 * (empty sources otherwise, filled later with setData). Everything is in the
 * style from the start because the style is validated once, when the map is
 * made (and not at all with `validateStyle: false`), whereas each addLayer or
 * addSource validates and serialises the whole style again. Hidden label
 * layers (`labels: false`) leave their sources idle: no tiles, no glyphs.
 *
 * No background layer: the sea is the map container's background (and the
 * PNG page's fill under the map), which spares a shader and a full-screen
 * draw in every frame.
 */
export function mapStyle(
  classes: readonly CountClass[],
  { borders, labels, lang }: { borders: Borders; labels: boolean; lang: Lang },
  data: StyleData = {},
): StyleSpecification {
  const source = (d: GeoJSON.FeatureCollection | undefined) => ({ type: 'geojson' as const, data: d ?? EMPTY });
  return {
    version: 8,
    sources: {
      context: source(data.context),
      'context-labels': source(data.contextLabels),
      cities: source(data.cities),
      labels: source(data.labels),
    },
    // The neighbours' names above the city fills (Macau's overhangs Zhuhai) and
    // below the city labels, which are placed first and so keep their places.
    layers: [...contextLayers(borders), ...cityLayers(classes, borders), contextLabelLayer(labels, lang), labelLayer(labels, lang)],
  };
}
