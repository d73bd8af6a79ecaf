import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

/** A copy of data/ with one file changed by `edit`. */
// The cases break the files' JSON anywhere, through paths the schema rejects; no static type describes that.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyJson = any;

function brokenCopy(file: string, edit: (json: AnyJson) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gd-data-'));
  cpSync(path.join(root, 'data'), dir, { recursive: true });
  const target = path.join(dir, file);
  const json = JSON.parse(readFileSync(target, 'utf8'));
  edit(json);
  writeFileSync(target, JSON.stringify(json));
  return dir;
}

async function check(dir?: string): Promise<{ code: number; output: string }> {
  const args = [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/check-data.ts')];
  if (dir) args.push('--dir', dir);
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, output: err.stdout + err.stderr };
  }
}

describe('npm run data:check', () => {
  it('accepts the shipped data', async () => {
    const { code, output } = await check();
    expect(code).toBe(0);
    expect(output).toContain('data:check ok');
  });

  const cases: [string, string, (j: AnyJson) => void, RegExp][] = [
    ['a wrong type', 'cities.json', (j) => (j[3].coastal = 'yes'), /cities\.json.*\[3\] \(440500\)\.coastal/],
    ['an unknown city in a target', 'clusters.json', (j) => (j.clusters[4].targets[2].city = '449999'),
      /clusters\.json.*clusters\[4\] \(advanced-materials\)\.targets\[2\]\.city: unknown city 449999/],
    ['a duplicate id', 'clusters.json', (j) => (j.clusters[1].id = 'electronic-information'),
      /clusters\.json.*clusters\[1\].*\.id: expected green-petrochemicals/],
    ['a duplicate adcode', 'cities.json', (j) => (j[1].adcode = '440100'), /cities\.json.*\[1\] \(440100\)\.adcode: duplicate adcode/],
    ['a quote not in its cell', 'clusters.json', (j) => (j.clusters[0].targets[0].quote = '東京都'),
      /clusters\[0\] \(electronic-information\)\.targets\[0\]\.quote: quote is not a substring/],
    ['a region term that reaches the wrong cities', 'regions.json', (j) => j.regions[0].cities.pop(),
      /clusters\.json.*term "珠江デルタ" must reach exactly/],
    ['an open polygon ring', 'guangdong.geojson', (j) => j.features[0].geometry.coordinates[0].pop(),
      /guangdong\.geojson.*features\[0\] \(440100\)\.geometry.*ring is not closed/],
    ['a coordinate outside Guangdong', 'guangdong.geojson', (j) => (j.features[5].geometry.coordinates[0][0] = [139.7, 35.7]),
      /guangdong\.geojson.*features\[5\] \(440200\)\.geometry\.coordinates: position 139\.7,35\.7 lies outside/],
    ['a position that is not two numbers', 'guangdong.geojson', (j) => (j.features[0].geometry.coordinates[0][2] = [113.2, 'x']),
      /guangdong\.geojson.*features\[0\] \(440100\)\.geometry\.coordinates\[0\]: a position must be two finite numbers/],
    ['a missing Chinese focus text', 'clusters.json', (j) => delete j.clusters[15].focus.zh,
      /clusters\.json.*clusters\[15\] \(new-energy\)\.focus\.zh: /],
    ['a null Chinese focus text where the seed has focus areas', 'clusters.json', (j) => (j.clusters[15].focus.zh = null),
      /clusters\[15\] \(new-energy\)\.focus\.zh: is required: the seed cell has focus areas/],
    ['a missing Chinese target-area text', 'clusters.json', (j) => delete j.clusters[0].areas.zh,
      /clusters\[0\] \(electronic-information\)\.areas\.zh: /],
    ['a note without its Chinese text', 'clusters.json', (j) => delete j.clusters[0].notes[0].zh,
      /clusters\[0\] \(electronic-information\)\.notes\[0\]\.zh: /],
    ['a missing field', 'context.geojson', (j) => delete j.features[0].properties.name_en,
      /context\.geojson.*features\[0\] \(350000\)\.properties\.name_en: /],
  ];

  it.each(cases)('rejects %s, naming the file, record and field', async (_what, file, edit, message) => {
    const { code, output } = await check(brokenCopy(file, edit));
    expect(code).toBe(1);
    expect(output).toMatch(message);
  });

  it('rejects a file that is not JSON', async () => {
    const dir = brokenCopy('regions.json', () => {});
    writeFileSync(path.join(dir, 'regions.json'), '{"regions": [');
    const { code, output } = await check(dir);
    expect(code).toBe(1);
    expect(output).toMatch(/regions\.json.*not valid JSON/);
  });
});
