/** Values derived from the data and the view: computed once per change, shared by map, legend, ranking, table and exports. */
import { classTally, countClasses, type CountClass } from '../domain/classes';
import {
  citiesForCluster,
  clusterCountByCity,
  headline,
  rankCities,
  type CityCount,
  type CityRole,
  type RankedCity,
} from '../domain/counts';
import { selectClusters } from '../domain/filter';
import type { Adcode, City, Cluster, CountBasis, Dataset, Lang } from '../domain/types';
import { listOf, t } from '../i18n/strings';
import type { View } from './url';

export interface Derived {
  /** The count basis `values`, `ranking` and `tally` are in. */
  count: CountBasis;
  clusters: Cluster[];
  counts: Map<Adcode, CityCount>;
  values: Map<Adcode, number>;
  ranking: RankedCity[];
  classes: CountClass[];
  tally: number[];
  /** Set when exactly one industry is shown: the map then shows its cities by role. */
  single: { cluster: Cluster; roles: Map<Adcode, CityRole> } | null;
  cityByCode: Map<Adcode, City>;
}

let memo: { key: string; dataset: CountedData; derived: Derived } | null = null;

/** What the counts and colours are computed from: the cities, and the clusters with their targets. */
export type CountedData = Pick<Dataset, 'cities' | 'clusters'>;

/** What depends on the dataset alone, built once per dataset rather than on every filter click. */
const perDataset = new WeakMap<CountedData, { codes: Adcode[]; classes: CountClass[]; cityByCode: Map<Adcode, City> }>();
function datasetParts(dataset: CountedData) {
  let parts = perDataset.get(dataset);
  if (!parts) {
    parts = {
      codes: dataset.cities.map((c) => c.adcode),
      classes: countClasses(dataset.clusters.length),
      cityByCode: new Map(dataset.cities.map((c) => [c.adcode, c])),
    };
    perDataset.set(dataset, parts);
  }
  return parts;
}

export function deriveView(dataset: CountedData, view: Pick<View, 'tier' | 'industries' | 'count'>): Derived {
  const key = `${view.tier}|${view.industries?.join(',') ?? '*'}|${view.count}`;
  if (memo && memo.dataset === dataset && memo.key === key) return memo.derived;
  const derived = computeView(dataset, view);
  memo = { key, dataset, derived };
  return derived;
}

/**
 * The derived view without the memo: for views other than the one on screen
 * (the atlas's one-industry maps), which would otherwise push the screen's
 * view out of the memo and give the map and the panels two copies of it.
 */
export function computeView(dataset: CountedData, view: Pick<View, 'tier' | 'industries' | 'count'>): Derived {
  const { codes, classes, cityByCode } = datasetParts(dataset);
  const clusters = selectClusters(dataset.clusters, view);
  const counts = clusterCountByCity(clusters, codes);
  const values = new Map([...counts].map(([code, n]) => [code, headline(n, view.count)]));
  return {
    count: view.count,
    clusters,
    counts,
    values,
    ranking: rankCities(counts, view.count),
    classes,
    tally: classTally(classes, values.values()),
    single: clusters.length === 1 ? { cluster: clusters[0]!, roles: citiesForCluster(clusters[0]!) } : null,
    cityByCode,
  };
}

/** The view in words, as a title or a file name says it. */
export function describeView(view: Pick<View, 'tier' | 'industries' | 'count'>, derived: Derived, lang: Lang): string {
  const tier = t(lang, view.tier === 'pillar' ? 'tierPillar' : view.tier === 'emerging' ? 'tierEmerging' : 'tierAll');
  const n = derived.clusters.length;
  const industries =
    view.industries === null
      ? t(lang, 'allIndustries')
      : n === 0
        ? t(lang, 'noIndustries')
        : n <= 3
          ? listOf(lang, derived.clusters.map((c) => c.name[lang]))
          : t(lang, 'nIndustries', { n });
  const count = t(lang, view.count === 'named' ? 'countNamed' : 'countAll');
  return t(lang, 'viewSummary', { tier, industries, count });
}
