/** Panels that load when first shown (src/store/lazyPart.tsx); src/main.tsx loads the ones a linked view shows at once. */
import { lazyPart } from '../store/lazyPart';

/** The table: its own view, or under a static map (loaded with that map: src/map/svg/load.ts). */
export const tableViewPart = lazyPart(() => import('./TableView'), (m) => m.TableView);
/** The card of the one industry shown. */
export const clusterCardPart = lazyPart(() => import('./ClusterCard'), (m) => m.ClusterCard);
/**
 * The city panel: not on the first view unless the link opens a city (then
 * src/main.tsx loads it with the first render); otherwise asked for at the
 * reader's first press or key (src/App.tsx), ahead of the click it precedes.
 */
export const cityPanelPart = lazyPart(() => import('./CityPanel'), (m) => m.CityPanel);
/** The notice that a new version is ready. */
export const updateNoticePart = lazyPart(() => import('./UpdateNotice'), (m) => m.UpdateNotice);
