import { describe, expect, it } from 'vitest';
import { citiesForCluster, clusterCountByCity, clustersForCity, rankCities, targetsByRole } from './counts';
import { selectClusters } from './filter';
import type { Cluster, Target } from './types';

function cluster(id: string, tier: Cluster['tier'], targets: Partial<Target>[]): Cluster {
  return {
    id,
    tier,
    name: { ja: id, zh: id, en: id },
    seed: { tier: null, name: null, focus: null, areas: 'x' },
    focus: { ja: null, en: null, zh: null },
    focusSupplement: null,
    areas: { ja: 'x', en: 'x', zh: 'x' },
    targets: targets.map((t) => ({ city: 'A', basis: 'named', role: 'general', quote: 'x', ...t })),
    notes: [],
  };
}

// Three cities, three clusters, with answers worked out by hand:
//   p1 names A twice (two roles) and reaches B through a region term;
//   p2 reaches A and C through a term only;
//   e1 names C.
const synthetic = [
  cluster('p1', 'pillar', [
    { city: 'A', role: 'rnd' },
    { city: 'A', role: 'production' },
    { city: 'B', basis: 'regional', term: 'east' },
  ]),
  cluster('p2', 'pillar', [
    { city: 'A', basis: 'regional', term: 'coast' },
    { city: 'C', basis: 'regional', term: 'coast' },
  ]),
  cluster('e1', 'emerging', [{ city: 'C', role: 'hub' }]),
];
const cities = ['A', 'B', 'C', 'D'];

describe('clusterCountByCity', () => {
  it('counts distinct clusters per city, over all designations and named only', () => {
    const counts = clusterCountByCity(synthetic, cities);
    expect(Object.fromEntries(counts)).toEqual({
      A: { all: 2, named: 1 },
      B: { all: 1, named: 0 },
      C: { all: 2, named: 1 },
      D: { all: 0, named: 0 },
    });
  });

  it('counts only the clusters the filter keeps', () => {
    const emerging = selectClusters(synthetic, { tier: 'emerging', industries: null });
    expect(clusterCountByCity(emerging, cities).get('C')).toEqual({ all: 1, named: 1 });
    const p2only = selectClusters(synthetic, { tier: 'all', industries: ['p2'] });
    expect(clusterCountByCity(p2only, cities).get('A')).toEqual({ all: 1, named: 0 });
  });

  it('ignores targets of cities it was not asked about', () => {
    expect([...clusterCountByCity(synthetic, ['B']).keys()]).toEqual(['B']);
  });
});

describe('selectClusters', () => {
  it('keeps the policy order and intersects tier with industries', () => {
    expect(selectClusters(synthetic, { tier: 'all', industries: null }).map((c) => c.id)).toEqual(['p1', 'p2', 'e1']);
    expect(selectClusters(synthetic, { tier: 'pillar', industries: ['e1', 'p2'] }).map((c) => c.id)).toEqual(['p2']);
    expect(selectClusters(synthetic, { tier: 'all', industries: [] })).toEqual([]);
  });
});

describe('clustersForCity', () => {
  it("lists a city's clusters with the targets that reach it and the basis", () => {
    const a = clustersForCity(synthetic, 'A');
    expect(a.map((e) => [e.cluster.id, e.basis, e.targets.map((t) => t.role)])).toEqual([
      ['p1', 'named', ['rnd', 'production']],
      ['p2', 'regional', ['general']],
    ]);
    expect(clustersForCity(synthetic, 'D')).toEqual([]);
  });
});

describe('citiesForCluster', () => {
  it('gives each targeted city its roles, the leading role and the basis', () => {
    const p1 = citiesForCluster(synthetic[0]!);
    expect(p1.get('A')).toEqual({ roles: ['rnd', 'production'], role: 'rnd', basis: 'named', terms: [] });
    expect(p1.get('B')).toEqual({ roles: ['general'], role: 'general', basis: 'regional', terms: ['east'] });
    expect(p1.has('C')).toBe(false);
  });
});

describe('rankCities', () => {
  it('ranks by the chosen basis, ties sharing a rank and keeping the given order', () => {
    const counts = clusterCountByCity(synthetic, cities);
    expect(rankCities(counts, 'all').map((r) => [r.adcode, r.rank])).toEqual([
      ['A', 1],
      ['C', 1],
      ['B', 3],
      ['D', 4],
    ]);
    expect(rankCities(counts, 'named').map((r) => r.value)).toEqual([1, 1, 0, 0]);
  });
});

describe('targetsByRole', () => {
  it('groups by role in role order, names apart from region terms, cities in the given order', () => {
    const c = cluster('x', 'pillar', [
      { city: 'C', role: 'production' },
      { city: 'A', role: 'production' },
      { city: 'B', role: 'hub', basis: 'regional', term: 'T' },
      { city: 'A', role: 'hub', basis: 'regional', term: 'T' },
      { city: 'A', role: 'hub' },
      { city: 'D', role: 'hub', basis: 'regional', term: 'U' },
    ]);
    expect(targetsByRole(c, ['A', 'B', 'C', 'D'])).toEqual([
      // A is named for hub, so T's group for hub lists only B.
      { role: 'hub', named: ['A'], regional: [{ term: 'T', cities: ['B'] }, { term: 'U', cities: ['D'] }] },
      { role: 'production', named: ['A', 'C'], regional: [] },
    ]);
  });
});
