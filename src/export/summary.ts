/** The words and legend every export carries, built once from the view. */
import { ROLE_COLORS } from '../domain/roleStyle';
import { ROLES, type Lang } from '../domain/types';
import { formatDate, t } from '../i18n/strings';
import { describeView, type Derived } from '../store/derived';
import type { View } from '../store/url';

export interface LegendItem {
  color: string;
  label: string;
  count: string;
  /** Pale fill: a regional designation or an empty class. */
  faint?: boolean;
}

export interface ExportSummary {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendItem[];
  legendNote: string | null;
  source: string;
  credit: string;
  date: string;
  link: string;
}

export function legendItems(derived: Derived, lang: Lang): LegendItem[] {
  if (derived.single) {
    const roles = [...derived.single.roles.values()];
    return [
      ...ROLES.filter((r) => roles.some((x) => x.role === r)).map((r) => ({
        color: ROLE_COLORS[r],
        label: t(lang, `role_${r}`),
        count: t(lang, 'legendCities', { n: roles.filter((x) => x.role === r).length }),
      })),
      { color: '#f7f7f4', label: t(lang, 'notTargeted'), count: t(lang, 'legendCities', { n: derived.cityByCode.size - roles.length }) },
    ];
  }
  return derived.classes.map((c, i) => ({
    color: c.color,
    label: c.min === c.max ? String(c.min) : `${c.min}–${c.max}`,
    count: t(lang, 'legendCities', { n: derived.tally[i] ?? 0 }),
    faint: !derived.tally[i],
  }));
}

export function exportSummary(view: View, derived: Derived, date: Date, link: string): ExportSummary {
  const lang = view.lang;
  return {
    title: t(lang, 'appTitle'),
    subtitle: describeView(view, derived, lang),
    legendTitle: derived.single
      ? t(lang, 'singleIndustryLegend', { name: derived.single.cluster.name[lang] })
      : t(lang, view.count === 'named' ? 'legendTitleNamed' : 'legendTitleAll'),
    legend: legendItems(derived, lang),
    legendNote: derived.single ? t(lang, 'namedSolid') : null,
    source: t(lang, 'sourceLine'),
    credit: t(lang, 'boundaryCredit'),
    date: t(lang, 'created', { date: formatDate(lang, date) }),
    link,
  };
}

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * "guangdong-clusters_emerging_named_2026-11-28.png": tier, industries when
 * not all (ids when few, a count when many), count basis, language when not
 * Japanese, date.
 */
export function exportFileName(view: View, ext: string, date: Date, suffix?: string): string {
  const parts = ['guangdong-clusters', view.tier];
  if (view.industries)
    parts.push(
      view.industries.length === 0
        ? 'no-industries'
        : view.industries.length <= 2
          ? view.industries.join('+')
          : `${view.industries.length}-industries`,
    );
  parts.push(view.count);
  if (suffix) parts.push(suffix);
  if (view.lang !== 'ja') parts.push(view.lang);
  parts.push(isoDate(date));
  return `${parts.join('_')}.${ext}`;
}
