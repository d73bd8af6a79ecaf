/**
 * A second version of the app for the deploy specs (e2e/update.spec.ts,
 * e2e/engines/engines.spec.ts): the same code built again with another
 * version string (GD_BUILD_ID), which the sources view shows. Built once per
 * build of dist/ and shared by the specs' workers (a lock file keeps two from
 * building at once), in the system's temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appHandler, startServer, type Handler } from '../scripts/serve';

const root = path.resolve(import.meta.dirname, '..');
export const NEXT_VERSION = 'e2e-next';

/** The folder of the next version's build, built on first use. */
function nextBuild(): string {
  const of = createHash('sha256').update(readFileSync(path.join(root, 'dist/sw.js'))).digest('hex').slice(0, 12);
  const dir = path.join(tmpdir(), `gd-next-${of}`);
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 180_000;
  while (!existsSync(path.join(dir, 'sw.js'))) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      // Another worker is building it.
      if (Date.now() > deadline) throw new Error(`the next version's build did not appear: ${dir}`);
      execFileSync('sleep', ['1']);
      continue;
    }
    try {
      const building = `${dir}.building`;
      rmSync(building, { recursive: true, force: true });
      execFileSync('npx', ['vite', 'build', '--outDir', building, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: root,
        env: { ...process.env, GD_BUILD_ID: NEXT_VERSION },
        stdio: 'pipe',
      });
      renameSync(building, dir);
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
  return dir;
}

/**
 * A host that serves dist/ (the running version) until `deploy()` swaps in the
 * next version at once, as a static host deploys. It sends no caching headers,
 * so what an open page of the first version can still load comes from its
 * service worker alone, not from the browser's HTTP cache.
 */
export async function deployingHost(): Promise<{ url: string; deploy: () => void; close: () => Promise<void> }> {
  const noStore = () => 'no-store';
  const next = appHandler(nextBuild(), undefined, noStore);
  let host: Handler = appHandler(path.join(root, 'dist'), undefined, noStore);
  const { server, url } = await startServer({ handler: (req, res, then) => host(req, res, then) });
  return {
    url,
    deploy: () => void (host = next),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
