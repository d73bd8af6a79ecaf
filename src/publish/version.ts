/**
 * Which version of the app a page or a service worker runs, and what they say
 * to each other about it (src/sw.ts, src/publish/offline.ts).
 *
 * A new version never takes over a page that is open: its worker installs
 * and waits, and the page offers to reload into it. Every version's files
 * are precached in a cache of that version's own, which the newer worker
 * keeps until no open page runs an older version, so an open page can still
 * load each of its parts after the host has replaced them.
 */

/** This build's version (vite.config.ts: a digest of its sources, or GD_BUILD_ID; the sources view shows it). */
export const BUILD_ID = __BUILD_ID__;

/** Worker → page, with a port for the answer `{ version }`: which version do you run? Page → worker: the same question. */
export const ASK_VERSION = 'gd:version?';
/** Page → waiting worker: the reader asked for the new version; take over now. */
export const SKIP_WAITING = 'gd:skip-waiting';
/** Page → its worker: a page is running; older versions' files may be due for deletion. */
export const PAGE_RUNNING = 'gd:page-running';

/** The cache that holds one version's files. */
export const precacheName = (version: string) => `gd-precache-${version}`;

/**
 * Caches an earlier version of the app left: its versions' precaches, the single precache and
 * the runtime caches of the versions before each had its own (Workbox's default names).
 */
const EARLIER_CACHE = /^(gd-precache-|workbox-precache-|gd-fonts$|gd-pdf$)/;

/**
 * The caches the worker of `version` may delete: those made before its own
 * (the Cache Storage lists names in the order they were made; a later one is a
 * newer version installing or waiting), and only once every open page has
 * said it runs `version` (`null`: it did not answer, so it may be an older one).
 */
export function cachesToRetire(names: readonly string[], version: string, pageVersions: readonly (string | null)[]): string[] {
  if (pageVersions.some((v) => v !== version)) return [];
  const own = names.indexOf(precacheName(version));
  if (own === -1) return [];
  return names.slice(0, own).filter((name) => EARLIER_CACHE.test(name));
}

/** Asks a worker or a page which version it runs; `null` if it does not answer within `ms`. */
export function askVersion(target: { postMessage(message: unknown, transfer: Transferable[]): void }, ms: number): Promise<string | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      resolve(null);
    }, ms);
    channel.port1.onmessage = ({ data }: MessageEvent<{ version?: unknown }>) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(typeof data?.version === 'string' ? data.version : null);
    };
    target.postMessage({ type: ASK_VERSION }, [channel.port2]);
  });
}

/** Answers ASK_VERSION on the port the question came with. */
export function answerVersion(event: { data: unknown; ports: readonly MessagePort[] }): boolean {
  if ((event.data as { type?: unknown } | null)?.type !== ASK_VERSION) return false;
  event.ports[0]?.postMessage({ version: BUILD_ID });
  return true;
}
