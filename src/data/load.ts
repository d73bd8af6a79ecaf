/**
 * Fetches the data files the build emitted (hashed asset URLs) and validates
 * them with the shared schemas. The city data is required; the context layer
 * is optional and its failure is reported apart.
 */
import citiesUrl from '../../data/cities.json?url';
import clustersUrl from '../../data/clusters.json?url';
import contextUrl from '../../data/context.geojson?url';
import geoUrl from '../../data/guangdong.geojson?url';
import regionsUrl from '../../data/regions.json?url';
import type { Dataset } from '../domain/types';
import { DATA_FILES, DataFileError, parseDataFile, parseDataset, type CitiesGeo, type ContextGeo, type DataFileKey } from './schema';

const URLS: Record<DataFileKey, string> = {
  cities: citiesUrl,
  clusters: clustersUrl,
  regions: regionsUrl,
  geo: geoUrl,
  context: contextUrl,
};

async function fetchJson(key: DataFileKey): Promise<unknown> {
  const file = DATA_FILES[key];
  let response: Response;
  try {
    // Hashed asset URLs never change content, so the HTTP cache may serve them (and offline).
    response = await fetch(URLS[key]);
  } catch {
    throw new DataFileError(file, ['the request failed (network error)']);
  }
  if (!response.ok) throw new DataFileError(file, [`the server answered ${response.status}`]);
  try {
    return await response.json();
  } catch {
    throw new DataFileError(file, ['not valid JSON']);
  }
}

export interface LoadedData {
  dataset: Dataset;
  geo: CitiesGeo;
}

export async function loadDataset(): Promise<LoadedData> {
  const [cities, clusters, regions, geo] = await Promise.all((['cities', 'clusters', 'regions', 'geo'] as const).map(fetchJson));
  performance.mark('gd:data-fetched');
  const { geo: parsedGeo, ...dataset } = parseDataset({ cities, clusters, regions, geo });
  performance.mark('gd:data-parsed');
  return { dataset, geo: parsedGeo };
}

export async function loadContext(): Promise<ContextGeo> {
  return parseDataFile('context', DATA_FILES.context, await fetchJson('context'));
}
