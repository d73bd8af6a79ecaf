/** The words and legend every export carries, built once from the view. */
import { plainText } from '../i18n/runs';
import { formatDate, t } from '../i18n/strings';
import { describeView, type Derived } from '../store/derived';
import { legendModel, type LegendItem } from '../store/legend';
import type { View } from '../store/url';
import { wrap } from './layout';

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
}

function focusBlock(derived: Derived, lang: View['lang']): ExportSummary['focus'] {
  const cluster = derived.single?.cluster;
  if (!cluster) return null;
  const lines = wrap(cluster.focus[lang] ?? t(lang, 'focusMissing'), lang === 'en' ? 40 : 21);
  return {
    title: t(lang, 'focus'),
    lines: lines.length > FOCUS_LINES ? [...lines.slice(0, FOCUS_LINES - 1), `${lines[FOCUS_LINES - 1]}…`] : lines,
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
