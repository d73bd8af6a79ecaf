/**
 * The reader's sites with the clusters that target their cities in the view:
 * "CSV (your sites with their clusters)" and GeoJSON (RFC 7946, WGS-84). Made
 * on the device from the store; nothing of it is sent anywhere.
 */
import { clustersForCity, type CityClusterEntry } from '../domain/counts';
import type { Site, YourData } from '../domain/sites';
import type { Adcode, Lang } from '../domain/types';
import type { Derived } from '../store/derived';
import { toCsv } from './table';

/** The clusters that target a city in the view: on "named only", those that name it. */
function clustersForSite(derived: Derived, city: Adcode | null): CityClusterEntry[] {
  if (!city) return [];
  const entries = clustersForCity(derived.clusters, city);
  return derived.count === 'named' ? entries.filter((e) => e.basis === 'named') : entries;
}

/** Each city's clusters in the view, worked out once for every site in it (a file has 100,000 sites and 21 cities). */
export function clustersByCity(derived: Derived): Map<Adcode, CityClusterEntry[]> {
  return new Map([...derived.cityByCode.keys()].map((city) => [city, clustersForSite(derived, city)]));
}

/** The columns added after the file's own (PRODUCT.md, "Your data"). */
const SITE_COLUMNS = ['city_adcode', 'city', 'located_by', 'longitude_wgs84', 'latitude_wgs84', 'clusters_count', 'clusters', 'cluster_ids'] as const;

const coordinate = (v: number | undefined) => (v === undefined ? '' : v.toFixed(6));

function siteColumns(site: Site, derived: Derived, byCity: Map<Adcode, CityClusterEntry[]>, lang: Lang): (string | number)[] {
  const city = site.city ? derived.cityByCode.get(site.city) : undefined;
  const clusters = (site.city ? (byCity.get(site.city) ?? []) : []).map((e) => e.cluster);
  return [
    site.city ?? '',
    city?.name[lang] ?? '',
    site.by ?? '',
    site.by === 'coordinates' || site.unlocated === 'outside' ? coordinate(site.lon) : '',
    site.by === 'coordinates' || site.unlocated === 'outside' ? coordinate(site.lat) : '',
    site.city ? clusters.length : '',
    clusters.map((c) => c.name[lang]).join(';'),
    clusters.map((c) => c.id).join(';'),
  ];
}

/** Every row read, located or not, with its cells as read, then the columns above. UTF-8 with BOM; formula-leading cells neutralised. */
export function sitesCsv(data: YourData, derived: Derived, lang: Lang): string {
  const width = Math.max(data.header.length, ...data.rows.map((r) => r.length));
  const header = [...Array.from({ length: width }, (_, i) => data.header[i] ?? ''), ...SITE_COLUMNS];
  const byCity = clustersByCity(derived);
  const rows = data.sites.map((site, i) => [...Array.from({ length: width }, (_, k) => data.rows[i]?.[k] ?? ''), ...siteColumns(site, derived, byCity, lang)]);
  return toCsv(header, rows);
}

/** The sites with a point (read as coordinates) as GeoJSON features, in WGS-84; the rest have no geometry (null, as RFC 7946 allows). */
export function sitesGeojson(data: YourData, derived: Derived, lang: Lang): string {
  const byCity = clustersByCity(derived);
  const features = data.sites.map((site, i) => {
    const cells = Object.fromEntries(data.header.map((h, k) => [h || `column_${k + 1}`, data.rows[i]?.[k] ?? '']));
    const [cityAdcode, city, by, , , count, clusters, ids] = siteColumns(site, derived, byCity, lang);
    const point = site.lon !== undefined && site.lat !== undefined;
    return {
      type: 'Feature' as const,
      geometry: point ? { type: 'Point' as const, coordinates: [Number(site.lon!.toFixed(6)), Number(site.lat!.toFixed(6))] } : null,
      properties: { ...cells, row: site.row, city_adcode: cityAdcode, city, located_by: by, clusters_count: count, clusters, cluster_ids: ids },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
