import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/test/files';
import { dataDigests } from './dataDigests';

/** A copy of the repo's data directory, with one file's text changed. */
function dataDir(file?: string, edit?: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gd-data-'));
  cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
  if (file && edit) writeFileSync(path.join(dir, 'data', file), edit(readFileSync(path.join(dir, 'data', file), 'utf8')));
  return dir;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the data digests the build gives the app', () => {
  it('are the SHA-256 of each shipped file, all of which validate', () => {
    const { digests, problems } = dataDigests(repoRoot);
    expect(problems).toEqual([]);
    for (const rel of ['data/cities.json', 'data/clusters.json', 'data/regions.json', 'data/guangdong.geojson', 'data/context.geojson'])
      expect(digests[rel], rel).toBe(sha256(path.join(repoRoot, rel)));
  });

  it('leave out the city data when one of its files fails, and say why', () => {
    const { digests, problems } = dataDigests(dataDir('regions.json', (t) => t.replace('"prd"', '"PRD!"')));
    expect(digests['data/cities.json']).toBeUndefined();
    expect(digests['data/clusters.json']).toBeUndefined();
    expect(digests['data/context.geojson']).toBeDefined();
    expect(problems.join('\n')).toContain('data/regions.json');
  });

  it('leave out a file that validation would change (text with spaces around it)', () => {
    const { digests, problems } = dataDigests(
      dataDir('context.geojson', (t) => {
        const doc = JSON.parse(t);
        doc.features[0].properties.name_en = ` ${doc.features[0].properties.name_en} `;
        return JSON.stringify(doc);
      }),
    );
    expect(digests['data/context.geojson']).toBeUndefined();
    expect(digests['data/cities.json']).toBeDefined();
    expect(problems.join('\n')).toMatch(/data\/context\.geojson: validation changes its values/);
  });

  it('say a file is not JSON', () => {
    const { digests, problems } = dataDigests(dataDir('cities.json', (t) => t.slice(0, 50)));
    expect(digests['data/cities.json']).toBeUndefined();
    expect(problems.join('\n')).toMatch(/data\/cities\.json: not valid JSON/);
  });
});
