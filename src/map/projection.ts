/**
 * The one projection every drawn map shares: Web Mercator with the
 * province's box (GUANGDONG_BOUNDS) fitted inside the frame, as the WebGL
 * map's fitBounds does. The SVG map, the export page and the PNG's WebGL
 * picture therefore frame the province alike.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { CitiesGeo, ContextGeo } from '../data/files';
import { GUANGDONG_BOUNDS } from './model';

export interface ProjectedMap {
  cities: { adcode: string; d: string; label: [number, number] }[];
  context: { id: string; d: string; label: [number, number]; kind: string; names: { ja: string; zh: string; en: string } }[];
}

type Bounds = readonly [readonly [number, number], readonly [number, number]];
const cornersOf = ([[west, south], [east, north]]: Bounds): GeoJSON.MultiPoint => ({ type: 'MultiPoint', coordinates: [[west, south], [east, north]] });

/** The map in a `width` × `height` frame, the province's box fitted (centred) inside `padding`. */
export function projectMap(geo: CitiesGeo, context: ContextGeo | null, width: number, height: number, padding: number): ProjectedMap {
  const extent: [[number, number], [number, number]] = [
    [padding, padding],
    [width - padding, height - padding],
  ];
  return project(geo, context, geoMercator().fitExtent(extent, cornersOf(GUANGDONG_BOUNDS)));
}

/** Points (lon, lat) in the same frame as projectMap's shapes. */
export function projectPoints(points: readonly (readonly [number, number])[], width: number, height: number, padding: number): [number, number][] {
  const extent: [[number, number], [number, number]] = [
    [padding, padding],
    [width - padding, height - padding],
  ];
  const projection = geoMercator().fitExtent(extent, cornersOf(GUANGDONG_BOUNDS));
  return points.map(([lon, lat]) => {
    const p = projection([lon, lat]) ?? [0, 0];
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  });
}

function project(geo: CitiesGeo, context: ContextGeo | null, projection: GeoProjection, digits = 1): ProjectedMap {
  const path = geoPath(projection).digits(digits);
  const point = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat]) ?? [0, 0];
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  };
  return {
    cities: geo.features.map((f) => ({
      adcode: f.properties.adcode,
      d: path(f as GeoJSON.Feature) ?? '',
      label: point(f.properties.label_lon, f.properties.label_lat),
    })),
    context: (context?.features ?? []).map((f) => ({
      id: f.properties.id,
      d: path(f as GeoJSON.Feature) ?? '',
      label: point(f.properties.label_lon, f.properties.label_lat),
      kind: f.properties.kind,
      names: { ja: f.properties.name_ja, zh: f.properties.name_zh, en: f.properties.name_en },
    })),
  };
}

/**
 * The map projected into a frame whose viewBox is exactly the province's
 * box, `width` units wide. Drawn with `preserveAspectRatio "xMidYMid meet"`
 * inside the map's padding, it frames the province as the WebGL map's
 * fitBounds does, so one can stand in for the other in place (src/map/svg).
 */
export function projectToBounds(geo: CitiesGeo, context: ContextGeo | null, width = 1000): ProjectedMap & { width: number; height: number } {
  const corners = cornersOf(GUANGDONG_BOUNDS);
  const [[west, south], [, north]] = GUANGDONG_BOUNDS;
  const fitted = geoMercator().fitWidth(width, corners);
  const height = Math.round((fitted([west, south])![1] - fitted([west, north])![1]) * 10) / 10;
  // Whole units: a unit is a third of a pixel on a phone, and the page that carries these paths is smaller by a third.
  return { width, height, ...project(geo, context, geoMercator().fitExtent([[0, 0], [width, height]], corners), 0) };
}

/** Points (lon, lat) in projectToBounds's frame, `width` × `height` units: where the SVG map draws them. */
export function projectToBoundsPoints(points: readonly (readonly [number, number])[], width: number, height: number): [number, number][] {
  const projection = geoMercator().fitExtent([[0, 0], [width, height]], cornersOf(GUANGDONG_BOUNDS));
  return points.map(([lon, lat]) => {
    const p = projection([lon, lat]) ?? [0, 0];
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  });
}

/** The SVG map's shapes and frame. */
export type SvgMapShapes = ReturnType<typeof projectToBounds>;

const svgShapes = new WeakMap<CitiesGeo, Map<ContextGeo | null, SvgMapShapes>>();

/** The SVG map's shapes, projected once per dataset: the drawn SVG map and its labels share them. */
export function svgMapShapes(geo: CitiesGeo, context: ContextGeo | null): SvgMapShapes {
  let byContext = svgShapes.get(geo);
  if (!byContext) svgShapes.set(geo, (byContext = new Map()));
  let shapes = byContext.get(context);
  if (!shapes) byContext.set(context, (shapes = projectToBounds(geo, context)));
  return shapes;
}
