/**
 * Keeps the selected city out from under the city panel (WCAG 2.4.11, focus
 * not obscured): when the panel covers any of the city's box, the map eases
 * so the city sits in the part of the map the panel leaves free, never
 * zooming in; when the city is already clear, nothing moves. Without motion
 * where the reader asks for less (prefers-reduced-motion).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

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

/** Whether the panel covers part of the city's box; if so, eases the map to clear it. Returns whether it moved. */
export function keepCityClear(map: MapLibreMap, bounds: Bounds, panel: DOMRect): boolean {
  const box = map.getContainer().getBoundingClientRect();
  const sw = map.project(bounds[0]);
  const ne = map.project(bounds[1]);
  const city = { left: box.left + sw.x, right: box.left + ne.x, top: box.top + ne.y, bottom: box.top + sw.y };
  const covered = city.right > panel.left && city.left < panel.right && city.bottom > panel.top && city.top < panel.bottom;
  if (!covered) return false;
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds(bounds, {
    padding: { top: 24, bottom: 24, left: 24, right: Math.max(24, box.right - panel.left + 24) },
    maxZoom: map.getZoom(),
    duration: reduce ? 0 : 500,
  });
  return true;
}
