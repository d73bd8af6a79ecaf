/**
 * Fetches the data files the build emitted (hashed asset URLs). The city data
 * is required; the context layer is optional and its failure is reported
 * apart.
 *
 * The build validated these files (scripts/dataCheck.ts). A file whose
 * SHA-256 is the one the build recorded is used as it is; any other file (or
 * any file, where the page is not a secure context and has no SubtleCrypto)
 * is validated here with the shared schemas, which load only then.
 */
import citiesUrl from '../../data/cities.json?url';
import clustersUrl from '../../data/clusters.json?url';
import contextUrl from '../../data/context.geojson?url';
import geoUrl from '../../data/guangdong.geojson?url';
import regionsUrl from '../../data/regions.json?url';
import digests from 'virtual:data-digests';
import type { Dataset } from '../domain/types';
import { DATA_FILES, DataFileError, datasetOf, type CitiesGeo, type CityDataFiles, type ContextGeo, type DataFileKey } from './files';

const URLS: Record<DataFileKey, string> = {
  cities: citiesUrl,
  clusters: clustersUrl,
  regions: regionsUrl,
  geo: geoUrl,
  context: contextUrl,
};

interface Fetched {
  value: unknown;
  /** Whether these are the bytes the build validated. */
  validated: boolean;
}

async function isBuilt(key: DataFileKey, bytes: ArrayBuffer): Promise<boolean> {
  const expected = digests[DATA_FILES[key]];
  if (!expected || !globalThis.crypto?.subtle) return false;
  try {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('') === expected;
  } catch {
    return false; // No digest, no trust: the file is validated instead.
  }
}

async function fetchFile(key: DataFileKey): Promise<Fetched> {
  const file = DATA_FILES[key];
  let response: Response;
  try {
    // Hashed asset URLs never change content, so the HTTP cache may serve them (and offline).
    response = await fetch(URLS[key]);
  } catch {
    throw new DataFileError(file, ['the request failed (network error)']);
  }
  if (!response.ok) throw new DataFileError(file, [`the server answered ${response.status}`]);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    throw new DataFileError(file, ['the download broke off (network error)']);
  }
  const validated = await isBuilt(key, bytes);
  try {
    return { value: JSON.parse(new TextDecoder().decode(bytes)), validated };
  } catch {
    throw new DataFileError(file, ['not valid JSON']);
  }
}

export interface LoadedData {
  dataset: Dataset;
  geo: CitiesGeo;
}

export async function loadDataset(): Promise<LoadedData> {
  const files = await Promise.all((['cities', 'clusters', 'regions', 'geo'] as const).map(fetchFile));
  performance.mark('gd:data-fetched');
  const [cities, clusters, regions, geo] = files.map((f) => f.value);
  const raw = { cities, clusters, regions, geo };
  const { geo: cityGeo, ...dataset } = files.every((f) => f.validated)
    ? // The very files the build validated, which validation hands back unchanged (scripts/dataCheck.ts).
      datasetOf(raw as CityDataFiles)
    : (await import('./schema')).parseDataset(raw);
  performance.mark('gd:data-parsed');
  return { dataset, geo: cityGeo };
}

export async function loadContext(): Promise<ContextGeo> {
  const { value, validated } = await fetchFile('context');
  if (validated) return value as ContextGeo;
  const { parseDataFile } = await import('./schema');
  return parseDataFile('context', DATA_FILES.context, value);
}

const LOADS = { dataset: loadDataset, context: loadContext };
type Loads = { [K in keyof typeof LOADS]: ReturnType<(typeof LOADS)[K]> };
let started: Partial<Loads> = {};

/** Starts every load (src/data/early.ts calls it as the page's script begins). */
export function startLoads(): void {
  started = { dataset: loadDataset(), context: loadContext() };
  // Whoever takes a load handles its failure; until then, a failure is not an unhandled rejection.
  for (const load of Object.values(started)) load.catch(() => {});
}

/** The load startLoads began, the first time it is asked for; a new one otherwise (a retry). */
export function takeLoad<K extends keyof Loads>(key: K): Loads[K] {
  const load = (started[key] ?? LOADS[key]()) as Loads[K];
  delete started[key];
  return load;
}
