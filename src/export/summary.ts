/** The words and legend every export carries, built once from the view. */
import { plainText } from '../i18n/runs';
import { formatDate, listOf, t } from '../i18n/strings';
import { describeView, type Derived } from '../store/derived';
import { legendModel, type LegendItem } from '../store/legend';
import type { View } from '../store/url';
import { cutLines, wrap } from './layout';
import { compareCities } from '../domain/compare';
import { ROLE_COLORS } from '../domain/palette';
import { compareSummary, tc } from '../i18n/compareStrings';

/** At most this many lines of focus text fit between the legend and the footer. */
const FOCUS_LINES = 18;

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
  /** With one industry shown: its focus areas, wrapped to the legend column. */
  focus: { title: string; lines: string[]; notice: string[] } | null;
  /** With cities side by side (`compare=`): outlined on the map, and their table in the legend's column. */
  compare: ExportComparison | null;
}

interface ExportComparison {
  cities: string[];
  /** The cities' names, in the comparison's order. */
  names: string[];
  title: string;
  /** The one-line summary ("Foshan and Zhaoqing share 8 clusters; …"). */
  summary: string;
  /** The headings of the two groups of rows. */
  sharedHeading: string;
  someHeading: string;
  /** The cities by number: "1 Foshan  2 Zhaoqing". */
  key: string;
  /** Clusters that target all of them, then the others: name, and per city its role colour (pale: via a region term) and roles in words, or null. */
  rows: { name: string; shared: boolean; cells: ({ color: string; regional: boolean; label: string } | null)[] }[];
}

function compareBlock(view: View, derived: Derived): ExportComparison | null {
  if (!view.compare) return null;
  const lang = view.lang;
  const cmp = compareCities(derived.clusters, view.compare);
  const names = view.compare.map((c) => derived.cityByCode.get(c)?.name[lang] ?? c);
  const row = (shared: boolean) => (r: (typeof cmp.shared)[number]) => ({
    name: r.cluster.name[lang],
    shared,
    cells: r.cells.map((c) =>
      c
        ? {
            color: ROLE_COLORS[c.role],
            regional: c.basis === 'regional',
            label: t(lang, 'withNote', { text: listOf(lang, c.roles.map((x) => t(lang, `role_${x}`))), note: t(lang, c.basis === 'named' ? 'basisNamed' : 'basisRegional') }),
          }
        : null,
    ),
  });
  return {
    cities: view.compare,
    names,
    title: tc(lang, 'compareTitle'),
    summary: compareSummary(lang, names, cmp.shared.length, cmp.alone),
    sharedHeading: tc(lang, 'compareShared', { n: cmp.shared.length }),
    someHeading: tc(lang, 'compareSome', { n: cmp.some.length }),
    key: names.map((n, i) => `${i + 1} ${n}`).join('  '),
    rows: [...cmp.shared.map(row(true)), ...cmp.some.map(row(false))],
  };
}

function focusBlock(derived: Derived, lang: View['lang']): ExportSummary['focus'] {
  const cluster = derived.single?.cluster;
  if (!cluster) return null;
  const lines = wrap(cluster.focus[lang] ?? t(lang, 'focusMissing'), lang === 'en' ? 40 : 21);
  return {
    title: t(lang, 'focus'),
    lines: cutLines(lines, FOCUS_LINES),
    notice: lang === 'zh' && cluster.focus.zh ? wrap(t(lang, 'translationNotice'), 22) : [],
  };
}

export function exportSummary(view: View, derived: Derived, date: Date, link: string): ExportSummary {
  const lang = view.lang;
  const legend = legendModel(derived, lang);
  return {
    title: t(lang, 'appTitle'),
    subtitle: describeView(view, derived, lang),
    legendTitle: legend.title,
    legend: legend.items,
    legendNote: legend.note,
    source: plainText(t(lang, 'sourceLine')),
    credit: t(lang, 'boundaryCredit'),
    date: t(lang, 'created', { date: formatDate(lang, date) }),
    link,
    focus: focusBlock(derived, lang),
    compare: compareBlock(view, derived),
  };
}

function isoDate(date: Date): string {
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
