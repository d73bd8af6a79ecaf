import type { Lang } from '../domain/types';
import { GLOSSARY as G, label } from './glossary';

/**
 * A string that names a count: one form per plural category of the language
 * (Intl.PluralRules), chosen by the parameter `n`. Japanese and Chinese have
 * one form; English has "1 city" and "2 cities".
 */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type StringEntry = string | PluralForms;

/** Every UI string, in the three UI languages. Data-derived text comes from the data files. */
export const STRINGS = {
  appTitle: { ja: '広東省戦略的産業クラスターマップ', en: 'Guangdong Strategic Cluster Map', zh: '广东省战略性产业集群地图' },
  appSubtitle: {
    ja: '20の戦略的産業クラスターが対象とする21地級市',
    en: 'Which of the 21 cities each of the 20 strategic industry clusters targets',
    zh: '20个战略性产业集群在21个地级市的布局',
  },
  language: { ja: '言語', en: 'Language', zh: '语言' },
  yourData: label('yourData'),
  theme: { ja: '配色', en: 'Theme', zh: '配色' },
  theme_auto: { ja: '配色：自動（端末の設定）', en: 'Theme: auto (system setting)', zh: '配色：自动（跟随系统）' },
  theme_light: { ja: '配色：ライト', en: 'Theme: light', zh: '配色：浅色' },
  theme_dark: { ja: '配色：ダーク', en: 'Theme: dark', zh: '配色：深色' },
  tier: label('tier'),
  tierAll: { ja: 'すべて', en: 'All', zh: '全部' },
  tierPillar: label('pillar'),
  tierEmerging: label('emerging'),
  industries: label('industryClusters'),
  selectAll: { ja: 'すべて選択', en: 'All', zh: '全选' },
  selectNone: { ja: '選択解除', en: 'None', zh: '全不选' },
  countBasis: { ja: '集計の基準', en: 'Count by', zh: '统计口径' },
  countAll: { ja: `すべての${G.designation.ja}`, en: 'All designations', zh: `全部${G.designation.zh}` },
  countNamed: { ja: `${G.named.ja}のみ`, en: 'Named only', zh: `仅${G.named.zh}` },
  countAllHint: {
    ja: '地域名（珠江デルタなど）による指定を含む',
    en: 'Includes cities reached via a region term (e.g. Pearl River Delta)',
    zh: '含经区域名称（如珠三角）布局的城市',
  },
  ranking: { ja: 'ランキング', en: 'Ranking', zh: '排名' },
  legend: { ja: '凡例', en: 'Legend', zh: '图例' },
  legendTitleAll: { ja: '対象とするクラスター数', en: 'Clusters targeting the city', zh: '在该市布局的集群数' },
  legendTitleNamed: { ja: '市名を明記したクラスター数', en: 'Clusters naming the city', zh: '明确列名该市的集群数' },
  legendCities: { ja: '{n}市', en: { one: '{n} city', other: '{n} cities' }, zh: '{n}个市' },
  clustersCount: { ja: '{n}クラスター', en: { one: '{n} cluster', other: '{n} clusters' }, zh: '{n}个集群' },
  namedCount: {
    ja: { zero: '市名明記なし', other: 'うち市名明記{n}' },
    en: { zero: 'none by name', other: '{n} by name' },
    zh: { zero: '无明确列名', other: '其中明确列名{n}个' },
  },
  allCount: { ja: 'すべての指定{n}', en: '{n} in all', zh: '全部布局{n}个' },
  tooltipCounts: {
    ja: '{n}クラスター（{named}）',
    en: { one: '{n} cluster ({named})', other: '{n} clusters ({named})' },
    zh: '{n}个集群（{named}）',
  },
  roleAndBasis: { ja: '{roles}・{basis}', en: '{roles} · {basis}', zh: '{roles}，{basis}' },
  /** What a screen reader says where the page shows a decorative separator (·). */
  pause: { ja: '、', en: ', ', zh: '，' },
  labelled: { ja: '{label}：', en: '{label}: ', zh: '{label}：' },
  withNote: { ja: '{text}（{note}）', en: '{text} ({note})', zh: '{text}（{note}）' },
  close: { ja: '閉じる', en: 'Close', zh: '关闭' },
  compareWith: { ja: 'ほかの市と比較…', en: 'Compare with…', zh: '与其他城市比较…' },
  compareSelected: { ja: '選んだ市を比較（{n}）', en: 'Compare the selected cities ({n})', zh: '比较所选城市（{n}）' },
  compareSelect: { ja: '{city}を比較に選ぶ', en: 'Select {city} to compare', zh: '选择{city}进行比较' },
  exportCsvCompare: { ja: 'CSV（市の比較）', en: 'CSV (the comparison)', zh: 'CSV（城市比较）' },
  sheetExpand: { ja: 'パネルを広げる', en: 'Expand the panel', zh: '展开面板' },
  sheetCollapse: { ja: 'パネルを縮める', en: 'Collapse the panel', zh: '收起面板' },
  cityPanelNone: {
    ja: '現在の絞り込みでは、この市を対象とするクラスターはありません。',
    en: 'No cluster in the current selection targets this city.',
    zh: '当前筛选下没有集群在该市布局。',
  },
  roleLabel: label('role'),
  basisNamed: label('named'),
  basisRegional: label('regional'),
  regionInterpretation: {
    ja: '「{term}」：{cities}',
    en: '{region} ([[ja:{term}]] in the source): {cities}',
    zh: '{region}（原表作“[[ja:{term}]]”）：{cities}',
  },
  role_hub: label('role_hub'),
  role_rnd: label('role_rnd'),
  role_production: label('role_production'),
  role_transfer: label('role_transfer'),
  role_general: label('role_general'),
  focus: label('focus'),
  areas: { ja: `${G.areas.ja}（原文）`, en: 'Target areas (source)', zh: `${G.areas.zh}（原文）` },
  focusMissing: { ja: `${G.sourceTable.ja}に記載なし`, en: 'Not stated in the source table', zh: `${G.sourceTable.zh}未载明` },
  sourceNotes: { ja: `データの${G.repair.ja}と${G.interpretation.ja}`, en: 'Repairs and interpretations', zh: `数据${G.repair.zh}与${G.interpretation.zh}` },
  singleIndustryLegend: { ja: `{name}：${G.citiesByRole.ja}`, en: `{name}: ${G.citiesByRole.en}`, zh: `{name}：${G.citiesByRole.zh}` },
  namedSolid: {
    ja: `塗り：${G.named.ja}／淡色・破線：${G.regional.ja}`,
    en: `Solid: ${G.named.en} · Pale, dashed: ${G.regional.en}`,
    zh: `实色：${G.named.zh}；浅色虚线：${G.regional.zh}`,
  },
  notTargeted: label('notTargeted'),
  tableView: { ja: '表', en: 'Table', zh: '表格' },
  mapView: { ja: '地図', en: 'Map', zh: '地图' },
  atlasView: { ja: '地図帳', en: 'Atlas', zh: '地图集' },
  tableCaption: {
    ja: '市×クラスター（記号は役割、淡色は地域名による指定）',
    en: 'Cities × clusters (marks show the role; pale marks are designations via a region term)',
    zh: '城市×集群（符号表示定位，浅色表示经区域名称的布局）',
  },
  city: { ja: '市', en: 'City', zh: '城市' },
  total: { ja: '合計', en: 'Total', zh: '合计' },
  rank: { ja: '順位', en: 'Rank', zh: '排名' },
  sortBy: { ja: '{col}で並べ替え', en: 'Sort by {col}', zh: '按{col}排序' },
  noticeTitle: { ja: 'URLの一部を無視しました', en: 'Part of the link was ignored', zh: '已忽略链接中的部分参数' },
  noticeUnknown: { ja: '{key}の値「{value}」は使えません', en: '{key}: "{value}" is not a valid value', zh: '{key}的值“{value}”无效' },
  noticeUnknownKey: { ja: '不明なパラメーター「{key}」', en: 'Unknown parameter "{key}"', zh: '未知参数“{key}”' },
  noticeRepeated: { ja: '{key}が複数回指定されています（最初の値を使用）', en: '{key} was given more than once (the first is used)', zh: '{key}重复出现（使用第一个值）' },
  dismiss: { ja: '閉じる', en: 'Dismiss', zh: '关闭' },
  loading: { ja: '読み込み中…', en: 'Loading…', zh: '加载中…' },
  loadError: { ja: 'データを読み込めませんでした', en: 'The data could not be loaded', zh: '无法加载数据' },
  retry: { ja: '再試行', en: 'Retry', zh: '重试' },
  partFailed: {
    ja: 'この部分を読み込めませんでした。新しいバージョンが公開されたか、接続が切れた可能性があります。',
    en: 'This part could not be loaded: a new version may have been published, or the connection dropped.',
    zh: '此部分未能加载：可能已发布新版本，或网络连接已中断。',
  },
  appFailed: { ja: '地図が動かなくなりました。', en: 'The map stopped working.', zh: '地图已停止运行。' },
  reloadView: { ja: '再読み込み（この表示のまま）', en: 'Reload (this view stays)', zh: '重新加载（保留当前视图）' },
  mapModuleFailed: {
    ja: '拡大・移動できる地図を読み込めなかったため、静的な地図を表示しています。',
    en: 'The zoomable map could not be loaded, so the static map is shown.',
    zh: '可缩放的地图未能加载，因此显示静态地图。',
  },
  contextMissing: {
    ja: '周辺地域の背景図を読み込めませんでした（地図は利用できます）',
    en: 'The neighbouring-areas backdrop could not be loaded; the map works without it',
    zh: '周边地区底图加载失败（地图仍可使用）',
  },
  noWebgl: {
    ja: 'このブラウザではWebGLが使えないため、静的な地図と表を表示しています。',
    en: 'WebGL is not available in this browser, so a static map and the table are shown.',
    zh: '此浏览器不支持WebGL，因此显示静态地图和表格。',
  },
  mapLost: {
    ja: '地図の描画が中断されたため、簡易地図を表示しています。',
    en: 'The map’s graphics were interrupted; the simple map is shown until they are back.',
    zh: '地图绘制被中断，暂时显示简易地图。',
  },
  announceView: {
    ja: '{view}：{n}市が対象、最多は{top}（{max}）',
    en: { one: '{view}: {n} city targeted; most: {top} with {max}', other: '{view}: {n} cities targeted; most: {top} with {max}' },
    zh: '{view}：共{n}个市有集群布局，最多为{top}（{max}个）',
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
    zh: '方向键在城市间移动，Enter打开详情，?显示按键列表',
  },
  mapRole: { ja: '地図', en: 'map', zh: '地图' },
  keysHelp: { ja: 'キー操作', en: 'Keys', zh: '键盘操作' },
  sourceLine: {
    ja: '出所：ジェトロ「広東省の戦略的な支柱産業と新興産業の産業クラスター育成・発展に関する意見の主要内容」（原典：広東省人民政府 [[zh:粤府函〔2020〕82号]]）',
    en: 'Source: JETRO table of the main contents of the Guangdong Provincial Government opinion on strategic pillar and emerging industry clusters ([[zh:粤府函〔2020〕82号]], 18 May 2020)',
    zh: '来源：日本贸易振兴机构（JETRO）整理表；原文：《广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见》（粤府函〔2020〕82号）',
  },
  boundaryCredit: {
    ja: '境界データ：Apache ECharts 4.9.0 地図データ（Apache-2.0）より作成',
    en: 'Boundaries: derived from Apache ECharts 4.9.0 map data (Apache-2.0)',
    zh: '边界数据：基于Apache ECharts 4.9.0地图数据（Apache-2.0）',
  },
  export: { ja: 'エクスポート', en: 'Export', zh: '导出' },
  share: { ja: '共有', en: 'Share', zh: '分享' },
  openFullMap: { ja: '全体の地図を開く', en: 'Open the full map', zh: '打开完整地图' },
  exporting: { ja: '作成中…', en: 'Preparing…', zh: '生成中…' },
  exportFailed: { ja: 'エクスポートに失敗しました：{reason}', en: 'Export failed: {reason}', zh: '导出失败：{reason}' },
  exportDone: { ja: '{file}を保存しました', en: 'Saved {file}', zh: '已保存{file}' },
  exportPdfOffline: {
    ja: 'PDFを作成する機能がまだこの端末に保存されていません。初回はネットワーク接続が必要です（2回目以降はオフラインでも作成できます）',
    en: 'The PDF writer is not on this device yet: the first PDF needs a network connection (later ones work offline)',
    zh: 'PDF生成组件尚未保存到本设备：首次生成PDF需要联网（之后可离线生成）',
  },
  exportPng: { ja: 'PNG画像（{scale}倍）', en: 'PNG image ({scale}×)', zh: 'PNG图片（{scale}倍）' },
  exportSvg: { ja: 'SVG（ベクター）', en: 'SVG (vector)', zh: 'SVG（矢量）' },
  exportPdf: { ja: 'PDF（ベクター）', en: 'PDF (vector)', zh: 'PDF（矢量）' },
  exportPptx: { ja: 'PowerPoint（編集可能な図形）', en: 'PowerPoint (editable shapes)', zh: 'PowerPoint（可编辑图形）' },
  exportCsv: { ja: 'CSV（市別）', en: 'CSV (by city)', zh: 'CSV（按城市）' },
  exportCsvLong: { ja: 'CSV（指定の一覧）', en: 'CSV (all designations)', zh: 'CSV（全部布局明细）' },
  exportGeojson: { ja: 'GeoJSON', en: 'GeoJSON', zh: 'GeoJSON' },
  viewSummary: { ja: '{tier}・{industries}・{count}', en: '{tier} · {industries} · {count}', zh: '{tier} · {industries} · {count}' },
  allIndustries: { ja: '全クラスター', en: 'all clusters', zh: '全部集群' },
  nIndustries: { ja: '{n}クラスター', en: { one: '{n} cluster', other: '{n} clusters' }, zh: '{n}个集群' },
  noIndustries: { ja: 'クラスター未選択', en: 'no cluster', zh: '未选集群' },
  created: { ja: '作成日 {date}', en: 'Created {date}', zh: '制作日期 {date}' },
  exportCsvClusters: { ja: 'CSV（クラスター一覧）', en: 'CSV (clusters)', zh: 'CSV（集群一览）' },
  sourcesView: { ja: '出典と方法', en: 'Sources & method', zh: '来源与方法' },
  openCard: { ja: '{name}の概要', en: 'About {name}', zh: '{name}简介' },
  officialName: label('officialName'),
  targetAreas: label('areas'),
  japaneseSource: { ja: '原文（日本語）', en: 'Japanese source text', zh: '日文原文' },
  translationNotice: {
    ja: 'ジェトロの日本語要約（政策の原文ではない）',
    en: "Translated from JETRO's Japanese summary, not the policy's own wording",
    zh: '据日本贸易振兴机构日文摘要译出，非政策原文',
  },
  supplement: { ja: `補足（${G.sourceTable.ja}以外）`, en: 'Supplement, not from the source table', zh: `补充（非${G.sourceTable.zh}内容）` },
  supplementSource: { ja: '出所：{source}', en: 'Source: {source}', zh: '来源：{source}' },
  citiesByRole: label('citiesByRole'),
  viaTerm: { ja: '「{term}」による', en: 'via “{term}”', zh: '经“{term}”' },
  howRead: { ja: 'データの読み方', en: 'How this was read', zh: '数据解读说明' },
  asExtracted: { ja: 'PDFから抽出されたままのセル', en: 'The cells as extracted from the PDF', zh: 'PDF提取的原始单元格' },
  emptyCell: { ja: '（空欄）', en: '(empty)', zh: '（空）' },
  cellTier: { ja: '区分', en: 'Tier', zh: '类别' },
  cellName: { ja: '集積産業', en: 'Cluster', zh: '产业集群' },
  backToSelection: { ja: '元の選択に戻る', en: 'Back to the previous selection', zh: '返回之前的选择' },
  showMore: { ja: 'すべて表示', en: 'Show all', zh: '展开' },
  showLess: { ja: '折りたたむ', en: 'Show less', zh: '收起' },
  search: { ja: '検索', en: 'Search', zh: '搜索' },
  searchPlaceholder: { ja: '政策を検索（/）', en: 'Search the policy ( / )', zh: '搜索政策（/）' },
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
  noNotes: { ja: `${G.repair.ja}・${G.interpretation.ja}なし`, en: 'No repair or interpretation', zh: `无${G.repair.zh}或${G.interpretation.zh}` },
} as const satisfies Record<string, Record<Lang, StringEntry>>;

export type StringKey = keyof typeof STRINGS;

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralForm(lang: Lang, forms: PluralForms, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  // "none by name": a zero form, where a string has one, in every language (Intl gives English no zero category).
  if (n === 0 && forms.zero !== undefined) return forms.zero;
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

/** Items of a list in the language's own way: 広州、深セン / Guangzhou, Shenzhen. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** The label a language's own speakers use in the language switcher. */
export const LANG_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English', zh: '中文' };
