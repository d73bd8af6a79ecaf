import type { Cluster, TierFilter, ViewFilter } from './types';

/** The clusters a view shows, in the policy's order. */
export function selectClusters(clusters: readonly Cluster[], filter: Pick<ViewFilter, 'tier' | 'industries'>): Cluster[] {
  const wanted = filter.industries ? new Set(filter.industries) : null;
  return clusters.filter((c) => (filter.tier === 'all' || c.tier === filter.tier) && (!wanted || wanted.has(c.id)));
}

/** Clusters a tier offers in the industry picker. */
export function clustersInTier(clusters: readonly Cluster[], tier: TierFilter): Cluster[] {
  return tier === 'all' ? [...clusters] : clusters.filter((c) => c.tier === tier);
}
