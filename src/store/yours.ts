/**
 * The reader's own data (src/domain/sites.ts), once read: a store of its own,
 * loaded with the first module that needs it (the dialog, the sites' layer,
 * the city panel), so the first view carries none of it. Nothing here is in
 * the address, a share link or an embed (src/store/urlSync.ts never sees it).
 */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { Adcode } from '../domain/types';
import type { Site, YourData } from '../domain/sites';

export interface YoursState {
  data: YourData | null;
  /** The sites' list is open over the map. */
  listOpen: boolean;
  /** The cities picked by hand, by row: kept when the same file is read again with another mapping. */
  picks: Record<number, Adcode>;
  /** New data; `sameFile` keeps the picks by hand (a new mapping, encoding or sheet of the same file). */
  setData: (data: YourData | null, sameFile?: boolean) => void;
  /** The reader picks a site's city by hand. */
  pickCity: (row: number, city: Adcode) => void;
  setListOpen: (open: boolean) => void;
  /** Data kept on the device (IndexedDB, src/panels/yours/keep.ts), back as it was: its picks by hand too. */
  restore: (data: YourData, picks: Record<number, Adcode>) => void;
}

export const yoursStore = createStore<YoursState>()((set, get) => ({
  data: null,
  listOpen: false,
  picks: {},
  setData: (data, sameFile = false) => {
    const picks = sameFile ? get().picks : {};
    set({ data: data && withPicks(data, picks), picks, listOpen: data ? get().listOpen : false });
  },
  pickCity: (row, city) => {
    const { data, picks } = get();
    if (!data) return;
    const next = { ...picks, [row]: city };
    set({ data: withPicks(data, next), picks: next });
  },
  setListOpen: (listOpen) => set({ listOpen }),
  restore: (data, picks) => set({ data: withPicks(data, picks), picks }),
}));

function withPicks(data: YourData, picks: Record<number, Adcode>): YourData {
  if (Object.keys(picks).length === 0) return data;
  return { ...data, sites: data.sites.map((s): Site => (picks[s.row] ? { ...s, city: picks[s.row]!, by: 'hand' } : s)) };
}

export function useYours<T>(selector: (state: YoursState) => T): T {
  return useSyncExternalStore(
    yoursStore.subscribe,
    () => selector(yoursStore.getState()),
    () => selector(yoursStore.getState()),
  );
}
