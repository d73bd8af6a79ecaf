/**
 * One zustand store built from slices: the view (what the URL holds), the
 * data (what was loaded) and the UI (transient things no link reopens).
 * Actions are plain functions on the store, testable without React.
 */
import { useSyncExternalStore } from 'react';
import { MAX_COMPARED, MIN_COMPARED } from '../domain/cityCodes';
import { createStore, type StateCreator } from 'zustand/vanilla';
import { clustersInTier } from '../domain/filter';
import type { CountBasis, Lang, TierFilter } from '../domain/types';
import type { LoadedData } from '../data/load';
import type { ContextGeo } from '../data/files';
import { CLUSTER_TIERS, isClusterId } from '../domain/clusterIds';
import { DEFAULT_VIEW, sortIndustries, type MainView, type Notice, type View } from './url';
import { applyTheme, saveTheme, schemeOf, storedTheme, type ThemeChoice } from './theme';
import type { Scheme } from '../domain/palette';
import { INITIAL_MAP, mapStarted, webglAsked, webglDrawn, webglFailed, webglLost, webglRestored, type Camera, type MapState } from './mapState';

export interface ViewSlice {
  view: View;
  setLang: (lang: Lang) => void;
  setTier: (tier: TierFilter) => void;
  setCount: (count: CountBasis) => void;
  toggleIndustry: (id: string) => void;
  setIndustries: (ids: string[] | null) => void;
  /** Opens a city's panel (closing a comparison), or closes it. */
  selectCity: (adcode: string | null) => void;
  /** Puts two to four cities side by side (closing a city's panel), or ends the comparison. */
  setCompare: (adcodes: string[] | null) => void;
  setMainView: (view: MainView) => void;
  /**
   * Opens a cluster's card: that cluster alone is selected (and the map shows
   * its cities by role). The tier is kept when it holds the cluster, else it
   * becomes "all"; count basis, language and city are kept, and the main view
   * too unless `showMap` asks for the map (a search result does). The
   * selection before the first card is remembered for closeCluster.
   */
  showCluster: (id: string, options?: { showMap?: boolean }) => void;
  /** Closes the card: back to the selection showCluster replaced, or to every industry. */
  closeCluster: () => void;
  /** Replaces the whole view (URL load, back/forward). */
  applyView: (view: View) => void;
}

type DataState =
  | { status: 'loading' }
  | { status: 'ready'; data: LoadedData }
  | { status: 'error'; message: string };

type ContextState = { status: 'loading' } | { status: 'ready'; context: ContextGeo } | { status: 'error'; message: string };

export interface DataSlice {
  data: DataState;
  context: ContextState;
  setData: (data: DataState) => void;
  setContext: (context: ContextState) => void;
}

/** A box on the page, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export type MapCover = 'panel' | 'caption';
const sameBox = (a: Box, b: Box) => a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;

export type TableSort = { column: 'city' | 'all' | 'named' | string; descending: boolean };

export interface UiSlice {
  notices: Notice[];
  addNotices: (notices: Notice[]) => void;
  dismissNotices: () => void;
  hoveredCity: string | null;
  /** Where the pointer is over the map, for the tooltip; null when hovering from the ranking or the keyboard. */
  pointer: { x: number; y: number } | null;
  setHoveredCity: (adcode: string | null, pointer?: { x: number; y: number } | null) => void;
  /** The selection the open cluster card replaced (not in the URL: browser Back also returns to it). */
  beforeCard: Pick<View, 'tier' | 'industries'> | null;
  tableSort: TableSort;
  sortTable: (column: TableSort['column']) => void;
  /** Which map is live (src/store/mapState.ts), changed only by the actions below. */
  map: MapState;
  /** The page's module starts the map: the build's SVG map first (a phone that has it), or the WebGL map at once. */
  startMap: (svgFirst: boolean) => void;
  /** "Zoom and pan" on the SVG map. */
  askWebglMap: () => void;
  webglMapDrawn: () => void;
  /** No WebGL map can be had; `module`: its code did not load (rather than no WebGL in the browser). */
  webglMapFailed: (cause?: 'no-webgl' | 'module') => void;
  webglMapLost: (camera: Camera | null) => void;
  webglMapRestored: () => void;
  /** What lies over the map (the city panel, the keys' caption), in page coordinates, so the map keeps a city clear of it. */
  mapCovers: Partial<Record<MapCover, Box>>;
  setMapCover: (cover: MapCover, box: Box | null) => void;
  /**
   * The city the keyboard is on (src/map/keys/mapKeys.ts), kept when the map loses
   * focus; `keyRing` while the map has keyboard focus, when the maps draw a
   * focus ring on it.
   */
  keyCity: string | null;
  keyRing: boolean;
  setKeyCity: (adcode: string | null, ring: boolean) => void;
  /** The map's list of keys is open. */
  keysHelp: boolean;
  setKeysHelp: (open: boolean) => void;
  /** A new version of the app is waiting, or runs in another tab (src/publish/offline.ts): offered to the reader. */
  updateReady: boolean;
  setUpdateReady: (ready: boolean) => void;
  /** The theme switch's choice (src/store/theme.ts), and the scheme it gives now (for "auto", the system's). */
  theme: ThemeChoice;
  scheme: Scheme;
  setTheme: (choice: ThemeChoice) => void;
  /** The system's preference changed: "auto" follows it. */
  refreshScheme: () => void;
}

export type AppState = ViewSlice & DataSlice & UiSlice;

const viewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  const update = (patch: Partial<View>) => set({ view: { ...get().view, ...patch } });
  return {
    view: DEFAULT_VIEW,
    setLang: (lang) => update({ lang }),
    setTier: (tier) => update({ tier }),
    setCount: (count) => update({ count }),
    setIndustries: (ids) => update({ industries: ids === null ? null : sortIndustries(ids) }),
    toggleIndustry: (id) => {
      const { view, data } = get();
      // "All in the tier" is implicit until the first toggle makes it explicit.
      const current =
        view.industries ??
        (data.status === 'ready' ? clustersInTier(data.data.dataset.clusters, view.tier).map((c) => c.id) : []);
      const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
      update({ industries: sortIndustries(next) });
    },
    selectCity: (city) => update(city ? { city, compare: null } : { city }),
    setCompare: (adcodes) =>
      update(adcodes && new Set(adcodes).size >= MIN_COMPARED ? { compare: [...new Set(adcodes)].slice(0, MAX_COMPARED), city: null } : { compare: null }),
    setMainView: (mainView) => update({ mainView }),
    showCluster: (id, options = {}) => {
      if (!isClusterId(id)) return;
      const { view, beforeCard } = get();
      // From one card to another, closing still returns to the selection before the first.
      const cardOpen = view.industries?.length === 1;
      set({
        beforeCard: cardOpen && beforeCard ? beforeCard : { tier: view.tier, industries: view.industries },
        view: {
          ...view,
          tier: view.tier === 'all' || view.tier === CLUSTER_TIERS[id] ? view.tier : 'all',
          industries: [id],
          mainView: options.showMap ? 'map' : view.mainView,
        },
      });
    },
    closeCluster: () => {
      const { view, beforeCard } = get();
      set({ beforeCard: null, view: { ...view, ...(beforeCard ?? { industries: null }) } });
    },
    applyView: (view) => set({ view }),
  };
};

const dataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  data: { status: 'loading' },
  context: { status: 'loading' },
  setData: (data) => set({ data }),
  setContext: (context) => set({ context }),
});

const uiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  notices: [],
  addNotices: (notices) => notices.length && set({ notices: [...get().notices, ...notices] }),
  dismissNotices: () => set({ notices: [] }),
  hoveredCity: null,
  pointer: null,
  setHoveredCity: (hoveredCity, pointer = null) => {
    if (get().hoveredCity !== hoveredCity || get().pointer !== pointer) set({ hoveredCity, pointer });
  },
  beforeCard: null,
  tableSort: { column: 'all', descending: true },
  sortTable: (column) => {
    const { tableSort } = get();
    set({
      tableSort:
        tableSort.column === column ? { column, descending: !tableSort.descending } : { column, descending: column !== 'city' },
    });
  },
  map: INITIAL_MAP,
  startMap: (svgFirst) => set({ map: mapStarted(get().map, svgFirst) }),
  askWebglMap: () => set({ map: webglAsked(get().map) }),
  webglMapDrawn: () => set({ map: webglDrawn(get().map) }),
  webglMapFailed: (cause) => set({ map: webglFailed(get().map, cause) }),
  webglMapLost: (camera) => set({ map: webglLost(get().map, camera) }),
  webglMapRestored: () => set({ map: webglRestored(get().map) }),
  mapCovers: {},
  setMapCover: (cover, box) => {
    const { [cover]: old, ...rest } = get().mapCovers;
    if (box ? old && sameBox(old, box) : !old) return;
    set({ mapCovers: box ? { ...rest, [cover]: box } : rest });
  },
  keyCity: null,
  keyRing: false,
  setKeyCity: (keyCity, keyRing) => {
    if (get().keyCity !== keyCity || get().keyRing !== keyRing) set({ keyCity, keyRing });
  },
  keysHelp: false,
  setKeysHelp: (keysHelp) => set({ keysHelp }),
  updateReady: false,
  setUpdateReady: (updateReady) => set({ updateReady }),
  // What this device chose, and its scheme now: the WebGL map's first frame is drawn in it (no light flash on a dark page).
  theme: storedTheme(),
  scheme: schemeOf(storedTheme()),
  setTheme: (theme) => {
    saveTheme(theme);
    applyTheme(theme);
    set({ theme, scheme: schemeOf(theme) });
  },
  refreshScheme: () => {
    const scheme = schemeOf(get().theme);
    if (scheme !== get().scheme) set({ scheme });
  },
});

export function createAppStore() {
  return createStore<AppState>()((...a) => ({ ...viewSlice(...a), ...dataSlice(...a), ...uiSlice(...a) }));
}

const appStore = createAppStore();

/**
 * The app's store as a hook (`useAppStore(selector)`, which must return a
 * stable value) and as the store itself (`useAppStore.getState()` …). The
 * build's render of the page (src/firstPaint/prerender.tsx) reads the
 * current state too, so it sets its view and data with the store's actions.
 */
export const useAppStore = Object.assign(
  <T>(selector: (state: AppState) => T): T =>
    useSyncExternalStore(
      appStore.subscribe,
      () => selector(appStore.getState()),
      () => selector(appStore.getState()),
    ),
  appStore,
);
export type AppStore = ReturnType<typeof createAppStore>;
