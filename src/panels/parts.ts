/** Panels that load when first shown (src/store/lazyPart.tsx); src/main.tsx loads the ones a linked view shows at once. */
import { lazyPart } from '../store/lazyPart';

/** The table: its own view, or under a static map (loaded with that map: src/map/svg/load.ts). */
export const tableViewPart = lazyPart(() => import('./TableView'), (m) => m.TableView);
/** The card of the one industry shown. */
export const clusterCardPart = lazyPart(() => import('./ClusterCard'), (m) => m.ClusterCard);
/** The notice that a new version is ready. */
export const updateNoticePart = lazyPart(() => import('./UpdateNotice'), (m) => m.UpdateNotice);
