/**
 * The cities' neighbours by direction, for walking the map with the arrow
 * keys: from each city, the nearest city in each of the four 90° sectors
 * around it (north: bearings -45°…45°, east: 45°…135°, …). Bearings run from
 * the city's label point to the other's; "nearest" is the distance from the
 * label point to the other city's polygon, so a long neighbour that borders
 * the city wins over a compact one whose label point happens to be nearer.
 * Computed from the polygons with turf, once per dataset.
 */
import { bearing } from '@turf/bearing';
import { point } from '@turf/helpers';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { CitiesGeo } from '../../data/files';

export const DIRECTIONS = ['up', 'right', 'down', 'left'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type NeighbourGraph = Map<string, Partial<Record<Direction, string>>>;

/** The sector a bearing (degrees, -180…180, 0 = north) falls in. */
export function sectorOf(degrees: number): Direction {
  const d = ((degrees % 360) + 360 + 45) % 360;
  return DIRECTIONS[Math.floor(d / 90)]!;
}

export function neighbourGraph(geo: CitiesGeo): NeighbourGraph {
  const cities = geo.features.map((f) => ({
    adcode: f.properties.adcode,
    at: point([f.properties.label_lon, f.properties.label_lat]),
    shape: f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
  }));
  const graph: NeighbourGraph = new Map();
  for (const from of cities) {
    const best: Partial<Record<Direction, { adcode: string; km: number }>> = {};
    for (const to of cities) {
      if (to === from) continue;
      const direction = sectorOf(bearing(from.at, to.at));
      const km = Math.max(0, pointToPolygonDistance(from.at, to.shape, { units: 'kilometers' }));
      const held = best[direction];
      if (!held || km < held.km) best[direction] = { adcode: to.adcode, km };
    }
    graph.set(from.adcode, Object.fromEntries(Object.entries(best).map(([d, b]) => [d, b.adcode])));
  }
  return graph;
}
