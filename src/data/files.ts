/**
 * The data files, without their schemas (src/data/schema.ts, which brings
 * zod): their paths, the error that names a broken one, the dataset the city
 * data's files make, and a feature's name.
 * The app's first view needs only these; the schemas load when a file must be
 * validated in the browser (see load.ts). The schemas import this module, never
 * the other way round.
 */
import type { Dataset, Lang } from '../domain/types';

export const DATA_FILES = {
  cities: 'data/cities.json',
  clusters: 'data/clusters.json',
  regions: 'data/regions.json',
  geo: 'data/guangdong.geojson',
  context: 'data/context.geojson',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'DataFileError';
  }
}

type Position = [number, number];
type Rings = Position[][];
export type AreaGeometry = { type: 'Polygon'; coordinates: Rings } | { type: 'MultiPolygon'; coordinates: Rings[] };

/** What every feature says of itself: its names and where its label goes. */
interface FeatureNames {
  name_ja: string;
  name_zh: string;
  name_en: string;
  label_lon: number;
  label_lat: number;
}

/** data/guangdong.geojson, once valid (its schema is citiesGeoSchema in schema.ts). */
export interface CitiesGeo {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: number; properties: FeatureNames & { adcode: string }; geometry: AreaGeometry }[];
}

/** data/context.geojson, once valid (contextGeoSchema). */
export interface ContextGeo {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: number; properties: FeatureNames & { id: string; kind: 'province' | 'sar' }; geometry: AreaGeometry }[];
}

/** The city data's four files, as they are once valid. */
export interface CityDataFiles {
  cities: Dataset['cities'];
  clusters: Pick<Dataset, 'source' | 'clusters'>;
  regions: { regions: Dataset['regions'] };
  geo: CitiesGeo;
}

/** The app's dataset from the city data's files: the same whether they were validated in the browser or by the build. */
export function datasetOf(files: CityDataFiles): Dataset & { geo: CitiesGeo } {
  const { cities, clusters, regions, geo } = files;
  return { source: clusters.source, clusters: clusters.clusters, cities, regions: regions.regions, geo };
}

/** A city or context feature's name in one language. */
export function featureName(properties: { name_ja: string; name_zh: string; name_en: string }, lang: Lang): string {
  return properties[`name_${lang}`];
}
