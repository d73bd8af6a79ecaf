/**
 * Keeps a city the reader is on (selected, or under the keyboard's focus
 * ring) in view and out from under what lies over the map: the city panel,
 * the keys' caption (WCAG 2.4.11, focus not obscured). When the city is off
 * the map or a cover hides any of its box, the map eases so the city sits in
 * the part the covers leave free, never zooming in; when the city is already
 * clear, nothing moves. Without motion where the reader asks for less
 * (prefers-reduced-motion).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { Box } from '../../store/store';

type Bounds = [[number, number], [number, number]];

/** The west-south and east-north corners of a polygon's coordinates. */
export function boundsOf(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      w = Math.min(w, x!);
      s = Math.min(s, y!);
      e = Math.max(e, x!);
      n = Math.max(n, y!);
    }
  return [
    [w, s],
    [e, n],
  ];
}

const overlaps = (a: Box, b: Box) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;

export const prefersLessMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The map's padding that leaves a cover's part of the map free: the side the
 * cover sits on (a panel at the right, a sheet at the bottom, a caption at the
 * top), by how far it reaches into the map.
 */
export function paddingFor(map: Box, covers: readonly Box[], margin = 24) {
  const padding = { top: margin, bottom: margin, left: margin, right: margin };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const c of covers) {
    if (!overlaps(c, map)) continue;
    const reach = {
      right: map.right - c.left,
      left: c.right - map.left,
      bottom: map.bottom - c.top,
      top: c.bottom - map.top,
    };
    // The side it reaches least far in from is the side it sits on.
    const side = (Object.keys(reach) as (keyof typeof reach)[]).reduce((a, b) => (reach[b] < reach[a] ? b : a));
    const limit = side === 'left' || side === 'right' ? width : height;
    // At most two thirds of the map: a wide panel (the comparison's) still leaves a third to fit into.
    padding[side] = Math.max(padding[side], Math.min(reach[side] + margin, (limit * 2) / 3));
  }
  return padding;
}

/** Whether the city's box is off the map or under a cover; if so, eases the map to clear it. Returns whether it moved. */
export function keepCityClear(map: MapLibreMap, bounds: Bounds, covers: readonly Box[]): boolean {
  const box = map.getContainer().getBoundingClientRect();
  const sw = map.project(bounds[0]);
  const ne = map.project(bounds[1]);
  const city = { left: box.left + sw.x, right: box.left + ne.x, top: box.top + ne.y, bottom: box.top + sw.y };
  const inside = city.left >= box.left && city.right <= box.right && city.top >= box.top && city.bottom <= box.bottom;
  if (inside && !covers.some((c) => overlaps(city, c))) return false;
  map.fitBounds(bounds, {
    padding: paddingFor(box, covers),
    maxZoom: map.getZoom(),
    duration: prefersLessMotion() ? 0 : 500,
  });
  return true;
}
