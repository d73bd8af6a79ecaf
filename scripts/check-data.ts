/**
 * `npm run data:check [-- --dir DIR]`: validates every data file with the
 * app's own schemas (src/data/schema.ts) and the references between them.
 * On a bad file it prints the file, the record and the field, and exits 1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_FILES, DataFileError, type DataFileKey } from '../src/data/files';
import { parseDataFile, parseDataset } from '../src/data/schema';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
const dataDir = values.dir ? path.resolve(values.dir) : path.join(root, 'data');
const files = Object.fromEntries(
  Object.entries(DATA_FILES).map(([key, rel]) => [key, path.join(dataDir, path.basename(rel))]),
) as Record<DataFileKey, string>;
const display = (file: string) => path.relative(process.cwd(), file) || file;

async function read(key: DataFileKey): Promise<unknown> {
  const file = files[key];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DataFileError(display(file), [`cannot read: ${(e as Error).message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataFileError(display(file), [`not valid JSON: ${(e as Error).message}`]);
  }
}

try {
  const raw = { cities: await read('cities'), clusters: await read('clusters'), regions: await read('regions'), geo: await read('geo') };
  const shown = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, display(f)])) as Record<DataFileKey, string>;
  const dataset = parseDataset(raw, shown);
  parseDataFile('context', shown.context, await read('context'));
  const targets = dataset.clusters.reduce((n, c) => n + c.targets.length, 0);
  console.log(
    `data:check ok: ${dataset.cities.length} cities, ${dataset.clusters.length} clusters, ${targets} targets, ` +
      `${dataset.regions.length} region terms, ${dataset.geo.features.length} city polygons, context layer`,
  );
} catch (e) {
  if (!(e instanceof DataFileError)) throw e;
  console.error(`data:check failed: ${e.file}`);
  for (const p of e.problems.slice(0, 20)) console.error(`  ${e.file}: ${p}`);
  if (e.problems.length > 20) console.error(`  … and ${e.problems.length - 20} more`);
  process.exit(1);
}
