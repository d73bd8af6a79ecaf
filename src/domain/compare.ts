/**
 * Cities side by side (`compare=`): for two to four cities, every cluster of
 * the view that targets at least one of them, in the policy's order, split
 * into those that target all of them and those that target only some, with
 * each city's roles, basis and the policy's words; and how many clusters
 * each city has that none of the others has.
 */
import { citiesForCluster, type CityRole } from './counts';
import type { Adcode, Cluster, Target } from './types';

export interface CompareRow {
  cluster: Cluster;
  /** Per compared city, in the comparison's order: its roles in this cluster, or null where the cluster does not target it. */
  cells: (CityRole | null)[];
  /** Per compared city: the targets (quotes) that reach it. */
  quotes: Target[][];
}

export interface Comparison {
  cities: Adcode[];
  /** Clusters that target every compared city. */
  shared: CompareRow[];
  /** Clusters that target some of them, not all. */
  some: CompareRow[];
  /** Per compared city: the clusters that target it and none of the others. */
  alone: number[];
}

export function compareCities(clusters: readonly Cluster[], cities: readonly Adcode[]): Comparison {
  const shared: CompareRow[] = [];
  const some: CompareRow[] = [];
  const alone = cities.map(() => 0);
  for (const cluster of clusters) {
    const roles = citiesForCluster(cluster);
    const cells = cities.map((c) => roles.get(c) ?? null);
    const hits = cells.filter((c) => c !== null).length;
    if (hits === 0) continue;
    const row = { cluster, cells, quotes: cities.map((c) => cluster.targets.filter((t) => t.city === c)) };
    if (hits === cities.length) shared.push(row);
    else {
      some.push(row);
      if (hits === 1) alone[cells.findIndex((c) => c !== null)]!++;
    }
  }
  return { cities: [...cities], shared, some, alone };
}
