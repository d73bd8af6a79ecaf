/**
 * City shapes as SVG path data, in a projection that matches the screen map
 * (Web Mercator, fitted to the province). Shared by the SVG export and the
 * static map shown where WebGL is missing.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { CitiesGeo, ContextGeo } from '../data/files';

export interface ProjectedMap {
  cities: { adcode: string; d: string; label: [number, number] }[];
  context: { id: string; d: string; label: [number, number]; kind: string; names: { ja: string; zh: string; en: string } }[];
}

export function projectMap(geo: CitiesGeo, context: ContextGeo | null, width: number, height: number, padding = 12): ProjectedMap {
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    geo as GeoJSON.FeatureCollection,
  );
  const path = geoPath(projection).digits(1);
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
