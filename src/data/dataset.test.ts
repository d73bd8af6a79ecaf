import { describe, expect, it } from 'vitest';
import { loadRepoDataset } from '../test/files';
import { clusterCountByCity } from '../domain/counts';
import { selectClusters } from '../domain/filter';

const dataset = loadRepoDataset();
const codes = dataset.cities.map((c) => c.adcode);

describe('the shipped dataset', () => {
  it('quotes only words of the repaired target-area cell', () => {
    for (const c of dataset.clusters) for (const t of c.targets) expect(c.areas.ja, c.id).toContain(t.quote);
  });

  it('resolves every region term to exactly the cities regions.json lists', () => {
    const byTerm = new Map(dataset.regions.flatMap((r) => r.terms.map((t) => [t, r.cities] as const)));
    for (const c of dataset.clusters) {
      const terms = new Set(c.targets.flatMap((t) => (t.term ? [t.term] : [])));
      for (const term of terms) {
        const reached = c.targets.filter((t) => t.term === term).map((t) => t.city);
        expect(new Set(reached), `${c.id} ${term}`).toEqual(new Set(byTerm.get(term)));
      }
    }
  });

  it('never counts more named than all designations for any city and filter', () => {
    for (const tier of ['all', 'pillar', 'emerging'] as const)
      for (const [, n] of clusterCountByCity(selectClusters(dataset.clusters, { tier, industries: null }), codes))
        expect(n.named).toBeLessThanOrEqual(n.all);
  });

  it('lets counts only fall or stay as a filter narrows', () => {
    const ids = dataset.clusters.map((c) => c.id);
    let previous = clusterCountByCity(dataset.clusters, codes);
    // Drop one industry at a time, in a scrambled order.
    const order = ids.map((id, i) => [id, (i * 7) % ids.length] as const).sort((a, b) => a[1] - b[1]);
    const kept = new Set(ids);
    for (const [id] of order) {
      kept.delete(id);
      const next = clusterCountByCity(selectClusters(dataset.clusters, { tier: 'all', industries: [...kept] }), codes);
      for (const code of codes) {
        expect(next.get(code)!.all).toBeLessThanOrEqual(previous.get(code)!.all);
        expect(next.get(code)!.named).toBeLessThanOrEqual(previous.get(code)!.named);
      }
      previous = next;
    }
    expect([...previous.values()].every((n) => n.all === 0)).toBe(true);
  });

  it('sums tier counts to the all-tier count', () => {
    const all = clusterCountByCity(dataset.clusters, codes);
    const pillar = clusterCountByCity(selectClusters(dataset.clusters, { tier: 'pillar', industries: null }), codes);
    const emerging = clusterCountByCity(selectClusters(dataset.clusters, { tier: 'emerging', industries: null }), codes);
    for (const code of codes) expect(pillar.get(code)!.all + emerging.get(code)!.all).toBe(all.get(code)!.all);
  });
});
