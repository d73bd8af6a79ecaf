import type { Adcode, Basis, Cluster, CountBasis, Role, Target, Tier } from './types';
import { ROLES } from './types';

export interface CityCount {
  /** Distinct clusters that target the city by any designation. */
  all: number;
  /** Distinct clusters that name the city itself. */
  named: number;
}

/**
 * Distinct clusters per city, over every designation and over named ones
 * only. One pass over the targets: a city is counted once per cluster however
 * many targets that cluster gives it. Every city in `cityCodes` is present,
 * with zeros where nothing targets it.
 */
export function clusterCountByCity(clusters: readonly Cluster[], cityCodes: readonly Adcode[]): Map<Adcode, CityCount> {
  const counts = new Map<Adcode, CityCount>();
  for (const code of cityCodes) counts.set(code, { all: 0, named: 0 });
  const lastAll = new Map<Adcode, number>();
  const lastNamed = new Map<Adcode, number>();
  clusters.forEach((cluster, i) => {
    for (const t of cluster.targets) {
      const count = counts.get(t.city);
      if (!count) continue;
      if (lastAll.get(t.city) !== i) {
        lastAll.set(t.city, i);
        count.all++;
      }
      if (t.basis === 'named' && lastNamed.get(t.city) !== i) {
        lastNamed.set(t.city, i);
        count.named++;
      }
    }
  });
  return counts;
}

export function headline(count: CityCount, basis: CountBasis): number {
  return basis === 'named' ? count.named : count.all;
}

export interface CityClusterEntry {
  cluster: Cluster;
  targets: Target[];
  /** `named` when any target names the city itself. */
  basis: Basis;
}

/** The clusters that target one city, each with the targets that reach it. */
export function clustersForCity(clusters: readonly Cluster[], adcode: Adcode): CityClusterEntry[] {
  const entries: CityClusterEntry[] = [];
  for (const cluster of clusters) {
    const targets = cluster.targets.filter((t) => t.city === adcode);
    if (targets.length === 0) continue;
    entries.push({ cluster, targets, basis: targets.some((t) => t.basis === 'named') ? 'named' : 'regional' });
  }
  return entries;
}

export function groupByTier<T extends { cluster: { tier: Tier } }>(entries: readonly T[]): Record<Tier, T[]> {
  return {
    pillar: entries.filter((e) => e.cluster.tier === 'pillar'),
    emerging: entries.filter((e) => e.cluster.tier === 'emerging'),
  };
}

export interface CityRole {
  /** Every role the cluster gives the city, in the order of ROLES. */
  roles: Role[];
  /** The first of `roles`: the one a single-industry map shows. */
  role: Role;
  basis: Basis;
  terms: string[];
}

/** The cities one cluster targets, with their roles; cities it does not target are absent. */
export function citiesForCluster(cluster: Cluster): Map<Adcode, CityRole> {
  const byCity = new Map<Adcode, Target[]>();
  for (const t of cluster.targets) byCity.set(t.city, [...(byCity.get(t.city) ?? []), t]);
  const result = new Map<Adcode, CityRole>();
  for (const [city, targets] of byCity) {
    const roles = ROLES.filter((r) => targets.some((t) => t.role === r));
    result.set(city, {
      roles,
      role: roles[0]!,
      basis: targets.some((t) => t.basis === 'named') ? 'named' : 'regional',
      terms: [...new Set(targets.flatMap((t) => (t.term ? [t.term] : [])))],
    });
  }
  return result;
}

export interface RankedCity {
  adcode: Adcode;
  count: CityCount;
  value: number;
  /** Competition rank: equal values share a rank (1, 2, 2, 4). */
  rank: number;
}

/** Cities by headline count, highest first; ties keep the standard city order. */
export function rankCities(counts: ReadonlyMap<Adcode, CityCount>, basis: CountBasis): RankedCity[] {
  const rows = [...counts].map(([adcode, count]) => ({ adcode, count, value: headline(count, basis), rank: 0 }));
  rows.sort((a, b) => b.value - a.value);
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    row.rank = prev && prev.value === row.value ? prev.rank : i + 1;
  });
  return rows;
}

export interface RoleGroup {
  role: Role;
  /** Cities the cell names for this role, in the given city order. */
  named: Adcode[];
  /** Cities reached only through a region term, per term in the order the cell uses them. */
  regional: { term: string; cities: Adcode[] }[];
}

/**
 * One cluster's targets grouped by role (in the order of ROLES), named cities
 * apart from those a region term reaches, for the cluster card. A city the
 * cell names for a role is not listed again under a term for that role.
 */
export function targetsByRole(cluster: Cluster, cityOrder: readonly Adcode[]): RoleGroup[] {
  const order = (codes: Iterable<Adcode>) => {
    const set = new Set(codes);
    return cityOrder.filter((c) => set.has(c));
  };
  return ROLES.flatMap((role) => {
    const targets = cluster.targets.filter((t) => t.role === role);
    if (targets.length === 0) return [];
    const named = order(targets.filter((t) => t.basis === 'named').map((t) => t.city));
    const terms = [...new Set(targets.flatMap((t) => (t.basis === 'regional' && t.term ? [t.term] : [])))];
    const regional = terms
      .map((term) => ({ term, cities: order(targets.filter((t) => t.term === term && !named.includes(t.city)).map((t) => t.city)) }))
      .filter((g) => g.cities.length > 0);
    return [{ role, named, regional }];
  });
}
