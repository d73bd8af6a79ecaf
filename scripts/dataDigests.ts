/**
 * The data files are validated when the app is built, and the app checks at
 * run time that it got those very bytes.
 *
 * Validating the five files with zod in the browser cost the first view about
 * 0.1 s of a slow machine's main thread, plus zod itself (a third of the app's
 * own script), on every load, for files that the build already holds. So this
 * plugin validates them once, here, with the same schemas (src/data/schema.ts),
 * and gives the app their SHA-256 digests as `virtual:data-digests`. The app
 * (src/data/load.ts) hashes what it fetched; only if a file differs from the
 * one validated here (edited on the server, truncated, replaced) does it load
 * the schemas and validate in the browser, with the same messages as before.
 *
 * A file is trusted only if validation would hand it back unchanged (no text
 * to trim, nothing dropped), so the app sees the same values either way. A
 * build with a file that fails stops with the problems; the dev server warns
 * and leaves that file to the browser's validation, which shows them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { DATA_FILES, DataFileError, type DataFileKey } from '../src/data/files.ts';
import { parseDataFile, parseDataset } from '../src/data/schema.ts';

const root = path.resolve(import.meta.dirname, '..');
const MODULE_ID = 'virtual:data-digests';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The digests of the files that validate (every file, unless one is broken), and the problems of those that do not. */
export function dataDigests(dir = root): { digests: Partial<Record<string, string>>; problems: string[] } {
  const digests: Partial<Record<string, string>> = {};
  const problems: string[] = [];
  const bytes = {} as Record<DataFileKey, Buffer>;
  const values = {} as Record<DataFileKey, unknown>;
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  for (const key of keys) {
    bytes[key] = readFileSync(path.join(dir, DATA_FILES[key]));
    try {
      values[key] = JSON.parse(bytes[key].toString('utf8'));
    } catch (e) {
      problems.push(`${DATA_FILES[key]}: not valid JSON: ${(e as Error).message}`);
    }
  }
  const unchanged = (key: DataFileKey) => isDeepStrictEqual(parseDataFile(key, DATA_FILES[key], values[key]), values[key]);
  const trust = (group: DataFileKey[], validate: () => unknown) => {
    if (group.some((key) => !(key in values))) return;
    try {
      validate();
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      problems.push(e.message);
      return;
    }
    const changed = group.filter((key) => !unchanged(key));
    for (const key of changed) problems.push(`${DATA_FILES[key]}: validation changes its values (untrimmed text?), so the app cannot use it as it is`);
    if (changed.length) return;
    for (const key of group) digests[DATA_FILES[key]] = createHash('sha256').update(bytes[key]).digest('hex');
  };
  // The city data is one unit (its files refer to each other); the context layer stands alone.
  trust(['cities', 'clusters', 'regions', 'geo'], () => parseDataset(values));
  trust(['context'], () => parseDataFile('context', DATA_FILES.context, values.context));
  return { digests, problems };
}

export function dataDigestsPlugin(): Plugin {
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'data-digests',
    configResolved: (config) => void (command = config.command),
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return;
      for (const rel of Object.values(DATA_FILES)) this.addWatchFile(path.join(root, rel));
      const { digests, problems } = dataDigests();
      if (problems.length) {
        const message = `data files that fail validation (the app will show their problems):\n  ${problems.join('\n  ')}`;
        if (command === 'build') this.error(message);
        this.warn(message);
      }
      return `export default ${JSON.stringify(digests)};`;
    },
  };
}
