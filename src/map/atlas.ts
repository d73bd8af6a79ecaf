/**
 * The atlas (`view=atlas`): one small map per cluster of the view, in the
 * policy's order, each the one-industry view's model (src/map/model.ts:
 * named cities solid in their role's colour, cities reached through a
 * region term pale), and what it says in words. The screen's atlas
 * (src/panels/AtlasView.tsx) and the export page (src/export/atlasPage.ts)
 * draw it; its shapes come from src/map/projection.ts, once for all maps.
 */
import { targetsByRole } from '../domain/counts';
import type { Adcode, Cluster, Dataset, Lang } from '../domain/types';
import { GLOSSARY } from '../i18n/glossary';
import { listOf, t } from '../i18n/strings';
import { computeView, deriveView } from '../store/derived';
import type { View } from '../store/url';
import { mapModel, type CityLook } from './model';

export interface AtlasMap {
  cluster: Cluster;
  /** Each city's look in this cluster's one-industry view. */
  looks: Map<Adcode, CityLook>;
  /** The map in words: its cities by role, and which only through a region term. */
  description: string;
}

/** The clusters of the view (tier and industries), each as its one-industry map. */
export function atlasMaps(dataset: Dataset, view: Pick<View, 'tier' | 'industries' | 'count' | 'lang'>): AtlasMap[] {
  const { clusters } = deriveView(dataset, view);
  const order = dataset.cities.map((c) => c.adcode);
  const name = (code: string) => dataset.cities.find((c) => c.adcode === code)?.name[view.lang] ?? code;
  return clusters.map((cluster) => {
    const derived = computeView(dataset, { ...view, industries: [cluster.id] });
    const model = mapModel({ derived, lang: view.lang, selectedCity: null, comparedCities: [], hoveredCity: null, focusedCity: null, scheme: 'light' });
    return { cluster, looks: new Map(model.cities.map((c) => [c.adcode, c])), description: describe(cluster, order, name, view.lang) };
  });
}

/** "Automobiles. Core: Guangzhou, Shenzhen; R&D: …; via a region term: …". */
function describe(cluster: Cluster, order: string[], name: (code: string) => string, lang: Lang): string {
  const parts = targetsByRole(cluster, order).map((g) => {
    const regional = g.regional.flatMap((r) => r.cities.map(name));
    const cities = [...g.named.map(name), ...(regional.length ? [t(lang, 'withNote', { text: listOf(lang, regional), note: GLOSSARY.regional[lang] })] : [])];
    return t(lang, 'labelled', { label: t(lang, `role_${g.role}`) }) + listOf(lang, cities);
  });
  return t(lang, 'labelled', { label: cluster.name[lang] }) + parts.join(lang === 'en' ? '; ' : '；');
}
