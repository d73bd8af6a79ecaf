/** Builds the app (dist/) and the baseline page (bench/dist/) for the benchmark. */
import path from 'node:path';
import { build } from 'vite';
import { classIndex, countClasses } from '../src/domain/classes';
import { clusterCountByCity } from '../src/domain/counts';
import { loadRepoDataset } from '../src/test/files';

const root = path.resolve(import.meta.dirname, '..');

export async function buildPages() {
  const dataset = loadRepoDataset();
  const counts = clusterCountByCity(dataset.clusters, dataset.cities.map((c) => c.adcode));
  const classes = countClasses(dataset.clusters.length);
  const colors = [...counts].flatMap(([code, n]) => [Number(code), classes[classIndex(classes, n.all)]!.color]);
  await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts') });
  await build({
    root: path.join(root, 'bench'),
    base: '/baseline/',
    configFile: false,
    logLevel: 'warn',
    define: { __BASELINE_COLORS__: JSON.stringify(colors) },
    build: {
      outDir: path.join(root, 'bench/dist'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: path.join(root, 'bench/baseline.html') },
    },
  });
}

