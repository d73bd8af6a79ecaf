import type { Cluster, Lang, RegionTerm, Texts } from './types';

/** A cluster's focus areas in all three languages, or null where the source cell is empty (the schema keeps the three together). */
export function focusOf(cluster: Cluster): Texts | null {
  const { ja, en, zh } = cluster.focus;
  return ja !== null && en !== null && zh !== null ? { ja, en, zh } : null;
}

/** The region a term of the source names. */
export function regionOf(regions: readonly RegionTerm[], term: string): RegionTerm | undefined {
  return regions.find((r) => r.terms.includes(term));
}

/**
 * A region term of the source as a page in `lang` shows it: the source's own
 * words on a Japanese page, the region's name in the page's language on a
 * Chinese or English one (珠江デルタ is 珠三角, Pearl River Delta).
 */
export function termIn(region: RegionTerm | undefined, term: string, lang: Lang): string {
  return lang === 'ja' || !region ? term : region.name[lang];
}
