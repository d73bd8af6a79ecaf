/** CSV and GeoJSON of the current view: one row (or feature) per city, and a long table of designations. */
import { clustersForCity } from '../domain/counts';
import type { Dataset, Lang } from '../domain/types';
import type { CitiesGeo } from '../data/files';
import type { Derived } from '../store/derived';

export interface CityRecord {
  adcode: string;
  name_ja: string;
  name_zh: string;
  name_en: string;
  region: string;
  count_all: number;
  count_named: number;
  cluster_ids: string;
  cluster_names: string;
}

export function cityRecords(dataset: Dataset, derived: Derived, lang: Lang): CityRecord[] {
  return dataset.cities.map((city) => {
    const n = derived.counts.get(city.adcode) ?? { all: 0, named: 0 };
    const clusters = clustersForCity(derived.clusters, city.adcode).map((e) => e.cluster);
    return {
      adcode: city.adcode,
      name_ja: city.name.ja,
      name_zh: city.name.zh,
      name_en: city.name.en,
      region: city.region,
      count_all: n.all,
      count_named: n.named,
      cluster_ids: clusters.map((c) => c.id).join(';'),
      cluster_names: clusters.map((c) => c.name[lang]).join(';'),
    };
  });
}

/**
 * RFC 4180 quoting, plus a leading apostrophe on text that a spreadsheet
 * would otherwise run as a formula (=, +, -, @ at the start).
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark, CRLF line ends: what Excel needs to open CJK text correctly. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function citiesCsv(dataset: Dataset, derived: Derived, lang: Lang): string {
  const records = cityRecords(dataset, derived, lang);
  const header = Object.keys(records[0]!) as (keyof CityRecord)[];
  return toCsv(header, records.map((r) => header.map((k) => r[k])));
}

export function designationsCsv(dataset: Dataset, derived: Derived, lang: Lang): string {
  const rows: (string | number)[][] = [];
  for (const city of dataset.cities)
    for (const entry of clustersForCity(derived.clusters, city.adcode))
      for (const t of entry.targets)
        rows.push([city.adcode, city.name[lang], entry.cluster.id, entry.cluster.name[lang], entry.cluster.tier, t.role, t.basis, t.term ?? '', t.quote]);
  return toCsv(['adcode', 'city', 'cluster_id', 'cluster', 'tier', 'role', 'basis', 'region_term', 'quote'], rows);
}

export function citiesGeoJson(dataset: Dataset, derived: Derived, geo: CitiesGeo, lang: Lang): string {
  const records = new Map(cityRecords(dataset, derived, lang).map((r) => [r.adcode, r]));
  return JSON.stringify({
    type: 'FeatureCollection',
    features: geo.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: records.get(f.properties.adcode),
      geometry: f.geometry,
    })),
  });
}
