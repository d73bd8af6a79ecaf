/**
 * Search across the policy: cluster names, focus areas and target areas in
 * all three languages, and city names. With 20 clusters and 21 cities the
 * whole index is a few dozen short texts, so it is precomputed normalised text
 * and a linear scan, no search library.
 *
 * Text and query are folded the same way, one source character at a time (so
 * every match maps back to the original text for highlighting): NFKC (full- and
 * half-width forms), lower case, hiragana to katakana, Japanese and
 * traditional character forms to simplified (仏/佛, 広/廣/广 …), and the
 * separators ・ and · dropped. A Latin term matches at the start of a word
 * ("drone" finds "drones", "ai" does not find "chain"); a CJK term anywhere.
 * A few terms that one language writes differently from another's text (ドローン
 * for 無人機) are expanded through a small glossary. Every term must match.
 */
import type { Adcode, Cluster, Dataset, Lang } from './types';
import { LANGS } from './types';

/** Japanese (shinjitai) and traditional forms folded to one form, for the characters of city names and the policy's key terms. */
export const VARIANTS: Record<string, string> = Object.fromEntries(
  `
    仏佛 恵惠 掲揭 広广 廣广 東东 陽阳 門门 慶庆 遠远 雲云 関关 關关 頭头 電电 氣气
    気气 車车 薬药 藥药 醫医 術术 導导 體体 積积 設设 備备 機机 業业 産产 產产 発发
    發发 開开 農农 鉄铁 鐵铁 鋼钢 儀仪 測测 報报 網网 線线 視视 顕显 顯显 創创 數数
    環环 護护 険险 應应 応应 興兴 軽轻 輕轻 紡纺 織织 衛卫 風风 灣湾 裝装 圧压 壓压
    質质 資资 価价 價价 両两 兩两 區区 図图 圖图 際际 計计 製制 畫画 鎮镇 県县 縣县
    園园 來来 島岛 經经 経经 濟济 済济 龍龙 竜龙 亞亚 亜亚 學学 強强 國国 華华
  `
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => [pair[0]!, pair[1]!]),
);
const DROPPED = new Set(['・', '·', '･', '‧']);

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string of the character it came from. */
  from: number[];
}

function foldChar(ch: string): string {
  if (DROPPED.has(ch)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    const code = c.codePointAt(0)!;
    // Hiragana to katakana: どろーん finds ドローン.
    const kana = code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : c;
    out += VARIANTS[kana] ?? kana;
  }
  return out;
}

export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  let i = 0;
  // A character with its combining marks (and a half-width kana with its voicing mark) folds as one: ｼﾞ is ジ.
  for (const ch of original.match(/.[\uFF9E\uFF9F\p{M}]*/gsu) ?? []) {
    const f = foldChar(ch);
    text += f;
    for (let k = 0; k < f.length; k++) from.push(i);
    i += ch.length;
  }
  return { text, from };
}

/** Terms one language writes where another's text says something else. Each group is searched as one. */
const GLOSSARY: readonly string[][] = [
  ['ドローン', '無人機', '无人机', 'drone', 'uav'],
  ['人工知能', '人工智能', 'ai', 'artificial intelligence'],
  ['nev', '新エネルギー車', '新能源汽车', 'new-energy vehicle', 'electric vehicle', '電気自動車', '电动汽车'],
  ['チップ', '芯片', 'chip'],
  ['水素', '氢', 'hydrogen'],
  ['太陽光', '太陽エネルギー', '光伏', '太阳能', 'solar', 'photovoltaic'],
  ['洋上風力', '海上风电', 'offshore wind'],
  ['原子力', '核电', 'nuclear'],
  ['漢方薬', '中药', '中药材', 'chinese medicine'],
  ['積層造形', '3dプリンタ', '3d printing', '增材制造', 'additive manufacturing'],
  ['ハイビジョン', '超高清', 'ultra-hd', 'uhd'],
  ['アニメ', '动漫', 'animation', 'anime'],
  ['ゲーム', '游戏', 'game'],
  ['ライブ配信', '直播', 'live streaming'],
  ['ブロックチェーン', '区块链', 'blockchain'],
  ['量子', 'quantum'],
  ['ロボット', '机器人', 'robot'],
  ['半導体', '半导体', 'semiconductor'],
  ['集積回路', '集成电路', 'integrated circuit'],
  ['家電', '家电', 'home appliance'],
  ['医薬', '医药', 'pharmaceutical'],
  ['繊維', '纺织', 'textile'],
].map((group) => group.map((term) => fold(term).text));

const MAX_QUERY = 100;
const MAX_TERMS = 8;

/** The query's terms, folded: control characters and markup are only text here, and a huge query is cut. */
export function queryTerms(query: string): string[][] {
  // eslint-disable-next-line no-control-regex
  const clean = query.slice(0, MAX_QUERY).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const terms = [...new Set(fold(clean).text.split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
  return terms.map((term) => {
    const group = GLOSSARY.find((g) => g.includes(term));
    return group ? [term, ...group.filter((t) => t !== term)] : [term];
  });
}

const isLatin = (term: string) => /^[a-z0-9]/.test(term);
const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/** Where a folded term occurs in folded text: [start, end) pairs. A Latin term only at the start of a word. */
export function occurrences(text: string, term: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1))
    if (!isLatin(term) || !isWordChar(text[at - 1])) found.push([at, at + term.length]);
  return found;
}

type SearchField = 'name' | 'focus' | 'areas';
const FIELD_WEIGHT: Record<SearchField, number> = { name: 4, focus: 2, areas: 1 };

interface IndexedText {
  field: SearchField;
  lang: Lang;
  original: string;
  folded: Folded;
}

export interface SearchIndex {
  clusters: { cluster: Cluster; texts: IndexedText[] }[];
  cities: { adcode: Adcode; texts: IndexedText[] }[];
}

function indexTexts(field: SearchField, texts: Partial<Record<Lang, string | null>>): IndexedText[] {
  return LANGS.flatMap((lang) => {
    const original = texts[lang];
    return original ? [{ field, lang, original, folded: fold(original) }] : [];
  });
}

export function buildSearchIndex(dataset: Pick<Dataset, 'clusters' | 'cities'>): SearchIndex {
  return {
    clusters: dataset.clusters.map((cluster) => ({
      cluster,
      texts: [...indexTexts('name', cluster.name), ...indexTexts('focus', cluster.focus), ...indexTexts('areas', cluster.areas)],
    })),
    cities: dataset.cities.map((city) => ({ adcode: city.adcode, texts: indexTexts('name', city.name) })),
  };
}

/** A short piece of text with the matched words marked. */
export type Excerpt = { text: string; mark: boolean }[];

export interface SearchHit {
  kind: 'cluster' | 'city' | 'site';
  /** The cluster id, the city's adcode, or the reader's site's row (src/panels/yours/siteSearch.ts). */
  id: string;
  score: number;
  /** The text the excerpt comes from: in the UI language where it matched there. */
  field: SearchField;
  lang: Lang;
  excerpt: Excerpt;
}

/** Marks `ranges` (original indices) in `text`, cut to about `width` characters around the first. */
export function excerptOf(text: string, ranges: [number, number][], width = 80): Excerpt {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const first = sorted[0] ?? [0, 0];
  const start = Math.max(0, first[0] - Math.floor(width / 4));
  const end = Math.min(text.length, start + width);
  const parts: Excerpt = [];
  let at = start;
  for (const [a, b] of sorted) {
    const from = Math.max(a, at);
    const to = Math.min(b, end);
    if (to <= from) continue;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** Scores one record's texts: each term group must match somewhere; the excerpt comes from the best text. */
function scoreTexts(texts: IndexedText[], terms: string[][], uiLang: Lang): Omit<SearchHit, 'kind' | 'id'> | null {
  // Each text's matches, per term group: found once, used for the score and the excerpt.
  const matches = texts.map((t) => ({ t, found: terms.map((group) => group.flatMap((term) => occurrences(t.folded.text, term))) }));
  let score = 0;
  for (let g = 0; g < terms.length; g++) {
    const best = Math.max(0, ...matches.filter((m) => m.found[g]!.length).map(({ t }) => FIELD_WEIGHT[t.field] + (t.lang === uiLang ? 0.5 : 0)));
    if (best === 0) return null;
    score += best;
  }
  // The text to show: the one with the most matched groups, then the weightiest field, then the UI language.
  let shown: { t: IndexedText; found: [number, number][][]; rank: number } | null = null;
  for (const { t, found } of matches) {
    const groups = found.filter((f) => f.length).length;
    const rank = groups * 100 + FIELD_WEIGHT[t.field] * 10 + (t.lang === uiLang ? 1 : 0);
    if (groups && (!shown || rank > shown.rank)) shown = { t, found, rank };
  }
  if (!shown) return null;
  const { t } = shown;
  const ranges = shown.found.flat().map(([a, b]): [number, number] => {
    const last = t.folded.from[b - 1]!;
    return [t.folded.from[a]!, last + (t.original.codePointAt(last)! > 0xffff ? 2 : 1)];
  });
  return { score, field: t.field, lang: t.lang, excerpt: excerptOf(t.original, ranges) };
}

/**
 * Clusters and cities, each in order of score (then the policy's and the
 * standard city order); the group whose best hit scores higher comes first, so
 * "珠海" offers the city before the clusters whose target areas name it.
 * Nothing for an empty query.
 */
export function searchPolicy(index: SearchIndex, query: string, uiLang: Lang): SearchHit[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score;
  const clusters = index.clusters.flatMap(({ cluster, texts }) => {
    const hit = scoreTexts(texts, terms, uiLang);
    return hit ? [{ kind: 'cluster' as const, id: cluster.id, ...hit }] : [];
  });
  const cities = index.cities.flatMap(({ adcode, texts }) => {
    const hit = scoreTexts(texts, terms, uiLang);
    return hit ? [{ kind: 'city' as const, id: adcode, ...hit }] : [];
  });
  // Array.prototype.sort is stable: equal scores keep the policy's and the standard city order.
  clusters.sort(byScore);
  cities.sort(byScore);
  return (cities[0]?.score ?? 0) > (clusters[0]?.score ?? 0) ? [...cities, ...clusters] : [...clusters, ...cities];
}
