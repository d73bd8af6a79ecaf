/**
 * What only the PowerPoint export says, loaded with it (src/panels/ExportMenu.tsx):
 * its characters go in the second font file (scripts/uiFont.ts).
 */
import type { Lang } from '../domain/types';
import { tableLookup, type StringEntry } from './strings.ts';

export const DECK_STRINGS = {
  pptxOffline: {
    ja: 'PowerPointを作成する機能がまだこの端末に保存されていません。初回はネットワーク接続が必要です（2回目以降はオフラインでも作成できます）',
    en: 'The PowerPoint writer is not on this device yet: the first deck needs a network connection (later ones work offline)',
    zh: 'PowerPoint生成组件尚未保存到本设备：首次生成需要联网（之后可离线生成）',
  },
} as const satisfies Record<string, Record<Lang, StringEntry>>;

export const td = tableLookup<keyof typeof DECK_STRINGS>(DECK_STRINGS);
