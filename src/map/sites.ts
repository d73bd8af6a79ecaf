/**
 * The reader's sites as every map draws them (the map module's one model for
 * them): a point for each site read as coordinates; for the sites located by
 * a name (or picked by hand), whose place within the city is not known, one
 * ring per city at its label point, with their count. Sites with no city are
 * not drawn, except a point outside Guangdong, which is drawn where it is.
 */
import type { CitiesGeo } from '../data/files';
import type { YourData } from '../domain/sites';

export interface SitePoint {
  lon: number;
  lat: number;
  /** `point`: where the row's coordinates put it; `city`: the sites of a city located by name, at its label point. */
  kind: 'point' | 'city';
  /** The city, or null for a point outside Guangdong. */
  city: string | null;
  /** For a point: the site's row and name; for a city: how many sites. */
  row?: number | undefined;
  name?: string | undefined;
  count: number;
}

export function sitePoints(data: YourData | null, geo: CitiesGeo): SitePoint[] {
  if (!data || data.kind !== 'sites') return [];
  const points: SitePoint[] = [];
  const byName = new Map<string, number>();
  for (const site of data.sites) {
    const exact = site.lon !== undefined && site.lat !== undefined && site.by !== 'hand';
    if (exact && (site.by === 'coordinates' || site.unlocated === 'outside')) points.push({ lon: site.lon!, lat: site.lat!, kind: 'point', city: site.city, row: site.row, name: site.name, count: 1 });
    else if (site.city) byName.set(site.city, (byName.get(site.city) ?? 0) + 1);
  }
  for (const f of geo.features) {
    const count = byName.get(f.properties.adcode);
    if (count) points.push({ lon: f.properties.label_lon, lat: f.properties.label_lat, kind: 'city', city: f.properties.adcode, count });
  }
  return points;
}

export function sitesGeojson(points: readonly SitePoint[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { kind: p.kind, city: p.city ?? '', row: p.row ?? 0, name: p.name ?? '', count: p.count },
    })),
  };
}
