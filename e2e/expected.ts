/** What the domain module says a view should show: the tests' independent answer. */
import { clusterCountByCity, clustersForCity, headline } from '../src/domain/counts';
import { selectClusters } from '../src/domain/filter';
import type { CountBasis, TierFilter } from '../src/domain/types';
import { loadRepoDataset } from '../src/test/files';

export const dataset = loadRepoDataset();

export function expectedCounts(tier: TierFilter = 'all', industries: string[] | null = null, count: CountBasis = 'all') {
  const counts = clusterCountByCity(selectClusters(dataset.clusters, { tier, industries }), dataset.cities.map((c) => c.adcode));
  return Object.fromEntries([...counts].map(([code, n]) => [code, headline(n, count)]));
}

export function expectedClustersOf(adcode: string, tier: TierFilter = 'all') {
  return clustersForCity(selectClusters(dataset.clusters, { tier, industries: null }), adcode).map((e) => e.cluster.id);
}

export const GUANGZHOU = '440100';
