/**
 * Registers the service worker (src/sw.ts); src/main.tsx calls this once the
 * first view is complete and the page is idle.
 *
 * A new version installs beside the running one and waits (src/publish/
 * version.ts): `onUpdate` is told when a worker of another version is
 * waiting, or has taken over because the reader updated in another tab.
 * This page keeps running its own version until the reader reloads
 * (`reloadIntoUpdate`). A tab left open looks for a new version when the
 * reader comes back to it.
 */
import { answerVersion, askVersion, BUILD_ID, PAGE_RUNNING, SKIP_WAITING } from './version';

/** How often a tab the reader comes back to asks the host for a new version, at most. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function registerOffline(onUpdate: () => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const container = navigator.serviceWorker;
  // The worker asks each open page its version before it deletes an older version's files. (Setting
  // onmessage, rather than adding a listener, also starts the delivery of messages sent before it.)
  container.onmessage = (event) => void answerVersion(event);
  const offerIfNewer = async (worker: ServiceWorker | null) => {
    if (worker && (await askVersion(worker, 5000)) !== BUILD_ID) onUpdate();
  };
  const register = async () => {
    const registration = await container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    container.controller?.postMessage({ type: PAGE_RUNNING });
    // A first install has no older version to replace: nothing to offer.
    if (registration.waiting && container.controller) void offerIfNewer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker || !container.controller) return;
      worker.addEventListener('statechange', () => worker.state === 'installed' && void offerIfNewer(worker));
    });
    // Another tab took the update (or this is the first install's worker claiming the page).
    container.addEventListener('controllerchange', () => void offerIfNewer(container.controller));
    let checked = Date.now();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || Date.now() - checked < UPDATE_CHECK_MS) return;
      checked = Date.now();
      registration.update().catch(() => {});
    });
  };
  // A failed registration (a private window, a host without HTTPS) leaves the app as it is: online only.
  register().catch(() => {});
}

/**
 * Reloads into the new version: the waiting worker takes over, then the page
 * reloads at the same address, which holds the whole view.
 */
export async function reloadIntoUpdate(): Promise<void> {
  const waiting = (await navigator.serviceWorker?.getRegistration())?.waiting;
  if (!waiting) return location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: SKIP_WAITING });
  // Should the worker not take over (it failed, or a newer one replaced it), the reload still comes.
  setTimeout(() => location.reload(), 4000);
}
