/** Panels that load when first shown (src/store/lazyPart.tsx); src/main.tsx loads the ones a linked view shows at once. */
import { lazyPart } from '../store/lazyPart';
import { LoadingText } from './LoadingText';

/** The table: its own view, or under a static map (loaded with that map: src/map/svg/load.ts). */
export const tableViewPart = lazyPart('table', () => import('./TableView'), (m) => m.TableView);
/** The card of the one industry shown. */
export const clusterCardPart = lazyPart('cluster-card', () => import('./ClusterCard'), (m) => m.ClusterCard);
/**
 * The city panel: not on the first view unless the link opens a city (then
 * src/main.tsx loads it with the first render); otherwise asked for at the
 * reader's first press or key (src/App.tsx), ahead of the click it precedes.
 */
export const cityPanelPart = lazyPart('city-panel', () => import('./CityPanel'), (m) => m.CityPanel);
/** The notice that a new version is ready. */
export const updateNoticePart = lazyPart('update-notice', () => import('./UpdateNotice'), (m) => m.UpdateNotice);
/** The sources and method: read by few, and never on the first view. */
export const sourcesViewPart = lazyPart('sources', () => import('./SourcesView'), (m) => m.SourcesView, LoadingText);
/** The atlas (`view=atlas`). */
export const atlasViewPart = lazyPart('atlas', () => import('./AtlasView'), (m) => m.AtlasView, LoadingText);
/** Cities side by side (`compare=`). */
export const comparePanelPart = lazyPart('compare', () => import('./ComparePanel'), (m) => m.ComparePanel);
/** The reader's own data: its dialog, with the reader of files and the locator behind it (loaded when first opened). */
export const yoursDialogPart = lazyPart('yours', () => import('./yours/YoursDialog'), (m) => m.YoursDialog, LoadingText);
/** What the reader's data adds to the page (the sites' list), from the dialog's first opening. */
export const yoursOverlaysPart = lazyPart('yours-overlays', () => import('./yours/YoursOverlays'), (m) => m.YoursOverlays);
