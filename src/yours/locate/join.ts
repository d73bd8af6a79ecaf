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
  /** The cities whose boundary is within `km` of the point, with that distance, nearest first. */
  nearby(lon: number, lat: number, km: number): { code: string; km: number }[];
}

interface Edge {
  area: Area;
  ax: number;
  ay: number;
  bx: number;
  by: number;
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
  // For each cell: the edges that cross it (undefined: none do).
  const edgesIn: (Edge[] | undefined)[] = new Array(cols * rows);
  for (const area of areas) {
    for (const polygon of area.polygons) for (const ring of polygon.coordinates) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        // Every cell the edge's box touches (edges are far shorter than a cell).
        for (let cx = Math.floor((Math.min(ax!, bx!) - x0) / CELL); cx <= Math.floor((Math.max(ax!, bx!) - x0) / CELL); cx++) {
          for (let cy = Math.floor((Math.min(ay!, by!) - y0) / CELL); cy <= Math.floor((Math.max(ay!, by!) - y0) / CELL); cy++) {
            (edgesIn[cy * cols + cx] ??= []).push({ area, ax: ax!, ay: ay!, bx: bx!, by: by! });
          }
        }
      }
    }
  }
  // And the areas those edges belong to: where a point in the cell may lie.
  const crossing = edgesIn.map((edges) => edges && new Set(edges.map((e) => e.area)));
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
  // Distances by the edges in the cells around the point: a cell is 1/32° (3.5 km or more), so the cells within
  // `reach` of the point's own hold every edge nearer than reach × 3.2 km.
  const nearby = (lon: number, lat: number, km: number) => {
    const cos = Math.cos((lat * Math.PI) / 180);
    const reach = Math.ceil(km / (CELL * 111.2 * cos)) + 1;
    const cx0 = Math.floor((lon - x0) / CELL);
    const cy0 = Math.floor((lat - y0) / CELL);
    const best = new Map<Area, number>();
    for (let cy = Math.max(0, cy0 - reach); cy <= Math.min(rows - 1, cy0 + reach); cy++) {
      for (let cx = Math.max(0, cx0 - reach); cx <= Math.min(cols - 1, cx0 + reach); cx++) {
        for (const e of edgesIn[cy * cols + cx] ?? []) {
          const dx = (e.bx - e.ax) * cos;
          const dy = e.by - e.ay;
          const px = (lon - e.ax) * cos;
          const py = lat - e.ay;
          const len = dx * dx + dy * dy;
          const t = len ? Math.max(0, Math.min(1, (px * dx + py * dy) / len)) : 0;
          const d = Math.hypot(px - t * dx, py - t * dy) * 111.2;
          if (d <= km && d < (best.get(e.area) ?? Infinity)) best.set(e.area, d);
        }
      }
    }
    return [...best]
      .filter(([area]) => area.code.startsWith('44'))
      .map(([area, d]) => ({ code: area.code, km: d }))
      .sort((a, b) => a.km - b.km);
  };
  return { areaAt, nearby };
}
