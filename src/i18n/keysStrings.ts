/**
 * The strings of the map's keyboard caption and list of keys, shown only when
 * the map has keyboard focus or the list is asked for: their characters stay
 * out of the first view's font file (scripts/uiFont.ts puts them in the
 * second, as the sources view's).
 */
import type { Lang } from '../domain/types';
import { GLOSSARY as G } from './glossary';
import { tableLookup, type StringEntry } from './strings.ts';

export const KEYS_STRINGS = {
  keyCity: {
    ja: `{city}：{n}クラスター（{named}）、${G.class.ja} {cls}`,
    en: { one: `{city}: {n} cluster, {named}; ${G.class.en} {cls}`, other: `{city}: {n} clusters, {named}; ${G.class.en} {cls}` },
    zh: `{city}：{n}个集群（{named}），${G.class.zh} {cls}`,
  },
  keyCityRole: { ja: '{city}：{role}', en: '{city}: {role}', zh: '{city}：{role}' },
  keyCityNotTargeted: { ja: `{city}：${G.notTargeted.ja}`, en: `{city}: ${G.notTargeted.en}`, zh: `{city}：${G.notTargeted.zh}` },
  keysHelpTitle: { ja: '地図のキー操作', en: 'Keys on the map', zh: '地图的键盘操作' },
  keyArrows: { ja: '隣の市へ移動', en: 'Move to the neighbouring city', zh: '移到相邻的城市' },
  keyHomeEnd: { ja: 'ランキングの最初／最後の市', en: 'First / last city of the ranking', zh: '排名中的第一个/最后一个城市' },
  keyEnter: { ja: '市の詳細を開く', en: "Open the city's details", zh: '打开城市详情' },
  keyEscape: { ja: '詳細を閉じて地図に戻る', en: 'Close the details, back to the map', zh: '关闭详情，回到地图' },
  keyPan: { ja: '地図を移動', en: 'Pan the map', zh: '平移地图' },
  keyZoom: { ja: '拡大／縮小', en: 'Zoom in / out', zh: '放大/缩小' },
  keyWhole: { ja: '省全体を表示', en: 'Show the whole province', zh: '显示全省' },
  keyHelp: { ja: 'このキー一覧を開く／閉じる', en: 'Open / close this list', zh: '打开/关闭此列表' },
  keysNoMove: {
    ja: 'この地図は拡大・移動しません（「拡大・移動」ボタンで切り替え）',
    en: 'This map does not zoom or pan (the "Zoom and pan" button switches to one that does)',
    zh: '此地图不能缩放或平移（“缩放和平移”按钮可切换）',
  },
  keysStatic: {
    ja: 'この地図は拡大・移動しません',
    en: 'This map does not zoom or pan',
    zh: '此地图不能缩放或平移',
  },
} as const satisfies Record<string, Record<Lang, StringEntry>>;

export type KeysStringKey = keyof typeof KEYS_STRINGS;

export const tk = tableLookup<KeysStringKey>(KEYS_STRINGS);
