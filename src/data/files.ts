/**
 * The data files, without their schemas (src/data/schema.ts, which brings
 * zod): their paths, the error that names a broken one, and a feature's name.
 * The app's first view needs only these; the schemas load when a file must be
 * validated in the browser (see load.ts).
 */
import type { Lang } from '../domain/types';

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

/** A city or context feature's name in one language. */
export function featureName(properties: { name_ja: string; name_zh: string; name_en: string }, lang: Lang): string {
  return properties[`name_${lang}`];
}
