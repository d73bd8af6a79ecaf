/**
 * `npm run data:check [-- --dir DIR]`: validates every data file with the
 * app's own schemas (src/data/schema.ts) and the references between them,
 * as every build does (scripts/dataCheck.ts). On a bad file it prints the
 * file, the record and the field, and exits 1.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_FILES, type DataFileKey } from '../src/data/files';
import { checkData } from './dataCheck';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
const dataDir = values.dir ? path.resolve(values.dir) : path.join(root, 'data');
const shown = Object.fromEntries(
  Object.entries(DATA_FILES).map(([key, rel]) => [key, path.relative(process.cwd(), path.join(dataDir, path.basename(rel))) || rel]),
) as Record<DataFileKey, string>;

const { dataset, problems } = checkData(dataDir, shown);
if (problems.length || !dataset) {
  for (const e of problems) {
    console.error(`data:check failed: ${e.file}`);
    for (const p of e.problems.slice(0, 20)) console.error(`  ${e.file}: ${p}`);
    if (e.problems.length > 20) console.error(`  … and ${e.problems.length - 20} more`);
  }
  process.exit(1);
}
const targets = dataset.clusters.reduce((n, c) => n + c.targets.length, 0);
console.log(
  `data:check ok: ${dataset.cities.length} cities, ${dataset.clusters.length} clusters, ${targets} targets, ` +
    `${dataset.regions.length} region terms, ${dataset.geo.features.length} city polygons, context layer`,
);
