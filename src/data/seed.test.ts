import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepoDataset, repoRoot, seedRows } from '../test/files';

const dataset = loadRepoDataset();

/**
 * Japanese spellings a target-area cell may use for each city, written out
 * here independently of data/clusters.json: the standard form plus the
 * variant characters the seed uses (佛/仏, 惠/恵, 揭/掲) and 深セン for 深圳.
 */
const SPELLINGS: Record<string, string[]> = {
  '440100': ['広州'],
  '440300': ['深セン', '深圳'],
  '440400': ['珠海'],
  '440500': ['汕頭'],
  '440600': ['仏山', '佛山'],
  '440200': ['韶関'],
  '441600': ['河源'],
  '441400': ['梅州'],
  '441300': ['恵州', '惠州'],
  '441500': ['汕尾'],
  '441900': ['東莞'],
  '442000': ['中山'],
  '440700': ['江門'],
  '441700': ['陽江'],
  '440800': ['湛江'],
  '440900': ['茂名'],
  '441200': ['肇慶'],
  '441800': ['清遠'],
  '445100': ['潮州'],
  '445200': ['掲陽', '揭陽'],
  '445300': ['雲浮'],
};

/** Cities written in a cell, tolerating spaces and line breaks inside names ("湛江 市"). */
function citiesWrittenIn(cell: string): Set<string> {
  const squeezed = cell.replace(/\s+/g, '');
  const found = new Set<string>();
  for (const [code, spellings] of Object.entries(SPELLINGS))
    if (spellings.some((s) => squeezed.includes(`${s}市`))) found.add(code);
  return found;
}

describe('the data against the seed table', () => {
  it('has one cluster per seed row, in the seed order', () => {
    expect(seedRows()).toHaveLength(20);
    expect(dataset.clusters).toHaveLength(20);
  });

  it('carries every seed cell exactly as extracted (null where empty)', () => {
    seedRows().forEach(([tier, name, focus, areas], i) => {
      const seed = dataset.clusters[i]!.seed;
      expect(seed, `row ${i + 1}`).toEqual({
        tier: tier || null,
        name: name || null,
        focus: focus || null,
        areas: areas || null,
      });
    });
  });

  it('puts each row in the tier its table section says', () => {
    let section = '';
    seedRows().forEach(([tier], i) => {
      if (tier) section = tier;
      expect(dataset.clusters[i]!.tier, `row ${i + 1}`).toBe(section === '支柱産業' ? 'pillar' : 'emerging');
    });
  });

  it("makes exactly the cities written in each target-area cell the cluster's named targets", () => {
    seedRows().forEach(([, , , areas], i) => {
      const cluster = dataset.clusters[i]!;
      const named = new Set(cluster.targets.filter((t) => t.basis === 'named').map((t) => t.city));
      expect([...named].sort(), cluster.id).toEqual([...citiesWrittenIn(areas!)].sort());
    });
  });

  it('keeps the repaired target-area text equal to the seed but for spaces and variant characters', () => {
    const normalise = (s: string) => s.replace(/\s+/g, '').replace(/佛/g, '仏').replace(/惠/g, '恵').replace(/揭/g, '掲');
    seedRows().forEach(([, , , areas], i) => {
      expect(normalise(dataset.clusters[i]!.areas.ja)).toBe(normalise(areas!));
    });
  });

  it('records a note for every cluster whose name cell needed repair', () => {
    for (const c of dataset.clusters) {
      const cell = c.seed.name;
      const legible = cell !== null && cell.replace(/\s+/g, '').replace('·', '・') === c.name.ja;
      if (!legible) expect(c.notes.some((n) => n.kind === 'repair' && n.en.startsWith('Repaired name')), c.id).toBe(true);
    }
  });

  it('keeps the empty focus cell empty and says so', () => {
    const empty = dataset.clusters.filter((c) => c.seed.focus === null);
    expect(empty.map((c) => c.id)).toEqual(['safety-emergency-environmental']);
    expect(empty[0]!.focus).toEqual({ ja: null, en: null, zh: null });
    for (const lang of ['ja', 'en', 'zh'] as const) {
      expect(empty[0]!.notes.find((n) => n.kind === 'missing')?.[lang]).toContain('粤工信节能〔2020〕131号');
      expect(empty[0]!.focusSupplement?.source[lang]).toContain('粤工信节能〔2020〕131号');
    }
  });

  it('has Chinese focus and target areas for every cell the seed fills, and notes in every UI language', () => {
    for (const c of dataset.clusters) {
      expect(c.areas.zh, c.id).toMatch(/\p{Script=Han}/u);
      if (c.seed.focus !== null) expect(c.focus.zh, c.id).toMatch(/\p{Script=Han}/u);
      // Simplified, not the Japanese forms of the city names.
      expect(c.areas.zh, c.id).not.toMatch(/[仏恵掲広東陽門慶遠雲関頭]|深セン/);
      for (const n of c.notes) for (const lang of ['ja', 'en', 'zh'] as const) expect(n[lang].length, `${c.id} note ${lang}`).toBeGreaterThan(0);
    }
  });

  it('reads the × the extraction turned into X as +', () => {
    const bio = dataset.clusters.find((c) => c.id === 'biomedicine-health')!;
    expect(bio.seed.focus).toContain('AIX医療');
    expect(bio.focus.ja).toContain('AI+医療');
    expect(dataset.clusters.every((c) => !c.focus.ja?.match(/AIX|×/))).toBe(true);
  });

  it('ships the same seed as the shared source, when the shared folder is there', () => {
    const shared = path.join(repoRoot, '..', 'shared', 'seed', '000_de94686f712fa604.txt');
    if (!existsSync(shared)) return;
    expect(readFileSync(path.join(repoRoot, 'data/seed-jetro-table.txt'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
