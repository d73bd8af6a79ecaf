import type { Lang } from '../domain/types';

/**
 * A string that names a count: one form per plural category of the language
 * (Intl.PluralRules), chosen by the parameter `n`. Japanese and Chinese have
 * one form; English has "1 city" and "2 cities".
 */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type StringEntry = string | PluralForms;

/** Every UI string, in the three UI languages. Data-derived text comes from the data files. */
export const STRINGS = {
  appTitle: { ja: '広東省 戦略的産業クラスター マップ', en: 'Guangdong Strategic Cluster Map', zh: '广东省战略性产业集群地图' },
  appSubtitle: {
    ja: '20の戦略的産業クラスターが対象とする21地級市',
    en: 'Which of the 21 cities each of the 20 strategic industry clusters targets',
    zh: '20个战略性产业集群所布局的21个地级市',
  },
  language: { ja: '言語', en: 'Language', zh: '语言' },
  theme: { ja: '配色', en: 'Theme', zh: '配色' },
  theme_auto: { ja: '配色: 自動(端末の設定)', en: 'Theme: auto (the system’s)', zh: '配色:自动(跟随系统)' },
  theme_light: { ja: '配色: ライト', en: 'Theme: light', zh: '配色:浅色' },
  theme_dark: { ja: '配色: ダーク', en: 'Theme: dark', zh: '配色:深色' },
  tier: { ja: '産業区分', en: 'Tier', zh: '产业类别' },
  tierAll: { ja: 'すべて', en: 'All', zh: '全部' },
  tierPillar: { ja: '支柱産業', en: 'Pillar', zh: '支柱产业' },
  tierEmerging: { ja: '新興産業', en: 'Emerging', zh: '新兴产业' },
  industries: { ja: '産業クラスター', en: 'Industries', zh: '产业集群' },
  selectAll: { ja: 'すべて選択', en: 'All', zh: '全选' },
  selectNone: { ja: '選択解除', en: 'None', zh: '全不选' },
  countBasis: { ja: '集計の基準', en: 'Count', zh: '统计口径' },
  countAll: { ja: 'すべての指定', en: 'All designations', zh: '全部指定' },
  countNamed: { ja: '市名の明記のみ', en: 'Named only', zh: '仅点名' },
  countAllHint: {
    ja: '地域名(珠江デルタ等)による指定を含む',
    en: 'Includes cities reached through a region term (e.g. Pearl River Delta)',
    zh: '含通过区域名称(如珠三角)覆盖的城市',
  },
  ranking: { ja: 'ランキング', en: 'Ranking', zh: '排名' },
  legend: { ja: '凡例', en: 'Legend', zh: '图例' },
  legendTitleAll: { ja: '対象とするクラスター数', en: 'Clusters targeting the city', zh: '布局该市的集群数' },
  legendTitleNamed: { ja: '市名を明記したクラスター数', en: 'Clusters naming the city', zh: '点名该市的集群数' },
  legendCities: { ja: '{n}市', en: { one: '{n} city', other: '{n} cities' }, zh: '{n}个市' },
  clustersCount: { ja: '{n}クラスター', en: { one: '{n} cluster', other: '{n} clusters' }, zh: '{n}个集群' },
  namedCount: { ja: 'うち市名明記 {n}', en: '{n} by name', zh: '其中点名 {n}' },
  allCount: { ja: '全指定 {n}', en: '{n} in all', zh: '全部 {n}' },
  tooltipCounts: {
    ja: 'クラスター数 {n}(市名明記 {named})',
    en: { one: '{n} cluster ({named} by name)', other: '{n} clusters ({named} by name)' },
    zh: '{n}个集群(点名 {named})',
  },
  close: { ja: '閉じる', en: 'Close', zh: '关闭' },
  cityPanelNone: {
    ja: '現在の絞り込みでは、この市を対象とするクラスターはありません。',
    en: 'No cluster in the current selection targets this city.',
    zh: '当前筛选下没有集群布局该市。',
  },
  roleLabel: { ja: '役割', en: 'Role', zh: '定位' },
  basisNamed: { ja: '市名明記', en: 'Named', zh: '点名' },
  basisRegional: { ja: '地域名による', en: 'Via region', zh: '经区域' },
  regionInterpretation: {
    ja: '「{term}」= {region}:{cities}',
    en: '"{term}" = {region}: {cities}',
    zh: '“{term}”= {region}:{cities}',
  },
  role_hub: { ja: '中核・拠点', en: 'Hub', zh: '核心' },
  role_rnd: { ja: '研究開発', en: 'R&D', zh: '研发' },
  role_production: { ja: '生産・製造', en: 'Production', zh: '生产制造' },
  role_transfer: { ja: '産業移転先', en: 'Transfer destination', zh: '产业转移承接地' },
  role_general: { ja: '対象地域', en: 'Target area', zh: '布局地区' },
  focus: { ja: '重点分野', en: 'Focus areas', zh: '重点领域' },
  areas: { ja: '対象地域(原文)', en: 'Target areas (source)', zh: '布局地区(原文)' },
  focusMissing: { ja: '出典の表に記載なし', en: 'Not stated in the source table', zh: '原表未载明' },
  sourceNotes: { ja: 'データの補修と解釈', en: 'Repairs and interpretations', zh: '数据修复与解读' },
  singleIndustryLegend: { ja: '{name} の対象都市(役割別)', en: '{name}: cities by role', zh: '{name}:按定位分类的城市' },
  namedSolid: { ja: '塗り:市名明記 / 淡色・破線:地域名による', en: 'Solid: named · Pale, dashed: via region term', zh: '实色:点名 · 浅色虚线:经区域名称' },
  notTargeted: { ja: '対象外', en: 'Not targeted', zh: '未布局' },
  tableView: { ja: '表', en: 'Table', zh: '表格' },
  mapView: { ja: '地図', en: 'Map', zh: '地图' },
  tableCaption: {
    ja: '市 × クラスター(記号は役割、淡色は地域名による指定)',
    en: 'Cities × clusters (marks show the role; pale marks are designations through a region term)',
    zh: '城市 × 集群(符号表示定位,浅色为经区域名称的指定)',
  },
  city: { ja: '市', en: 'City', zh: '城市' },
  total: { ja: '合計', en: 'Total', zh: '合计' },
  rank: { ja: '順位', en: 'Rank', zh: '排名' },
  sortBy: { ja: '{col}で並べ替え', en: 'Sort by {col}', zh: '按{col}排序' },
  noticeTitle: { ja: 'URLの一部を無視しました', en: 'Part of the link was ignored', zh: '已忽略链接中的部分参数' },
  noticeUnknown: { ja: '{key} の値「{value}」は使えません', en: '{key}: "{value}" is not a valid value', zh: '{key} 的值“{value}”无效' },
  noticeUnknownKey: { ja: '不明なパラメータ「{key}」', en: 'Unknown parameter "{key}"', zh: '未知参数“{key}”' },
  noticeRepeated: { ja: '{key} が複数回指定されています(最初の値を使用)', en: '{key} was given more than once (the first is used)', zh: '{key} 重复出现(使用第一个值)' },
  dismiss: { ja: '閉じる', en: 'Dismiss', zh: '关闭' },
  loading: { ja: '読み込み中…', en: 'Loading…', zh: '加载中…' },
  loadError: { ja: 'データを読み込めませんでした', en: 'The data could not be loaded', zh: '无法加载数据' },
  retry: { ja: '再試行', en: 'Retry', zh: '重试' },
  contextMissing: {
    ja: '周辺地域の背景図を読み込めませんでした(地図は利用できます)',
    en: 'The neighbouring-areas backdrop could not be loaded; the map works without it',
    zh: '周边地区底图加载失败(地图仍可使用)',
  },
  noWebgl: {
    ja: 'このブラウザではWebGLが使えないため、静的な地図と表を表示しています。',
    en: 'WebGL is not available in this browser, so a static map and the table are shown.',
    zh: '此浏览器不支持WebGL,因此显示静态地图和表格。',
  },
  mapLost: {
    ja: '地図の描画が中断されたため、簡易地図を表示しています。',
    en: 'The map’s graphics were interrupted; the simple map is shown until they are back.',
    zh: '地图绘制被中断，暂时显示简易地图。',
  },
  announceView: {
    ja: '{view}：{n}市が対象、最多は{top}（{max}）',
    en: { one: '{view}: {n} city targeted; most: {top} with {max}', other: '{view}: {n} cities targeted; most: {top} with {max}' },
    zh: '{view}：{n}个市被布局，最多：{top}（{max}）',
  },
  skipToMap: { ja: '地図へ移動', en: 'Skip to the map', zh: '跳到地图' },
  zoomMap: { ja: '拡大・移動', en: 'Zoom and pan', zh: '缩放和平移' },
  zoomMapHint: {
    ja: 'ズームと移動ができる地図を読み込みます',
    en: 'Loads the map you can zoom and pan',
    zh: '加载可缩放和平移的地图',
  },
  zoomMapLoading: { ja: '地図を読み込み中…', en: 'Loading the map…', zh: '正在加载地图…' },
  mapLabel: { ja: '広東省21市の地図', en: 'Map of the 21 cities of Guangdong', zh: '广东省21个地级市地图' },
  mapKeysHint: {
    ja: '矢印キーで隣の市へ、Enterで詳細、?でキー一覧',
    en: 'Arrow keys move between cities, Enter opens one, ? lists the keys',
    zh: '方向键在城市间移动,Enter 打开详情,? 显示按键列表',
  },
  mapRole: { ja: '地図', en: 'map', zh: '地图' },
  keysHelp: { ja: 'キー操作', en: 'Keys', zh: '键盘操作' },
  sourceLine: {
    ja: '出所:ジェトロ「広東省の戦略的な支柱産業と新興産業の産業クラスター育成・発展に関する意見の主要内容」(原典:広東省人民政府 粤府函〔2020〕82号)',
    en: 'Source: JETRO table of the main contents of the Guangdong Provincial Government opinion on strategic pillar and emerging industry clusters (粤府函〔2020〕82号, 18 May 2020)',
    zh: '来源:日本贸易振兴机构(JETRO)整理表;原文:《广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见》(粤府函〔2020〕82号)',
  },
  boundaryCredit: {
    ja: '境界データ:Apache ECharts 4.9.0 地図データ(Apache-2.0)より作成',
    en: 'Boundaries: derived from Apache ECharts 4.9.0 map data (Apache-2.0)',
    zh: '边界数据:基于 Apache ECharts 4.9.0 地图数据(Apache-2.0)',
  },
  export: { ja: 'エクスポート', en: 'Export', zh: '导出' },
  share: { ja: '共有', en: 'Share', zh: '分享' },
  openFullMap: { ja: '全体の地図を開く', en: 'Open the full map', zh: '打开完整地图' },
  exporting: { ja: '作成中…', en: 'Preparing…', zh: '生成中…' },
  exportFailed: { ja: 'エクスポートに失敗しました:{reason}', en: 'Export failed: {reason}', zh: '导出失败:{reason}' },
  exportDone: { ja: '{file} を保存しました', en: 'Saved {file}', zh: '已保存 {file}' },
  exportPdfOffline: {
    ja: 'PDFの作成部品はまだこの端末にありません。初回はネットワーク接続が必要です(以後はオフラインでも作成できます)',
    en: 'The PDF writer is not on this device yet: the first PDF needs a network connection (later ones work offline)',
    zh: 'PDF生成组件尚未保存在本设备上:首次生成PDF需要联网(之后可离线生成)',
  },
  exportPng: { ja: 'PNG画像({scale}倍)', en: 'PNG image ({scale}×)', zh: 'PNG图片({scale}倍)' },
  exportSvg: { ja: 'SVG(ベクター)', en: 'SVG (vector)', zh: 'SVG(矢量)' },
  exportPdf: { ja: 'PDF(ベクター)', en: 'PDF (vector)', zh: 'PDF(矢量)' },
  exportCsv: { ja: 'CSV(市別)', en: 'CSV (by city)', zh: 'CSV(按城市)' },
  exportCsvLong: { ja: 'CSV(指定の一覧)', en: 'CSV (all designations)', zh: 'CSV(全部指定)' },
  exportGeojson: { ja: 'GeoJSON', en: 'GeoJSON', zh: 'GeoJSON' },
  viewSummary: { ja: '{tier}・{industries}・{count}', en: '{tier} · {industries} · {count}', zh: '{tier} · {industries} · {count}' },
  allIndustries: { ja: '全クラスター', en: 'all industries', zh: '全部集群' },
  nIndustries: { ja: '{n}クラスター', en: { one: '{n} industry', other: '{n} industries' }, zh: '{n}个集群' },
  noIndustries: { ja: 'クラスター未選択', en: 'no industry', zh: '未选集群' },
  created: { ja: '作成日 {date}', en: 'Made {date}', zh: '制作日期 {date}' },
  exportCsvClusters: { ja: 'CSV(クラスター一覧)', en: 'CSV (clusters)', zh: 'CSV（集群一览）' },
  sourcesView: { ja: '出典と方法', en: 'Sources & method', zh: '来源与方法' },
  openCard: { ja: '{name}の概要', en: 'About {name}', zh: '{name}简介' },
  officialName: { ja: '正式名称', en: 'Official name', zh: '正式名称' },
  targetAreas: { ja: '対象地域', en: 'Target areas', zh: '布局地区' },
  japaneseSource: { ja: '原文(日本語)', en: 'Japanese source text', zh: '日文原文' },
  translationNotice: {
    ja: 'ジェトロの日本語要約(政策の原文ではない)',
    en: "Translated from JETRO's Japanese summary, not the policy's own wording",
    zh: '据日本贸易振兴机构日文摘要译出，非政策原文',
  },
  supplement: { ja: '補足(出典の表以外)', en: 'Supplement, not from the source table', zh: '补充（非原表内容）' },
  supplementSource: { ja: '出所:{source}', en: 'Source: {source}', zh: '来源：{source}' },
  citiesByRole: { ja: '役割別の対象都市', en: 'Cities by role', zh: '按定位分列的城市' },
  viaTerm: { ja: '「{term}」による', en: 'via “{term}”', zh: '经“{term}”' },
  howRead: { ja: 'データの読み方', en: 'How this was read', zh: '数据解读说明' },
  asExtracted: { ja: 'PDFから抽出されたままのセル', en: 'The cells as extracted from the PDF', zh: 'PDF提取的原始单元格' },
  emptyCell: { ja: '(空欄)', en: '(empty)', zh: '（空）' },
  cellTier: { ja: '区分', en: 'Tier', zh: '类别' },
  cellName: { ja: '集積産業', en: 'Cluster', zh: '产业集群' },
  backToSelection: { ja: '元の選択に戻る', en: 'Back to the previous selection', zh: '返回之前的选择' },
  showMore: { ja: 'すべて表示', en: 'Show all', zh: '展开' },
  showLess: { ja: '折りたたむ', en: 'Show less', zh: '收起' },
  search: { ja: '検索', en: 'Search', zh: '搜索' },
  searchPlaceholder: { ja: '政策を検索 ( / )', en: 'Search the policy ( / )', zh: '搜索政策（/）' },
  searchLabel: {
    ja: 'クラスター名・重点分野・対象地域・市名を日本語・中国語・英語で検索',
    en: 'Search cluster names, focus areas, target areas and cities, in Japanese, Chinese or English',
    zh: '以中文、日文或英文搜索集群名称、重点领域、布局地区和城市',
  },
  searchCount: { ja: '{n}件', en: { one: '{n} result', other: '{n} results' }, zh: '{n}条结果' },
  searchNone: { ja: '該当なし', en: 'No match', zh: '无匹配结果' },
  searchClusters: { ja: 'クラスター', en: 'Clusters', zh: '集群' },
  searchCities: { ja: '市', en: 'Cities', zh: '城市' },
  matchName: { ja: '名称', en: 'Name', zh: '名称' },
  noNotes: { ja: '補修・解釈なし', en: 'No repair or interpretation', zh: '无修复或解读' },
} as const satisfies Record<string, Record<Lang, StringEntry>>;

export type StringKey = keyof typeof STRINGS;

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralForm(lang: Lang, forms: PluralForms, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return forms[rules.select(n)] ?? forms.other;
}

/** Every form of a string, for whatever must know all the text the UI can show (the font cut). */
export function stringForms(entry: StringEntry): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry);
}

export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return translate(STRINGS[key][lang], lang, params);
}

/**
 * The lookup function of a string table that loads apart from STRINGS (the
 * sources view's, the map's keys', the share menu's): their characters go in
 * the second font file (scripts/uiFont.ts).
 */
export function tableLookup<K extends string>(table: Record<K, Record<Lang, StringEntry>>) {
  return (lang: Lang, key: K, params: Record<string, string | number> = {}): string => translate(table[key][lang], lang, params);
}

/** One entry in one language with its parameters filled in: a count's plural form by `n`, numbers in the language's style. */
export function translate(entry: StringEntry, lang: Lang, params: Record<string, string | number> = {}): string {
  const template = typeof entry === 'string' ? entry : pluralForm(lang, entry, typeof params.n === 'number' ? params.n : NaN);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? `{${name}}` : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/**
 * A number in the language's own style. Whole numbers 0–999 (every count
 * and rank the UI shows) come out as plain digits in all three locales,
 * so they skip Intl: its first use loads the locale's ICU data, a long task
 * in the first render.
 */
export function formatNumber(lang: Lang, n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f.format(n);
}

export const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB', zh: 'zh-CN' };

/** A UI language as an HTML `lang` value: Chinese is the simplified script. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-Hans' : lang;
}

export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** The label a language's own speakers use in the language switcher. */
export const LANG_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English', zh: '中文' };
