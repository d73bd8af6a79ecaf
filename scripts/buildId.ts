/**
 * The build's version, which the page and its service worker both carry
 * (src/publish/version.ts): `GD_BUILD_ID` where it is set, otherwise a digest
 * of everything the build is made from, so the same sources always give the
 * same version and any change gives a new one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** What a build reads; the fonts' generated files are its output, not its input. */
const INPUTS = ['src', 'data', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package-lock.json'];
const SKIPPED = new Set(['generated', 'node_modules']);

function files(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .filter((name) => !SKIPPED.has(name))
    .sort()
    .flatMap((name) => files(path.posix.join(entry, name)));
}

export function buildId(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.GD_BUILD_ID;
  if (given !== undefined) {
    if (!/^[\w.-]{1,40}$/.test(given)) throw new Error(`GD_BUILD_ID must be 1 to 40 letters, digits, dots, dashes or underscores: ${JSON.stringify(given)}`);
    return given;
  }
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file)));
  return hash.digest('hex').slice(0, 12);
}
