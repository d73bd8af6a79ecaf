/**
 * Which city a point is in: point-in-polygon (@turf/boolean-point-in-polygon)
 * against the unsimplified boundaries (data/locator/boundaries.json), which
 * hold the 21 cities and Hong Kong and Macau. A point in none of them is
 * outside Guangdong; it is never given the nearest city (that is only offered
 * as a candidate to pick by hand).
 *
 * A grid of cells of 1/32° over the province keeps the join fast: a cell that
 * no boundary crosses is inside one area (or none) for every point in it, and
 * is tested once; only points in cells a boundary crosses are tested against
 * the few areas whose edges cross it.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { decodeRing, type EncodedPolygon, type Ring } from './rings';

export interface Boundaries {
  scale: number;
  areas: { code: string; polygons: EncodedPolygon[] }[];
}

interface Area {
  code: string;
  polygons: GeoJSON.Polygon[];
  bbox: [number, number, number, number];
}

const CELL = 1 / 32;

export interface Join {
  /** The area's code (a city's adcode, 810000 Hong Kong, 820000 Macau), or null: outside all of them. */
  areaAt(lon: number, lat: number): string | null;
  /** The nearest cities' adcodes and their distances (km) to the point, nearest first. */
  nearest(lon: number, lat: number, count?: number): { code: string; km: number }[];
  /** The distance (km) from the point to its area's boundary. */
  toBorder(lon: number, lat: number, code: string): number;
}

function bboxOf(rings: Ring[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) for (const [x, y] of r) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

export function buildJoin(boundaries: Boundaries): Join {
  const areas: Area[] = boundaries.areas.map(({ code, polygons }) => {
    const decoded = polygons.map((p) => p.map(([ring, offset]) => decodeRing(ring, offset, boundaries.scale)));
    return { code, polygons: decoded.map((rings): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: rings })), bbox: bboxOf(decoded.flat()) };
  });
  const [x0, y0] = [Math.min(...areas.map((a) => a.bbox[0])), Math.min(...areas.map((a) => a.bbox[1]))];
  const [x1, y1] = [Math.max(...areas.map((a) => a.bbox[2])), Math.max(...areas.map((a) => a.bbox[3]))];
  const cols = Math.ceil((x1 - x0) / CELL) + 1;
  const rows = Math.ceil((y1 - y0) / CELL) + 1;
  // For each cell: the areas whose edges cross it (undefined: none do).
  const crossing: (Set<Area> | undefined)[] = new Array(cols * rows);
  for (const area of areas) {
    for (const polygon of area.polygons) for (const ring of polygon.coordinates) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        // Every cell the edge's box touches (edges are far shorter than a cell).
        for (let cx = Math.floor((Math.min(ax!, bx!) - x0) / CELL); cx <= Math.floor((Math.max(ax!, bx!) - x0) / CELL); cx++) {
          for (let cy = Math.floor((Math.min(ay!, by!) - y0) / CELL); cy <= Math.floor((Math.max(ay!, by!) - y0) / CELL); cy++) {
            (crossing[cy * cols + cx] ??= new Set()).add(area);
          }
        }
      }
    }
  }
  const whole = new Map<number, string | null>();
  const inArea = (area: Area, point: [number, number]) => {
    const [x, y] = point;
    if (x < area.bbox[0] || x > area.bbox[2] || y < area.bbox[1] || y > area.bbox[3]) return false;
    return area.polygons.some((p) => booleanPointInPolygon(point, p));
  };
  const search = (point: [number, number], among: Iterable<Area>) => {
    for (const area of among) if (inArea(area, point)) return area.code;
    return null;
  };
  const areaAt = (lon: number, lat: number): string | null => {
    const cx = Math.floor((lon - x0) / CELL);
    const cy = Math.floor((lat - y0) / CELL);
    if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) return null;
    const cell = cy * cols + cx;
    const edges = crossing[cell];
    if (edges) return search([lon, lat], edges) ?? search([lon, lat], areas);
    if (!whole.has(cell)) whole.set(cell, search([x0 + (cx + 0.5) * CELL, y0 + (cy + 0.5) * CELL], areas));
    return whole.get(cell)!;
  };
  const kmTo = (lon: number, lat: number, area: Area) => {
    const cos = Math.cos((lat * Math.PI) / 180);
    let best = Infinity;
    for (const polygon of area.polygons) for (const ring of polygon.coordinates) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        const dx = (bx! - ax!) * cos;
        const dy = by! - ay!;
        const px = (lon - ax!) * cos;
        const py = lat - ay!;
        const len = dx * dx + dy * dy;
        const t = len ? Math.max(0, Math.min(1, (px * dx + py * dy) / len)) : 0;
        best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
      }
    }
    return best * 111.2;
  };
  return {
    areaAt,
    nearest(lon, lat, count = 3) {
      return areas
        .filter((a) => a.code.startsWith('44'))
        .map((a) => ({ code: a.code, km: kmTo(lon, lat, a) }))
        .sort((a, b) => a.km - b.km)
        .slice(0, count);
    },
    toBorder(lon, lat, code) {
      const area = areas.find((a) => a.code === code);
      return area ? kmTo(lon, lat, area) : Infinity;
    },
  };
}
