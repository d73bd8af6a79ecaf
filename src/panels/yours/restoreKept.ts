/** At start, after the first view: the data the reader kept on this device, back on the map and in the lists. */
import { yoursStore } from '../../store/yours';
import { follow, restore } from './keep';
import { showSitesOnMap } from './showSites';

export async function restoreKept(): Promise<boolean> {
  const kept = await restore().catch(() => null);
  // The end-to-end tests wait for this before they say nothing came back.
  performance.mark('gd:yours-checked');
  if (!kept || yoursStore.getState().data) return false;
  yoursStore.getState().restore(kept.data, kept.picks);
  follow(true);
  showSitesOnMap();
  return true;
}
