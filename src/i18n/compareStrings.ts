/**
 * The comparison's strings (src/panels/ComparePanel.tsx), loaded with it: their
 * characters stay out of the first view's font file (scripts/uiFont.ts puts
 * them in the second). The ways in (the city panel's "Compare with…", the
 * table's selection) are in strings.ts.
 */
import type { Lang } from '../domain/types';
import { tableLookup, type StringEntry } from './strings.ts';

export const COMPARE_STRINGS = {
  compareTitle: { ja: '市の比較', en: 'Compare cities', zh: '城市比较' },
  compareShare: {
    ja: { zero: '{cities}に共通するクラスターはない', other: '{cities}に共通するクラスターは{n}' },
    en: { zero: '{cities} share no cluster', one: '{cities} share {n} cluster', other: '{cities} share {n} clusters' },
    zh: { zero: '{cities}没有共同的集群', other: '{cities}共有{n}个集群' },
  },
  compareAlone: { ja: '{city}のみは{n}', en: '{city} alone has {n}', zh: '仅{city}有{n}个' },
  compareSummary: { ja: '{share}。', en: '{share}.', zh: '{share}。' },
  compareSummaryAlone: { ja: '{share}、{alone}。', en: '{share}; {alone}.', zh: '{share}；{alone}。' },
  compareShared: { ja: 'すべての市が対象（{n}）', en: 'In all of them ({n})', zh: '各市均有（{n}）' },
  compareSome: { ja: '一部の市のみ（{n}）', en: 'In some of them ({n})', zh: '仅部分城市有（{n}）' },
  compareCluster: { ja: 'クラスター', en: 'Cluster', zh: '集群' },
  compareCaption: {
    ja: '比較する市ごとの役割と指定の根拠（記号は表と同じ、淡色は地域名による指定）',
    en: 'Each compared city’s role and basis (the table’s symbols; pale: via a region term)',
    zh: '各比较城市的定位与依据（符号同表格，浅色为经区域名称布局）',
  },
  compareQuotes: { ja: '原文を表示', en: 'Show the policy’s words', zh: '显示原文' },
  compareQuotesHide: { ja: '原文を閉じる', en: 'Hide the policy’s words', zh: '收起原文' },
  compareAdd: { ja: '比較に市を加える', en: 'Add a city', zh: '添加城市' },
  compareRemove: { ja: '{city}を比較から外す', en: 'Remove {city} from the comparison', zh: '从比较中移除{city}' },
  compareNone: {
    ja: '現在の絞り込みでは、これらの市を対象とするクラスターはありません。',
    en: 'No cluster in the current selection targets these cities.',
    zh: '当前筛选下没有集群在这些城市布局。',
  },
  compareNotTargeted: { ja: '対象外', en: 'not targeted', zh: '未布局' },
} as const satisfies Record<string, Record<Lang, StringEntry>>;

export type CompareStringKey = keyof typeof COMPARE_STRINGS;

export const tc = tableLookup<CompareStringKey>(COMPARE_STRINGS);

/** The comparison in one line: "Foshan and Zhaoqing share 6 clusters; Foshan alone has 11." */
export function compareSummary(lang: Lang, names: readonly string[], shared: number, alone: readonly number[]): string {
  const share = tc(lang, 'compareShare', { cities: new Intl.ListFormat(lang === 'zh' ? 'zh-Hans' : lang, { type: 'conjunction' }).format(names), n: shared });
  const parts = names.flatMap((city, i) => (alone[i] ? [tc(lang, 'compareAlone', { city, n: alone[i] })] : []));
  return parts.length ? tc(lang, 'compareSummaryAlone', { share, alone: parts.join(lang === 'en' ? ', ' : '、') }) : tc(lang, 'compareSummary', { share });
}
