/**
 * The share menu's strings, shown only when it is opened: their characters
 * stay out of the first view's font file (scripts/uiFont.ts puts them in the
 * second).
 */
import type { Lang } from '../domain/types';
import { tableLookup, type StringEntry } from './strings.ts';

export const PUBLISH_STRINGS = {
  copyLink: { ja: 'リンクをコピー', en: 'Copy link', zh: '复制链接' },
  shareSheet: { ja: 'ほかのアプリで共有…', en: 'Share to an app…', zh: '分享到应用…' },
  embedCode: { ja: '埋め込みコード', en: 'Embed code', zh: '嵌入代码' },
  linkCopied: { ja: 'リンクをコピーしました', en: 'Link copied', zh: '已复制链接' },
  codeCopied: { ja: 'コードをコピーしました', en: 'Code copied', zh: '已复制代码' },
  copyFailed: {
    ja: 'コピーできませんでした。下の欄から選択してコピーしてください',
    en: 'Could not copy: select the text below and copy it',
    zh: '无法复制：请选中下方文本复制',
  },
  theLink: { ja: 'この表示のリンク', en: 'Link to this view', zh: '此视图的链接' },
  embedFixed: { ja: '固定サイズ（760 × 560）', en: 'Fixed size (760 × 560)', zh: '固定尺寸（760 × 560）' },
  embedResponsive: {
    ja: 'レスポンシブ（幅いっぱい、高さは付属のスクリプトが調整）',
    en: 'Responsive (full width; the script sets the height)',
    zh: '自适应（全宽；高度由附带的脚本调整）',
  },
  copy: { ja: 'コピー', en: 'Copy', zh: '复制' },
  updateReady: {
    ja: '地図の新しいバージョンがあります。',
    en: 'A new version of the map is ready.',
    zh: '地图已有新版本。',
  },
  updateReload: {
    ja: '更新して再読み込み（この表示のまま）',
    en: 'Reload into it (this view stays)',
    zh: '更新并重新加载（保留当前视图）',
  },
  shareNoYourData: {
    ja: '自分のデータ（読み込んだファイル）は、リンクにも埋め込みにも含まれません。',
    en: 'Your data (the file you loaded) is in no link or embed.',
    zh: '我的数据（读取的文件）不会包含在链接或嵌入中。',
  },
  embedPreview: { ja: '埋め込み表示を開く', en: 'Preview the embed', zh: '预览嵌入视图' },
} as const satisfies Record<string, Record<Lang, StringEntry>>;

export type PublishStringKey = keyof typeof PUBLISH_STRINGS;

export const tp = tableLookup<PublishStringKey>(PUBLISH_STRINGS);
