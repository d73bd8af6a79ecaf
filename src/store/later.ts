/**
 * Work that is not part of the first view but should be ready soon after it (the SVG stand-in for a lost WebGL
 * context, the service worker's registration): two seconds after the caller's moment, when the page is idle, so
 * nothing of it competes with the first view or is counted in it (docs/performance.md).
 */
export function afterFirstView(run: () => void): void {
  setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(() => run(), { timeout: 2000 }) : run()), 2000);
}
