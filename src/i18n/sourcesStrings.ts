/**
 * The strings of the sources-and-method view, which loads on demand: they
 * stay out of the first view's script, and their characters out of the first
 * view's font file (scripts/uiFont.ts puts them in the second).
 */
import type { Lang } from '../domain/types';
import { GLOSSARY as G } from './glossary';
import { tableLookup, type StringEntry } from './strings.ts';

export const SOURCES_STRINGS = {
  sourcesTitle: { ja: '出典と方法', en: 'Sources and method', zh: '来源与方法' },
  theSource: { ja: '出典', en: 'The source', zh: '来源' },
  sourcePublisher: { ja: '作成', en: 'Published by', zh: '发布' },
  sourcePolicy: { ja: '原典の政策', en: 'The policy', zh: '政策原文' },
  sourcePolicyNumber: { ja: '文書番号', en: 'Document number', zh: '文号' },
  sourcePolicyIssued: { ja: '発出日', en: 'Issued', zh: '印发日期' },
  sourceFile: { ja: '抽出テキスト', en: 'Extracted text', zh: '提取文本' },
  tableAsExtracted: { ja: `抽出された表と${G.repair.ja}後のテキスト`, en: 'The table as extracted, beside the repaired text', zh: `提取的原表与${G.repair.zh}后的文本` },
  asExtractedCol: { ja: '抽出されたまま', en: 'As extracted', zh: '提取原样' },
  repairedCol: { ja: `${G.repair.ja}後`, en: 'Repaired', zh: `${G.repair.zh}后` },
  translationCol: { ja: '翻訳', en: 'English translation', zh: '中文译文（非政策原文）' },
  repairsTitle: { ja: `すべての${G.repair.ja}と${G.interpretation.ja}`, en: 'Every repair and interpretation', zh: `全部${G.repair.zh}与${G.interpretation.zh}` },
  noteCount: { ja: '{n}件', en: { one: '{n} note', other: '{n} notes' }, zh: '{n}条' },
  regionTermsTitle: { ja: '地域名の解釈', en: 'Region terms', zh: '区域名称的解读' },
  termCol: { ja: '出典の語', en: 'Term in the source', zh: '原表用语' },
  regionCol: { ja: '地域', en: 'Region', zh: '区域' },
  methodTitle: { ja: '集計と配色の方法', en: 'How counts and colours work', zh: '统计与配色方法' },
  methodCount: {
    ja: '市ごとの数値は、現在の絞り込みの中でその市を対象とするクラスターの数（重複なし）。「すべての指定」は地域名による指定も数え、「市名明記のみ」は市名が明記された指定だけを数える。',
    en: 'A city’s number is how many distinct clusters in the current filter target it. “All designations” also counts cities reached through a region term; “Named only” counts only cells that name the city itself.',
    zh: '各市的数值为当前筛选下在该市布局的集群数（不重复计）。“全部布局”包括经区域名称布局的城市；“仅明确列名”只计原表明确写出市名的布局。',
  },
  methodRegions: {
    ja: '地域名（珠江デルタ、沿海、省東部など）は上の表（広東省の標準的な地域区分）で市に置き換える。ある地域の中心として市名を挙げている欄では、挙げられた市を対象とし、地域名から市を加えない。',
    en: 'Region terms ([[ja:珠江デルタ]], [[ja:沿海]], [[ja:省東部]] …) are resolved to cities with the table above, Guangdong’s standard regional division. Where a cell names cities as the centre of a region, the named cities are the targets and the region term adds nothing.',
    zh: '区域名称（原表中的“[[ja:珠江デルタ]]”“[[ja:沿海]]”“[[ja:省東部]]”等）按上表（广东省标准区域划分）对应到城市。若某栏以若干城市为某区域的中心，则布局城市即所列城市，区域名称不再增加城市。',
  },
  methodRoles: {
    ja: '各指定には欄の文言から読み取った役割を付す：中核・拠点、研究開発、生産・製造、産業移転先、対象地域（一般）。',
    en: 'Each designation carries a role read from the wording of the cell: hub, R&D, production, transfer destination, or target area (general).',
    zh: '每项布局均按该栏措辞标注定位：核心、研发、生产制造、产业转移承接地或布局地区（一般）。',
  },
  methodColours: {
    ja: '配色：0は灰色。1～{max}は6つの固定階級（{classes}）で、ColorBrewer YlGnBuを用いる。階級は絞り込みによって変わらず、同じ色は常に同じ数の範囲を表す。クラスターを1つだけ選ぶと役割別に色分けする（Okabe–Ito配色。淡色・破線は地域名による指定）。',
    en: 'Colours: zero has its own grey; 1–{max} fall into six fixed classes ({classes}) of ColorBrewer YlGnBu, the same whatever the filter, so a colour always means the same count range. With one cluster selected, cities are coloured by role (Okabe–Ito colours; pale with a dashed outline = reached through a region term).',
    zh: '配色：0为灰色；1–{max}分为6个固定等级（{classes}），采用ColorBrewer YlGnBu配色。等级不随筛选变化，同一颜色始终代表相同的数量范围。仅选一个集群时按定位着色（Okabe–Ito配色；浅色虚线表示经区域名称的布局）。',
  },
  methodTranslation: {
    ja: '英語と中国語のテキストは、本地図のために日本語の表から翻訳したもの。中国語は政策の原文ではない。',
    en: 'The English and Chinese texts are translations of the Japanese table made for this map; the Chinese is not the policy’s original wording.',
    zh: '英文和中文文本均由本地图据日文表格译出；中文并非政策原文。',
  },
  appVersion: { ja: 'このアプリのバージョン：{version}', en: 'Version of this app: {version}', zh: '本应用版本：{version}' },
} as const satisfies Record<string, Record<Lang, StringEntry>>;

export type SourcesStringKey = keyof typeof SOURCES_STRINGS;

export const ts = tableLookup<SourcesStringKey>(SOURCES_STRINGS);
