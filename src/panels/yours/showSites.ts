/** The reader's sites on the maps on screen, from the first import on: each renderer's part loads then, not with the page. */
let shown = false;

export function showSitesOnMap(): void {
  if (shown) return;
  shown = true;
  void import('../../map/webgl/sitesLayer').then((m) => m.startSitesLayer());
}
