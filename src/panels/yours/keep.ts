/**
 * "Keep on this device": the reader's data in IndexedDB, only when the reader
 * ticks it, and gone with "Remove my data". Nothing is kept otherwise, and a
 * page that finds nothing kept creates no database (indexedDB.databases()).
 */
import type { Adcode } from '../../domain/types';
import type { YourData } from '../../domain/sites';
import { yoursStore } from '../../store/yours';

const DB = 'gd-your-data';
const STORE = 'kept';
const KEY = 'current';

interface Kept {
  data: YourData;
  picks: Record<number, Adcode>;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
    });
  } finally {
    db.close();
  }
}

async function exists(): Promise<boolean> {
  // Where the browser can list its databases, a page with nothing kept does not make one by looking.
  if ('databases' in indexedDB) return (await indexedDB.databases()).some((d) => d.name === DB);
  return true;
}

export async function keep(): Promise<void> {
  const { data, picks } = yoursStore.getState();
  if (data) await run('readwrite', (s) => s.put({ data, picks } satisfies Kept, KEY));
}

export async function isKept(): Promise<boolean> {
  if (!(await exists())) return false;
  return (await run('readonly', (s) => s.count(KEY))) > 0;
}

/** The kept data, or null. */
export async function restore(): Promise<Kept | null> {
  if (!(await exists())) return null;
  const kept = (await run<Kept | undefined>('readonly', (s) => s.get(KEY))) ?? null;
  return kept && kept.data && Array.isArray(kept.data.sites) ? kept : null;
}

/** Deletes the database: nothing of the reader's data stays on the device. */
export function forget(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = () => resolve();
    request.onblocked = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not delete'));
  });
}

let following: (() => void) | null = null;

/** While the reader keeps the data, every change (a pick by hand, a new file) is kept too. */
export function follow(on: boolean): void {
  following?.();
  following = on ? yoursStore.subscribe((s, before) => (s.data !== before.data || s.picks !== before.picks) && void keep().catch(() => null)) : null;
}
