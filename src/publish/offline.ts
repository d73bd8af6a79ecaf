/**
 * Registers the service worker (src/sw.ts) when the page is idle (src/main.tsx
 * calls this once it has loaded), so it takes nothing from the first view. When a new version has installed
 * over an older one, `onUpdate` is told: the page says so quietly, and the
 * new version runs from the next visit.
 */
export function registerOffline(onUpdate: () => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = async () => {
    const registration = await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      // A first install has no older version to replace: nothing to say.
      if (!worker || !navigator.serviceWorker.controller) return;
      worker.addEventListener('statechange', () => worker.state === 'activated' && onUpdate());
    });
  };
  // A failed registration (a private window, a host without HTTPS) leaves the app as it is: online only.
  const start = () => void register().catch(() => {});
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 2000);
}
