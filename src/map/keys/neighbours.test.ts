import { bearing, point, pointToPolygonDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { citiesGeoSchema } from '../../data/schema';
import { readJson } from '../../test/files';
import { DIRECTIONS, neighbourGraph, sectorOf } from './neighbours';

const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
const graph = neighbourGraph(geo);
const byCode = new Map(geo.features.map((f) => [f.properties.adcode, f]));
const at = (code: string) => point([byCode.get(code)!.properties.label_lon, byCode.get(code)!.properties.label_lat]);

describe('sectorOf', () => {
  it('splits the compass into four 90° sectors around north, east, south and west', () => {
    expect([0, 44, 46, 134, 136, 180, -180, -136, -134, -46, -44].map(sectorOf)).toEqual([
      'up', 'up', 'right', 'right', 'down', 'down', 'down', 'down', 'left', 'left', 'up',
    ]);
  });
});

describe('neighbourGraph', () => {
  it('reaches every city from every city by arrow keys', () => {
    for (const start of graph.keys()) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length)
        for (const next of Object.values(graph.get(queue.shift()!)!))
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
      expect(seen.size, start).toBe(21);
    }
  });

  it("picks, in each direction, the nearest city whose label point lies in that sector", () => {
    for (const [from, choices] of graph)
      for (const direction of DIRECTIONS) {
        const inSector = geo.features.filter((f) => f.properties.adcode !== from && sectorOf(bearing(at(from), at(f.properties.adcode))) === direction);
        const chosen = choices[direction];
        if (!inSector.length) {
          expect(chosen, `${from} ${direction}`).toBeUndefined();
          continue;
        }
        const km = (f: (typeof inSector)[number]) => Math.max(0, pointToPolygonDistance(at(from), f as never, { units: 'kilometers' }));
        const nearest = Math.min(...inSector.map(km));
        expect(km(byCode.get(chosen!)!), `${from} ${direction}`).toBe(nearest);
      }
  });

  it('walks east from Guangzhou to Huizhou', () => {
    // Guangzhou 440100 → Huizhou 441300 (Dongguan lies south-east, its label below Guangzhou's east).
    expect(graph.get('440100')!.right).toBe('441300');
  });
});
