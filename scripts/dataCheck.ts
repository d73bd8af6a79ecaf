/**
 * The data files are checked once, here, and the app checks at run time that
 * it got those very bytes.
 *
 * `checkData` validates every data file with the app's own schemas
 * (src/data/schema.ts) and the references between them. `npm run data:check`
 * prints what it finds; every build does the same through the plugin below,
 * which gives the app each valid file's SHA-256 as `virtual:data-digests`.
 *
 * Validating the files with zod in the browser would cost the first view a
 * long task, and zod itself, on every load, for files the build already
 * holds. So the app (src/data/load.ts) hashes what it
 * fetched, and only a file that differs from the one validated here (edited
 * on the server, truncated, replaced) makes it load the schemas and validate
 * in the browser, with the same messages. A file is given a digest only if
 * validation hands it back unchanged (no text to trim, nothing dropped), so
 * the app sees the same values either way.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import type { Dataset } from '../src/domain/types.ts';
import { DATA_FILES, DataFileError, type DataFileKey } from '../src/data/files.ts';
import type { CitiesGeo } from '../src/data/files.ts';
import { parseDataFile, parseDataset } from '../src/data/schema.ts';

const root = path.resolve(import.meta.dirname, '..');
const KEYS = Object.keys(DATA_FILES) as DataFileKey[];

export interface DataCheck {
  /** The city data, if its four files are valid. */
  dataset: (Dataset & { geo: CitiesGeo }) | null;
  /** SHA-256 (hex) of each file the app may use as it is, by its repo path (data/…). */
  digests: Partial<Record<string, string>>;
  problems: DataFileError[];
}

/**
 * Checks the data directory `dir`; `shown` names each file in the problems
 * (the repo paths by default).
 */
export function checkData(dir = path.join(root, 'data'), shown: Record<DataFileKey, string> = DATA_FILES): DataCheck {
  const result: DataCheck = { dataset: null, digests: {}, problems: [] };
  const bytes = {} as Record<DataFileKey, Buffer>;
  const values = {} as Record<DataFileKey, unknown>;
  for (const key of KEYS) {
    try {
      bytes[key] = readFileSync(path.join(dir, path.basename(DATA_FILES[key])));
    } catch (e) {
      result.problems.push(new DataFileError(shown[key], [`cannot read: ${(e as Error).message}`]));
      continue;
    }
    try {
      values[key] = JSON.parse(bytes[key].toString('utf8'));
    } catch (e) {
      result.problems.push(new DataFileError(shown[key], [`not valid JSON: ${(e as Error).message}`]));
    }
  }
  const check = <T>(group: DataFileKey[], validate: () => T): T | null => {
    if (group.some((key) => !(key in values))) return null;
    let valid: T;
    try {
      valid = validate();
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      result.problems.push(e);
      return null;
    }
    const changed = group.filter((key) => !isDeepStrictEqual(parseDataFile(key, shown[key], values[key]), values[key]));
    for (const key of changed)
      result.problems.push(new DataFileError(shown[key], ['validation changes its values (text with spaces around it?), so the app could not use it as it is']));
    if (changed.length) return null;
    for (const key of group) result.digests[DATA_FILES[key]] = createHash('sha256').update(bytes[key]).digest('hex');
    return valid;
  };
  // The city data is one unit (its files refer to each other); the context layer stands alone.
  result.dataset = check(['cities', 'clusters', 'regions', 'geo'], () => parseDataset(values, shown));
  check(['context'], () => parseDataFile('context', shown.context, values.context));
  return result;
}

/** Checks the data when the app is built (a build with a bad file stops) or served, and gives the app the digests. */
export function dataDigestsPlugin(): Plugin {
  const moduleId = 'virtual:data-digests';
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'data-digests',
    configResolved: (config) => void (command = config.command),
    resolveId: (id) => (id === moduleId ? `\0${moduleId}` : undefined),
    load(id) {
      if (id !== `\0${moduleId}`) return;
      for (const rel of Object.values(DATA_FILES)) this.addWatchFile(path.join(root, rel));
      const { digests, problems } = checkData();
      if (problems.length) {
        const message = `data files that fail validation (npm run data:check):\n  ${problems.map((e) => e.message).join('\n  ')}`;
        if (command === 'build') this.error(message);
        // The dev server goes on: the app validates these files itself and shows their problems.
        this.warn(message);
      }
      return `export default ${JSON.stringify(digests)};`;
    },
  };
}
