/** CSV and GeoJSON of the current view: one row (or feature) per city, a long table of designations, and one row per cluster. */
import { clustersForCity } from '../domain/counts';
import { compareCities } from '../domain/compare';
import { ROLES, type Cluster, type Dataset, type Lang, type SourceInfo } from '../domain/types';
import type { CitiesGeo } from '../data/files';
import type { Derived } from '../store/derived';

interface CityRecord {
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

/** What a city's GeoJSON feature says of each cluster that targets it. */
interface CityClusterRecord {
  id: string;
  tier: string;
  name: string;
  /** Every role the cluster gives the city, in role order. */
  roles: string[];
  basis: string;
  /** The focus areas in the export's language; null where the source table states none. */
  focus: string | null;
}

function cityRecords(dataset: Dataset, derived: Derived, lang: Lang): CityRecord[] {
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
        rows.push([
          city.adcode,
          city.name[lang],
          entry.cluster.id,
          entry.cluster.name[lang],
          entry.cluster.tier,
          t.role,
          t.basis,
          t.term ?? '',
          t.quote,
          entry.cluster.focus[lang] ?? '',
        ]);
  return toCsv(['adcode', 'city', 'cluster_id', 'cluster', 'tier', 'role', 'basis', 'region_term', 'quote', 'focus'], rows);
}

/** "JETRO …: <title> (from <policy> <number>, <date>)": where every row of the clusters CSV comes from. */
function sourceLine(source: SourceInfo): string {
  return `${source.publisher}: ${source.title} (${source.basis}; 《${source.policy.title}》${source.policy.number}, ${source.policy.issued})`;
}

/**
 * One row per cluster of the view, in every language: names, focus and target
 * areas (en and zh are translations of the Japanese table, not the policy's
 * wording), the cities it reaches, and the source.
 */
export function clustersCsv(clusters: readonly Cluster[], source: SourceInfo): string {
  const header = [
    'id', 'tier', 'name_ja', 'name_zh', 'name_en', 'focus_ja', 'focus_en', 'focus_zh', 'areas_ja', 'areas_en', 'areas_zh',
    'cities_all', 'cities_named', 'source',
  ];
  const rows = clusters.map((c) => [
    c.id,
    c.tier,
    c.name.ja,
    c.name.zh,
    c.name.en,
    c.focus.ja ?? '',
    c.focus.en ?? '',
    c.focus.zh ?? '',
    c.areas.ja,
    c.areas.en,
    c.areas.zh,
    new Set(c.targets.map((t) => t.city)).size,
    new Set(c.targets.filter((t) => t.basis === 'named').map((t) => t.city)).size,
    sourceLine(source),
  ]);
  return toCsv(header, rows);
}

export function citiesGeoJson(dataset: Dataset, derived: Derived, geo: CitiesGeo, lang: Lang): string {
  const records = new Map(cityRecords(dataset, derived, lang).map((r) => [r.adcode, r]));
  const clustersOf = (adcode: string): CityClusterRecord[] =>
    clustersForCity(derived.clusters, adcode).map(({ cluster, targets, basis }) => ({
      id: cluster.id,
      tier: cluster.tier,
      name: cluster.name[lang],
      roles: ROLES.filter((r) => targets.some((t) => t.role === r)),
      basis,
      focus: cluster.focus[lang],
    }));
  return JSON.stringify({
    type: 'FeatureCollection',
    features: geo.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: { ...records.get(f.properties.adcode), clusters: clustersOf(f.properties.adcode) },
      geometry: f.geometry,
    })),
  });
}

/**
 * The comparison (`compare=`): one row per cluster of the view that targets
 * any of the compared cities, in the policy's order, with whether it targets
 * all of them, then per city its roles, basis and the policy's words.
 */
export function compareCsv(derived: Derived, cities: readonly string[], lang: Lang): string {
  const { shared, some } = compareCities(derived.clusters, cities);
  const header = ['cluster_id', 'cluster', 'tier', 'targets_all', ...cities.flatMap((c) => [`${c}_roles`, `${c}_basis`, `${c}_quote`])];
  const rows = [...shared, ...some]
    .sort((a, b) => derived.clusters.indexOf(a.cluster) - derived.clusters.indexOf(b.cluster))
    .map((r) => [
      r.cluster.id,
      r.cluster.name[lang],
      r.cluster.tier,
      shared.includes(r) ? 'yes' : 'no',
      ...r.cells.flatMap((cell, i) => [cell ? cell.roles.join(';') : '', cell?.basis ?? '', r.quotes[i]!.map((q) => q.quote).join(' / ')]),
    ]);
  return toCsv(header, rows);
}
