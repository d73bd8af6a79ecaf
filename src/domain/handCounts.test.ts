/**
 * The app's counting against the hand-made answer in e2e/expected.ts, which
 * was worked out from the seed table without the app's code or data.
 */
import { describe, expect, it } from 'vitest';
import { CITIES, expectedCounts, HAND_COUNTS, HAND_TABLE } from '../../e2e/expected';
import { loadRepoDataset } from '../test/files';
import { clusterCountByCity, headline } from './counts';
import { selectClusters } from './filter';
import type { CountBasis, TierFilter } from './types';

const dataset = loadRepoDataset();
const COLUMNS: [TierFilter, CountBasis][] = [
  ['all', 'all'],
  ['all', 'named'],
  ['pillar', 'all'],
  ['pillar', 'named'],
  ['emerging', 'all'],
  ['emerging', 'named'],
];

function appCounts(tier: TierFilter, industries: string[] | null, count: CountBasis) {
  const counts = clusterCountByCity(selectClusters(dataset.clusters, { tier, industries }), dataset.cities.map((c) => c.adcode));
  return Object.fromEntries([...counts].map(([code, n]) => [code, headline(n, count)]));
}

describe('the hand-made answer', () => {
  it('writes down the counts its table gives', () => {
    COLUMNS.forEach(([tier, count], i) => {
      const fromTable = expectedCounts(tier, null, count);
      for (const city of CITIES) expect([tier, count, city, HAND_COUNTS[city]![i]]).toEqual([tier, count, city, fromTable[city]]);
    });
  });

  it.each(COLUMNS)('agrees with the app for tier %s, counting %s', (tier, count) => {
    const i = COLUMNS.findIndex(([t, c]) => t === tier && c === count);
    expect(appCounts(tier, null, count)).toEqual(Object.fromEntries(CITIES.map((city) => [city, HAND_COUNTS[city]![i]])));
  });

  it('agrees with the data on every cluster’s cities by basis', () => {
    expect(dataset.clusters.map((c) => c.id)).toEqual(Object.keys(HAND_TABLE));
    for (const cluster of dataset.clusters) {
      const row = HAND_TABLE[cluster.id]!;
      const named = new Set(cluster.targets.filter((t) => t.basis === 'named').map((t) => t.city));
      const regional = new Set(cluster.targets.filter((t) => t.basis === 'regional' && !named.has(t.city)).map((t) => t.city));
      expect([cluster.id, [...named].sort()]).toEqual([cluster.id, [...new Set(row.named)].sort()]);
      expect([cluster.id, [...regional].sort()]).toEqual([cluster.id, [...new Set(row.regional)].filter((c) => !row.named.includes(c)).sort()]);
      expect([cluster.id, cluster.tier]).toEqual([cluster.id, row.tier]);
    }
  });

  it('agrees with the app on industry subsets', () => {
    const subsets = [['new-energy'], ['automotive', 'electronic-information'], ['light-industry-textiles', 'precision-instruments', 'green-petrochemicals']];
    for (const industries of subsets)
      for (const [tier, count] of COLUMNS) expect(appCounts(tier, industries, count)).toEqual(expectedCounts(tier, industries, count));
  });
});
