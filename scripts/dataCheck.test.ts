import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/test/files';
import { checkData } from './dataCheck';

/** A copy of the repo's data directory, with one file's text changed. */
function dataDir(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gd-data-'));
  cpSync(path.join(repoRoot, 'data'), dir, { recursive: true });
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

/** checkData's problems as one text, for matching. */
const text = (problems: Error[]) => problems.map((e) => e.message).join('\n');

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the data digests the build gives the app', () => {
  it('are the SHA-256 of each shipped file, all of which validate', () => {
    const { digests, problems } = checkData();
    expect(problems).toEqual([]);
    for (const rel of ['data/cities.json', 'data/clusters.json', 'data/regions.json', 'data/guangdong.geojson', 'data/context.geojson'])
      expect(digests[rel], rel).toBe(sha256(path.join(repoRoot, rel)));
  });

  it('leave out the city data when one of its files fails, and say why', () => {
    const { digests, problems } = checkData(dataDir('regions.json', (t) => t.replace('"prd"', '"PRD!"')));
    expect(digests['data/cities.json']).toBeUndefined();
    expect(digests['data/clusters.json']).toBeUndefined();
    expect(digests['data/context.geojson']).toBeDefined();
    expect(text(problems)).toContain('data/regions.json');
  });

  it('leave out a file that validation would change (text with spaces around it)', () => {
    const { digests, problems } = checkData(
      dataDir('context.geojson', (t) => {
        const doc = JSON.parse(t);
        doc.features[0].properties.name_en = ` ${doc.features[0].properties.name_en} `;
        return JSON.stringify(doc);
      }),
    );
    expect(digests['data/context.geojson']).toBeUndefined();
    expect(digests['data/cities.json']).toBeDefined();
    expect(text(problems)).toMatch(/data\/context\.geojson: validation changes its values/);
  });

  it('say a file is not JSON', () => {
    const { digests, problems } = checkData(dataDir('cities.json', (t) => t.slice(0, 50)));
    expect(digests['data/cities.json']).toBeUndefined();
    expect(text(problems)).toMatch(/data\/cities\.json: not valid JSON/);
  });

  it('say a file cannot be read', () => {
    const dir = dataDir('regions.json', (t) => t);
    rmSync(path.join(dir, 'regions.json'));
    const { dataset, problems } = checkData(dir);
    expect(dataset).toBeNull();
    expect(text(problems)).toMatch(/data\/regions\.json: cannot read/);
  });
});
