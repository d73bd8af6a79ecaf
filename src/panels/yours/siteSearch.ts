/**
 * The search box finds the reader's sites by name (src/panels/SearchBox.tsx
 * loads this with the policy's search): every term must match, as there;
 * choosing a site opens its city, or the sites' list for one without a city.
 */
import { excerptOf, fold, occurrences, queryTerms, type SearchHit } from '../../domain/search';
import type { Site } from '../../domain/sites';
import type { Lang } from '../../domain/types';
import { ty } from '../../i18n/yoursStrings';
import { useAppStore } from '../../store/store';
import { yoursStore } from '../../store/yours';

export function searchSites(sites: readonly Site[] | null, query: string, lang: Lang): SearchHit[] {
  const terms = queryTerms(query);
  if (!terms.length || !sites?.length) return [];
  const hits: SearchHit[] = [];
  for (const site of sites) {
    const folded = fold(site.name);
    const found = terms.map((group) => group.flatMap((term) => occurrences(folded.text, term)));
    if (found.some((f) => f.length === 0)) continue;
    const ranges = found.flat().map(([a, b]): [number, number] => [folded.from[a]!, folded.from[b - 1]! + 1]);
    hits.push({ kind: 'site', id: String(site.row), score: 1, field: 'name', lang, excerpt: excerptOf(site.name, ranges) });
  }
  return hits;
}

export function openSite(row: number): void {
  const site = yoursStore.getState().data?.sites.find((s) => s.row === row);
  if (!site) return;
  if (site.city) useAppStore.getState().selectCity(site.city);
  else yoursStore.getState().setListOpen(true);
}

export const groupName = (lang: Lang): string => ty(lang, 'yoursSites');

/** The sites now. */
export const current = (): Site[] | null => yoursStore.getState().data?.sites ?? null;

/** Calls `changed` whenever the reader's data changes; returns the function that stops it. */
export const watch = (changed: () => void): (() => void) => yoursStore.subscribe((s, before) => s.data !== before.data && changed());
