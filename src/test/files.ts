/** Test helpers that read the repo's data files from disk (node only). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDataset } from '../data/schema';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(path.join(repoRoot, rel), 'utf8'));
}

export function loadRepoDataset() {
  return parseDataset({
    cities: readJson('data/cities.json'),
    clusters: readJson('data/clusters.json'),
    regions: readJson('data/regions.json'),
    geo: readJson('data/guangdong.geojson'),
  });
}

/** The seed table's rows: [tier, cluster, focus, areas], cells exactly as extracted. */
export function seedRows(): string[][] {
  const text = readFileSync(path.join(repoRoot, 'data/seed-jetro-table.txt'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length === 4)
    .slice(1);
}
