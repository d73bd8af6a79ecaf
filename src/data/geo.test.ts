import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { readJson } from '../test/files';
import { citiesGeoSchema, contextGeoSchema, GUANGDONG_BBOX } from './schema';

const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
const cities = readJson('data/cities.json') as { adcode: string; name: { en: string } }[];
const byName = (en: string) => {
  const code = cities.find((c) => c.name.en === en)!.adcode;
  return geo.features.find((f) => f.properties.adcode === code)! as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
};
const km2 = (f: GeoJSON.Feature | null) => (f ? turf.area(f) / 1e6 : 0);

describe('data/guangdong.geojson', () => {
  it("has 21 features whose ids are cities.json's adcodes, in the same order", () => {
    expect(geo.features.map((f) => String(f.id))).toEqual(cities.map((c) => c.adcode));
  });

  it('has only valid polygons inside Guangdong', () => {
    for (const f of geo.features) {
      // OGC validity: every part is a valid polygon and parts do not overlap
      // (they may touch at a point, which turf's booleanValid alone rejects).
      const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const part of parts) expect(turf.booleanValid(turf.polygon(part)), f.properties.name_en).toBe(true);
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++)
          expect(km2(turf.intersect(turf.featureCollection([turf.polygon(parts[i]!), turf.polygon(parts[j]!)]))), f.properties.name_en).toBe(0);
      const [w, s, e, n] = turf.bbox(f as GeoJSON.Feature);
      expect(w).toBeGreaterThanOrEqual(GUANGDONG_BBOX[0]);
      expect(s).toBeGreaterThanOrEqual(GUANGDONG_BBOX[1]);
      expect(e).toBeLessThanOrEqual(GUANGDONG_BBOX[2]);
      expect(n).toBeLessThanOrEqual(GUANGDONG_BBOX[3]);
    }
  });

  it("puts every label point inside its city's polygon", () => {
    for (const f of geo.features) {
      const p = turf.point([f.properties.label_lon, f.properties.label_lat]);
      expect(turf.booleanPointInPolygon(p, f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>), f.properties.name_en).toBe(true);
    }
  });

  it('has no overlap between cities beyond 0.5 km²', () => {
    const fs = geo.features as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];
    for (let i = 0; i < fs.length; i++)
      for (let j = i + 1; j < fs.length; j++) {
        const overlap = turf.intersect(turf.featureCollection([fs[i]!, fs[j]!]));
        expect(km2(overlap), `${fs[i]!.properties!.name_en} / ${fs[j]!.properties!.name_en}`).toBeLessThan(0.5);
      }
  });

  it('leaves no gap between neighbouring cities: the province has no hole larger than 0.5 km²', () => {
    const province = turf.union(turf.featureCollection(geo.features as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[]))!;
    const polys = province.geometry.type === 'Polygon' ? [province.geometry.coordinates] : province.geometry.coordinates;
    const holes = polys.flatMap((p) => p.slice(1)).map((ring) => km2(turf.polygon([ring])));
    expect(holes.filter((a) => a > 0.5)).toEqual([]);
  });

  it('lets known neighbours share a border', () => {
    const pairs = [
      ['Guangzhou', 'Foshan'],
      ['Shenzhen', 'Dongguan'],
      ['Shenzhen', 'Huizhou'],
      ['Zhuhai', 'Zhongshan'],
      ['Shantou', 'Chaozhou'],
      ['Maoming', 'Zhanjiang'],
      ['Shaoguan', 'Qingyuan'],
    ] as const;
    for (const [a, b] of pairs) {
      const touching = turf.intersect(turf.featureCollection([turf.buffer(byName(a), 0.05)!, byName(b)]));
      expect(km2(touching), `${a} / ${b}`).toBeGreaterThan(0.1);
    }
  });
});

describe('data/context.geojson', () => {
  it('holds the neighbouring provinces, Hong Kong and Macau', () => {
    const context = contextGeoSchema.parse(readJson('data/context.geojson'));
    expect(context.features.map((f) => f.properties.name_en).sort()).toEqual(
      ['Fujian', 'Guangxi', 'Hainan', 'Hong Kong', 'Hunan', 'Jiangxi', 'Macau'].sort(),
    );
  });
});
