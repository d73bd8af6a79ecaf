/**
 * The product's domain terms in its three languages: one word per concept,
 * the word every UI label, message and data note uses for it. The string
 * tables build their labels from these; `docs/glossary.md` gives each term's
 * source (the policy's Chinese, the JETRO table's Japanese) and is checked
 * against this table (glossary.test.ts), as every string and data text is
 * checked for the words these replace.
 *
 * English terms are lower case; a label capitalises them (`label`).
 */
import type { Lang } from '../domain/types';

type Term = Record<Lang, string>;

export const GLOSSARY = {
  tier: { ja: '産業区分', zh: '产业类别', en: 'tier' },
  pillar: { ja: '支柱産業', zh: '支柱产业', en: 'pillar' },
  emerging: { ja: '新興産業', zh: '新兴产业', en: 'emerging' },
  cluster: { ja: 'クラスター', zh: '集群', en: 'cluster' },
  industryClusters: { ja: '産業クラスター', zh: '产业集群', en: 'clusters' },
  focus: { ja: '重点分野', zh: '重点领域', en: 'focus areas' },
  areas: { ja: '対象地域', zh: '布局地区', en: 'target areas' },
  designation: { ja: '指定', zh: '布局', en: 'designation' },
  named: { ja: '市名明記', zh: '明确列名', en: 'named' },
  regional: { ja: '地域名による', zh: '经区域名称', en: 'via a region term' },
  regionTerm: { ja: '地域名', zh: '区域名称', en: 'region term' },
  role: { ja: '役割', zh: '定位', en: 'role' },
  role_hub: { ja: '中核・拠点', zh: '核心', en: 'hub' },
  role_rnd: { ja: '研究開発', zh: '研发', en: 'R&D' },
  role_production: { ja: '生産・製造', zh: '生产制造', en: 'production' },
  role_transfer: { ja: '産業移転先', zh: '产业转移承接地', en: 'transfer destination' },
  role_general: { ja: '対象地域', zh: '布局地区', en: 'target area' },
  citiesByRole: { ja: '役割別の対象都市', zh: '按定位分列的城市', en: 'cities by role' },
  notTargeted: { ja: '対象外', zh: '未布局', en: 'not targeted' },
  repair: { ja: '修正', zh: '校正', en: 'repair' },
  interpretation: { ja: '解釈', zh: '解读', en: 'interpretation' },
  displayName: { ja: '表示名', zh: '显示名称', en: 'display name' },
  officialName: { ja: '正式名称', zh: '正式名称', en: 'official name' },
  sourceTable: { ja: '出典の表', zh: '原表', en: 'source table' },
  class: { ja: '階級', zh: '等级', en: 'class' },
  yourData: { ja: '自分のデータ', zh: '我的数据', en: 'your data' },
  site: { ja: '地点', zh: '地点', en: 'site' },
} as const satisfies Record<string, Term>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** A term as a label: English capitalised, Japanese and Chinese as they are. */
export function label(key: GlossaryKey): Term {
  const term = GLOSSARY[key];
  return { ja: term.ja, zh: term.zh, en: term.en.charAt(0).toUpperCase() + term.en.slice(1) };
}
