import { describe, expect, it } from 'vitest';
import type { YourData } from '../domain/sites';
import { readJson } from '../test/files';
import type { CitiesGeo } from '../data/files';
import { siteMarks, sitePoints } from './sites';

const geo = readJson('data/guangdong.geojson') as CitiesGeo;
const data = (sites: YourData['sites']): YourData => ({ source: 'x', kind: 'sites', header: [], rows: [], sites, figures: [], figureProblems: [] });

describe("the sites' model", () => {
  it('a point per site read as coordinates, a ring per city for those located by name, nothing for those with no city', () => {
    const points = sitePoints(
      data([
        { row: 2, name: 'a', city: '440100', by: 'coordinates', lon: 113.3, lat: 23.1, candidates: [] },
        { row: 3, name: 'b', city: '440600', by: 'district', candidates: [] },
        { row: 4, name: 'c', city: '440600', by: 'town', candidates: [] },
        { row: 5, name: 'd', city: '440600', by: 'hand', lon: 114.2, lat: 22.3, unlocated: 'outside', candidates: [] },
        { row: 6, name: 'e', city: null, by: null, unlocated: 'no-place', candidates: [] },
        { row: 7, name: 'f', city: null, by: null, lon: 114.17, lat: 22.32, unlocated: 'outside', outsideIn: '810000', candidates: [] },
      ]),
      geo,
    );
    expect(points.filter((p) => p.kind === 'point').map((p) => p.name)).toEqual(['a', 'f']);
    // The pick by hand counts with its city's sites by name: its point was outside.
    expect(points.filter((p) => p.kind === 'city')).toEqual([expect.objectContaining({ city: '440600', count: 3 })]);
  });

  it('groups points within the radius, keeps the rest apart, and a city ring is never grouped', () => {
    const points = [0, 1, 2, 3].map((i) => ({ lon: 0, lat: 0, kind: 'point' as const, city: '440100', name: `s${i}`, count: 1 }));
    const ring = { lon: 0, lat: 0, kind: 'city' as const, city: '440600', count: 5 };
    const marks = siteMarks([...points, ring], [[10, 10], [14, 12], [100, 100], [300, 10], [11, 11]], 12);
    expect(marks).toEqual([
      { x: 11, y: 11, kind: 'city', count: 5 },
      { x: 12, y: 11, kind: 'group', count: 2 },
      { x: 100, y: 100, kind: 'point', count: 1, name: 's2' },
      { x: 300, y: 10, kind: 'point', count: 1, name: 's3' },
    ]);
  });
});
